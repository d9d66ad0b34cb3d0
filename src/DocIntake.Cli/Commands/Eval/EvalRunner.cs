using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Pages;
using DocIntake.Pipeline;

namespace DocIntake.Cli.Commands.Eval;

/// <summary>Runs the pipeline and the extractor over every document that has a truth file, and scores the results.</summary>
internal sealed class EvalRunner(PipelineOptions pipelineOptions, ExtractionOptions extraction, PageCache cache, string? dumpFolder = null)
{
    public const string TruthSuffix = ".truth.json";

    /// <summary>"x.pdf.truth.json" or "x.truth.json" beside the document, or null when it has none.</summary>
    public static string? TruthFile(string document) =>
        new[] { document + TruthSuffix, Path.ChangeExtension(document, null) + TruthSuffix }.FirstOrDefault(File.Exists);

    public sealed record Result(string File, JsonObject Truth, EvalScore Score);

    public (List<Result> Results, List<FieldOutcome> Outcomes) Run(IReadOnlyList<string> files)
    {
        var results = new ConcurrentBag<Result>();
        var outcomes = new ConcurrentBag<List<FieldOutcome>>();
        using var pipeline = new DocumentPipeline(pipelineOptions with { Extraction = extraction });
        var done = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, pipelineOptions.Workers) }, path =>
        {
            var truth = (JsonObject)JsonNode.Parse(File.ReadAllText(TruthFile(path)!))!;
            var list = new List<FieldOutcome>();
            EvalScore score;
            try
            {
                var document = Extract(pipeline, path);
                if (dumpFolder is not null)
                {
                    Directory.CreateDirectory(dumpFolder);
                    File.WriteAllText(Path.Combine(dumpFolder, Path.GetFileName(path) + ".json"), ContractJson.Serialize(document));
                }

                score = DocumentComparer.Compare(Path.GetFileName(path), truth, document, list);
            }
#pragma warning disable CA1031 // A failed document is scored as wrong and reported; the benchmark goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Console.Error.WriteLine($"eval: {Path.GetFileName(path)}: {ex.GetType().Name}: {ex.Message}");
                score = DocumentComparer.Compare(Path.GetFileName(path), truth, new ExtractedDocument(), list);
                score.Failures = 1;
            }

            results.Add(new Result(Path.GetFileName(path), truth, score));
            outcomes.Add(list);
            var n = Interlocked.Increment(ref done);
            if (n % 10 == 0 || n == files.Count)
            {
                Console.Error.WriteLine($"eval: {n}/{files.Count}");
            }
        });
        return ([.. results.OrderBy(r => r.File, StringComparer.Ordinal)], [.. outcomes.SelectMany(o => o)]);
    }

    private ExtractedDocument Extract(DocumentPipeline pipeline, string path)
    {
        if (cache.Load(path) is { } pages)
        {
            // Iterating on extraction alone: the pages as read before, without the second look (no page images kept).
            var document = new ExtractedDocument { Source = new SourceInfo { FileName = Path.GetFileName(path), Channel = "cli" } };
            DocumentExtractor.Extract(document, pages, extraction);
            return document;
        }

        var processed = pipeline.Process(InputFile.FromPath(path));
        cache.Save(path, processed.Pages);
        return processed.Document;
    }
}
