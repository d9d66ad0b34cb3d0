using System.CommandLine;
using DocIntake.Cli.Commands.Eval;
using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Masters;

namespace DocIntake.Cli.Commands;

/// <summary>
/// `eval FOLDER`: the accuracy benchmark. Extracts every document that has a `&lt;file&gt;.truth.json` beside it and prints
/// document-type accuracy, field accuracy, auto-accept precision, review rate and problems recall, by delivery form
/// and language, ending with one `SCORE ...` line.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder of documents with <file>.truth.json beside each (e.g. samples/generated/tune)." };
        var masterData = new Option<string?>("--master-data") { Description = "Folder with customers.csv and parts.csv (default: samples/master-data above the folder)." };
        var misses = new Option<bool>("--misses") { Description = "List every wrong field and missed problem." };
        var calibrate = new Option<bool>("--calibrate") { Description = "Print auto-accept precision and review rate per confidence threshold." };
        var cache = new Option<string?>("--pages-cache") { Description = "Keep what was read per page in this folder and reuse it (iterating on extraction)." };
        var dump = new Option<string?>("--dump") { Description = "Write each extracted document as <file>.json into this folder (to compare with its truth)." };
        var threshold = new Option<double?>("--review-threshold")
        {
            Description = $"Confidence below which a field goes to review (default {ExtractionOptions.DefaultReviewThreshold}); to calibrate with the second look, which only re-reads fields below it.",
        };
        var language = CommonOptions.Language();
        var workers = CommonOptions.Workers();
        var command = new Command("eval", "Score extraction against truth files.") { folder, masterData, misses, calibrate, cache, dump, threshold, language, workers };
        command.SetAction(result =>
        {
            var dir = result.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"error: {dir}: no such folder");
                return ExitCodes.BadInput;
            }

            var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(EvalRunner.TruthSuffix, StringComparison.Ordinal) && EvalRunner.TruthFile(f) is not null)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                Console.Error.WriteLine($"error: {dir}: no documents with {EvalRunner.TruthSuffix} files");
                return ExitCodes.BadInput;
            }

            var options = new ExtractionOptions
            {
                MasterData = LoadMasterData(result.GetValue(masterData) ?? FindMasterData(dir)),
                ReviewThreshold = result.GetValue(threshold) ?? ExtractionOptions.DefaultReviewThreshold,
            };
            var runner = new EvalRunner(CommonOptions.Pipeline(result.GetValue(language), result.GetValue(workers)), options, new PageCache(result.GetValue(cache)), result.GetValue(dump));
            var (results, outcomes) = runner.Run(files);
            if (result.GetValue(calibrate))
            {
                ThresholdCalibration.Print(outcomes, 0.995);
            }

            var all = EvalReport.Print(results, outcomes, result.GetValue(misses));
            return all.Failures > 0 ? ExitCodes.InternalError : ExitCodes.Ok;
        });
        return command;
    }

    private static MasterData? LoadMasterData(string? folder) => folder is null ? null : MasterData.FromFolder(folder);

    /// <summary>The nearest samples/master-data (or master-data) folder above the documents.</summary>
    private static string? FindMasterData(string dir)
    {
        for (var d = new DirectoryInfo(Path.GetFullPath(dir)); d is not null; d = d.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(d.FullName, "master-data"), Path.Combine(d.FullName, "samples", "master-data") })
            {
                if (File.Exists(Path.Combine(candidate, "customers.csv")) && File.Exists(Path.Combine(candidate, "parts.csv")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
