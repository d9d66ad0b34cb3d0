using System.CommandLine;

namespace DocIntake.Cli.Commands;

/// <summary>Options that name the server's store (same as `serve`), for commands that work on it offline.</summary>
internal static class StoreOptions
{
    public static Option<string?> Data() => new("--data") { Description = "Data folder of the embedded default (default ./.data)." };

    public static Option<string?> Config() => new("--config") { Description = "The server's JSON settings file (storage provider...)." };

    /// <summary>The arguments as `serve` would get them, plus any --DocIntake:... settings passed through.</summary>
    public static string[] ServerArgs(ParseResult result, Option<string?> data, Option<string?> config)
    {
        var args = new List<string>(result.UnmatchedTokens);
        if (result.GetValue(data) is { } folder)
        {
            args.AddRange(["--data", folder]);
        }

        if (result.GetValue(config) is { } file)
        {
            args.AddRange(["--config", file]);
        }

        return [.. args];
    }
}
