using System.CommandLine;
using DocIntake.Cli.Commands;

namespace DocIntake.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("DocIntake: fax and paper intake. Reads orders and quality records from TIFF, PDF and images.")
        {
            ExtractCommand.Create(),
            OcrCommand.Create(),
            BenchCommand.Create(),
            EvalCommand.Create(),
            ServeCommand.Create(),
            ApiKeyCommand.Create(),
            ExportCsvCommand.Create(),
            AdminCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
