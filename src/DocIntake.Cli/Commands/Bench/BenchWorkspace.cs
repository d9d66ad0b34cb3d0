namespace DocIntake.Cli.Commands.Bench;

/// <summary>A private temporary folder for reference inputs, deleted afterwards.</summary>
internal sealed class BenchWorkspace : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("docintake-bench-").FullName;

    public string PathFor(string name) => System.IO.Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
