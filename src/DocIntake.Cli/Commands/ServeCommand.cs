using System.CommandLine;

namespace DocIntake.Cli.Commands;

/// <summary>`serve`: the web host and Hangfire job server (mail, folder and upload intake, API, /health).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Where to listen (default http://127.0.0.1:8080)." };
        var data = new Option<string?>("--data") { Description = "Data folder for the embedded default (SQLite, blobs); default ./.data." };
        var config = new Option<string?>("--config") { Description = "A JSON settings file (mailboxes, storage provider...), see docs/server.md." };
        var command = new Command("serve", "Run the DocIntake server.") { urls, data, config };

        // Other ASP.NET Core settings (--DocIntake:Storage:Provider=PostgreSql ...) pass through untouched.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result =>
        {
            var args = new List<string>(result.UnmatchedTokens);
            args.AddRange(["--urls", result.GetValue(urls) ?? "http://127.0.0.1:8080"]);
            if (result.GetValue(data) is { } folder)
            {
                args.AddRange(["--data", folder]);
            }

            if (result.GetValue(config) is { } file)
            {
                args.AddRange(["--config", file]);
            }

            return Server.ServerHost.Run([.. args]);
        });
        return command;
    }
}
