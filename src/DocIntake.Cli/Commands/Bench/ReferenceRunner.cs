using System.Diagnostics;
using System.Globalization;
using DocIntake.Imaging.Cleanup;
using DocIntake.Imaging.Decoding;
using DocIntake.Imaging.Encoding;

namespace DocIntake.Cli.Commands.Bench;

/// <summary>The reference tools, run as child processes under /usr/bin/time for their peak memory.</summary>
internal static class ReferenceRunner
{
    /// <summary>The tesseract command line, one process per page (model loaded per page), on the same pages.</summary>
    public static BenchRow TesseractCli(BenchCorpus corpus, BenchWorkspace work, string lang)
    {
        // Pages are prepared outside the timing: decoded and with square pixels, as the tesseract CLI cannot square fax pixels.
        var pageFiles = new List<string>();
        foreach (var document in corpus.ImageDocuments)
        {
            foreach (var page in DocumentDecoder.Open(document.FileName, document.Bytes).Pages())
            {
                var square = SquarePixels.Apply(page.Image!).Image;
                var path = work.PathFor($"{pageFiles.Count:D4}.png");
                File.WriteAllBytes(path, PageImages.EncodePng(square));
                pageFiles.Add(path);
            }
        }

        var clock = Stopwatch.StartNew();
        long peak = 0;
        foreach (var page in pageFiles)
        {
            peak = Math.Max(peak, Run("tesseract", [page, "stdout", "-l", lang]));
        }

        return new BenchRow("tesseract CLI, 1 process/page", pageFiles.Count, clock.Elapsed, peak);
    }

    /// <summary>OCRmyPDF on each document in turn (its own page parallelism), as intake would hand them over.</summary>
    public static BenchRow OcrMyPdf(BenchCorpus corpus, BenchWorkspace work, string lang)
    {
        var inputs = new List<string>();
        foreach (var document in corpus.ImageDocuments)
        {
            var source = work.PathFor($"doc{inputs.Count:D4}_{document.FileName}");
            File.WriteAllBytes(source, document.Bytes);
            if (source.EndsWith(".tif", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".tiff", StringComparison.OrdinalIgnoreCase))
            {
                var pdf = source + ".pdf";
                Run("tiff2pdf", ["-o", pdf, source]);
                source = pdf;
            }

            inputs.Add(source);
        }

        var clock = Stopwatch.StartNew();
        long peak = 0;
        var failed = 0;
        foreach (var input in inputs)
        {
            var memory = Run("ocrmypdf", ["-l", lang, "--output-type", "pdf", "--optimize", "0", "--quiet", "--image-dpi", "300", input, input + ".ocr.pdf"]);
            failed += memory < 0 ? 1 : 0;
            peak = Math.Max(peak, memory);
        }

        return new BenchRow("OCRmyPDF, 1 document at a time", corpus.ImagePageCount, clock.Elapsed, peak,
            failed > 0 ? $"{failed} document(s) failed" : null);
    }

    /// <summary>Runs a program under /usr/bin/time; returns its peak RSS in bytes, or -1 when it failed.</summary>
    private static long Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add("maxrss_kb=%M");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        var marker = stderr.LastIndexOf("maxrss_kb=", StringComparison.Ordinal);
        if (process.ExitCode != 0 || marker < 0)
        {
            return -1;
        }

        var kb = long.Parse(stderr.AsSpan(marker + "maxrss_kb=".Length).Trim(), CultureInfo.InvariantCulture);
        return kb * 1024;
    }
}
