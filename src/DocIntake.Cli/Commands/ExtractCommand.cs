using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DocIntake.Core.Contract;
using DocIntake.Core.Errors;
using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Masters;
using DocIntake.Pipeline;

namespace DocIntake.Cli.Commands;

/// <summary>`extract FILE` prints the contract JSON; `extract FILES/FOLDERS --out DIR` runs a batch in one process.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files or folders.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Write <input file name>.json for each input into this folder." };
        var language = CommonOptions.Language();
        var workers = CommonOptions.Workers();
        var masterData = new Option<string?>("--master-data") { Description = "Folder with the installation's customers.csv and/or parts.csv." };
        var command = new Command("extract", "Extract the contract JSON from documents.") { inputs, output, language, workers, masterData };
        command.SetAction(result =>
        {
            var options = CommonOptions.Pipeline(result.GetValue(language), result.GetValue(workers));
            if (result.GetValue(masterData) is { } folder)
            {
                options = options with { Extraction = new ExtractionOptions { MasterData = MasterData.FromFolder(folder) } };
            }

            var files = CommonOptions.ExpandInputs(result.GetValue(inputs)!);
            var outDir = result.GetValue(output);
            return outDir is null && files.Count == 1
                ? ExtractOne(files[0], options)
                : ExtractMany(files, outDir ?? ".", options);
        });
        return command;
    }

    private static int ExtractOne(string path, PipelineOptions options)
    {
        using var pipeline = new DocumentPipeline(options);
        return Guard(path, () =>
        {
            var processed = pipeline.Process(InputFile.FromPath(path));
            Console.Out.WriteLine(ContractJson.Serialize(processed.Document));
        });
    }

    private static int ExtractMany(List<string> files, string outDir, PipelineOptions options)
    {
        Directory.CreateDirectory(outDir);
        using var pipeline = new DocumentPipeline(options);
        var clock = Stopwatch.StartNew();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        int done = 0, pages = 0, internalErrors = 0;

        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = options.Workers }, path =>
        {
            var fileClock = Stopwatch.StartNew();
            var pageCount = 0;
            var rc = Guard(path, () =>
            {
                var processed = pipeline.Process(InputFile.FromPath(path));
                pageCount = processed.Pages.Count;
                File.WriteAllText(Path.Combine(outDir, Path.GetFileName(path) + ".json"), ContractJson.Serialize(processed.Document));
            });
            if (rc == ExitCodes.BadInput)
            {
                failures.Add(path);
            }
            else if (rc == ExitCodes.InternalError)
            {
                Interlocked.Increment(ref internalErrors);
                failures.Add(path);
            }

            Interlocked.Add(ref pages, pageCount);
            var n = Interlocked.Increment(ref done);
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"[{n}/{files.Count}] {Path.GetFileName(path)}: {(rc == 0 ? $"{pageCount} page(s)" : "FAILED")} in {fileClock.Elapsed.TotalSeconds:F1} s"));
        });

        var minutes = Math.Max(clock.Elapsed.TotalMinutes, 1e-9);
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"files={files.Count} pages={pages} failures={failures.Count} seconds={clock.Elapsed.TotalSeconds:F1} pages/min={pages / minutes:F1}"));
        foreach (var failed in failures.Order(StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"failed: {failed}");
        }

        return internalErrors > 0 ? ExitCodes.InternalError : failures.IsEmpty ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    /// <summary>Runs one file's work and maps failures to exit codes with a message naming the file and reason.</summary>
    internal static int Guard(string path, Action work)
    {
        try
        {
            work();
            return ExitCodes.Ok;
        }
        catch (BadInputException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {path}: cannot read the file: {ex.Message}");
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The batch must go on; the error is reported with the file name and counted.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"internal error: {path}: {ex}");
            return ExitCodes.InternalError;
        }
    }
}
