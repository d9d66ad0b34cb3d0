using System.CommandLine;
using DocIntake.Ocr;
using DocIntake.Pipeline;

namespace DocIntake.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string?> Language() => new("--lang")
    {
        Description = "Tesseract languages, e.g. jpn+eng (default) or eng.",
    };

    public static Option<int?> Workers() => new("--workers")
    {
        Description = "Parallel OCR workers (default: all cores).",
    };

    public static PipelineOptions Pipeline(string? language, int? workers)
    {
        var ocr = new OcrOptions { WorkerCount = workers is > 0 ? workers.Value : 0 };
        if (language is not null)
        {
            ocr.Languages = language;
        }

        return new PipelineOptions { Ocr = ocr };
    }

    /// <summary>Files named on the command line, folders expanded (recursively, sorted), sidecar files skipped.</summary>
    public static List<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => !IsSidecar(f))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(input);
            }
        }

        return files;
    }

    private static bool IsSidecar(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".JSON" or ".MD" or ".TXT" or ".XML" or ".CSV";
}
