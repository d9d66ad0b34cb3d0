using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DocIntake.Cli.Commands.Bench;
using DocIntake.Pipeline;

namespace DocIntake.Cli.Commands;

/// <summary>
/// `bench FOLDER`: OCR the same pages several ways in one run and print pages/min and peak memory side by side:
/// the tesseract command line (one process per page, the reference), DocIntake on one worker and on all cores,
/// OCRmyPDF one document at a time, and text-layer PDFs. Optionally memory over many pages.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder of documents (e.g. samples/generated/tune)." };
        var language = CommonOptions.Language();
        var limit = new Option<int?>("--files") { Description = "Use at most this many image documents." };
        var memoryPages = new Option<int?>("--memory-pages") { Description = "Also OCR this many pages in a loop and print memory every 50 pages." };
        var skipOcrmypdf = new Option<bool>("--no-ocrmypdf") { Description = "Skip the OCRmyPDF comparison." };
        var command = new Command("bench", "Measure OCR speed and memory against the tesseract CLI and OCRmyPDF.")
        {
            folder, language, limit, memoryPages, skipOcrmypdf,
        };
        command.SetAction(result =>
        {
            var lang = result.GetValue(language) ?? new Ocr.OcrOptions().Languages;
            var corpus = BenchCorpus.Load(result.GetValue(folder)!, result.GetValue(limit));
            Console.Error.WriteLine($"bench: {corpus.ImageDocuments.Count} image documents ({corpus.ImagePageCount} pages), " +
                $"{corpus.TextDocuments.Count} text-layer PDFs ({corpus.TextPageCount} pages), lang={lang}, cores={Environment.ProcessorCount}");
            using var work = new BenchWorkspace();
            var rows = new List<BenchRow>
            {
                ReferenceRunner.TesseractCli(corpus, work, lang),
                RunPipeline("DocIntake, 1 worker", corpus.ImageDocuments, lang, 1),
                RunPipeline($"DocIntake, {Environment.ProcessorCount} workers", corpus.ImageDocuments, lang, Environment.ProcessorCount),
            };
            if (!result.GetValue(skipOcrmypdf))
            {
                rows.Add(ReferenceRunner.OcrMyPdf(corpus, work, lang));
            }

            if (corpus.TextDocuments.Count > 0)
            {
                rows.Add(RunPipeline("DocIntake, text-layer PDFs", corpus.TextDocuments, lang, 1));
            }

            BenchReport.Print(rows, Environment.ProcessorCount);
            if (result.GetValue(memoryPages) is int pages and > 0)
            {
                MemoryLoop(corpus, lang, pages);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static BenchRow RunPipeline(string name, IReadOnlyList<InputFile> documents, string lang, int workers)
    {
        // OCR throughput: pages read with all their clean-up; extraction (and its second look) is measured by `eval`.
        var options = CommonOptions.Pipeline(lang, workers) with { Extract = false };
        using var pipeline = new DocumentPipeline(options);
        pipeline.WarmUp();
        GC.Collect();
        ProcessMemory.ResetPeak();
        var clock = Stopwatch.StartNew();
        var pages = 0;
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = workers }, document =>
        {
            var processed = pipeline.Process(document);
            Interlocked.Add(ref pages, processed.Pages.Count);
        });
        return new BenchRow(name, pages, clock.Elapsed, ProcessMemory.PeakBytes());
    }

    private static void MemoryLoop(BenchCorpus corpus, string lang, int targetPages)
    {
        using var pipeline = new DocumentPipeline(CommonOptions.Pipeline(lang, 1) with { Extract = false });
        var pages = 0;
        long firstRss = 0;
        var nextReport = 50;
        Console.Out.WriteLine($"memory over {targetPages} pages (1 worker): RSS after every 50 pages");
        while (pages < targetPages)
        {
            foreach (var document in corpus.ImageDocuments)
            {
                pages += pipeline.Process(document).Pages.Count;
                if (pages >= nextReport)
                {
                    var rss = ProcessMemory.CurrentBytes();
                    firstRss = firstRss == 0 ? rss : firstRss;
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pages={pages,5} rss={rss / 1048576.0,7:F1} MB"));
                    nextReport += 50;
                }

                if (pages >= targetPages)
                {
                    break;
                }
            }
        }

        var last = ProcessMemory.CurrentBytes();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: first report {firstRss / 1048576.0:F1} MB, after {pages} pages {last / 1048576.0:F1} MB, growth {(last - firstRss) / 1048576.0:F1} MB"));
    }
}
