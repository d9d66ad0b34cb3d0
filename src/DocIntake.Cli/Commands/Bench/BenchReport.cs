using System.Globalization;

namespace DocIntake.Cli.Commands.Bench;

internal static class BenchReport
{
    public static void Print(IReadOnlyList<BenchRow> rows, int cores)
    {
        var c = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(c, $"{"mode",-36} {"pages",6} {"seconds",8} {"pages/min",10} {"peak MB",8}"));
        foreach (var row in rows)
        {
            Console.Out.WriteLine(string.Create(c,
                $"{row.Name,-36} {row.Pages,6} {row.Elapsed.TotalSeconds,8:F1} {row.PagesPerMinute,10:F1} {row.PeakBytes / 1048576.0,8:F0}{(row.Note is null ? "" : "  " + row.Note)}"));
        }

        var reference = rows.FirstOrDefault(r => r.Name.StartsWith("tesseract", StringComparison.Ordinal));
        var single = rows.FirstOrDefault(r => r.Name == "DocIntake, 1 worker");
        var multi = rows.FirstOrDefault(r => r.Name.EndsWith(" workers", StringComparison.Ordinal) && r.Name.StartsWith("DocIntake", StringComparison.Ordinal));
        var ocrmypdf = rows.FirstOrDefault(r => r.Name.StartsWith("OCRmyPDF", StringComparison.Ordinal));
        var text = rows.FirstOrDefault(r => r.Name.Contains("text-layer", StringComparison.Ordinal));

        Console.Out.WriteLine("targets:");
        if (reference is { Pages: > 0 } && single is not null)
        {
            Line(c, "1 worker vs tesseract CLI", single.PagesPerMinute / reference.PagesPerMinute, 1.0);
        }

        if (single is { Pages: > 0 } && multi is not null)
        {
            Line(c, $"{cores} workers vs 1 worker (target 0.9 x {cores})", multi.PagesPerMinute / single.PagesPerMinute, 0.9 * cores);
        }

        if (ocrmypdf is { Pages: > 0 } && multi is not null)
        {
            Line(c, "DocIntake vs OCRmyPDF", multi.PagesPerMinute / ocrmypdf.PagesPerMinute, 3.0);
        }

        if (text is { Pages: > 0 })
        {
            var perSecond = text.Pages / Math.Max(text.Elapsed.TotalSeconds, 1e-9);
            Console.Out.WriteLine(string.Create(c, $"  {"text-layer PDF pages/s",-44} {perSecond,8:F1}  (target >= 50) {(perSecond >= 50 ? "met" : "NOT MET")}"));
        }
    }

    private static void Line(CultureInfo c, string name, double ratio, double target) =>
        Console.Out.WriteLine(string.Create(c, $"  {name,-44} {ratio,8:F2}x (target >= {target:F1}x) {(ratio >= target ? "met" : "NOT MET")}"));
}
