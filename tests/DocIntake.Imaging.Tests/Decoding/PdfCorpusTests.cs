using System.Diagnostics;
using DocIntake.Core.Errors;
using DocIntake.Imaging.Decoding;

namespace DocIntake.Imaging.Tests.Decoding;

public sealed class PdfCorpusTests
{
    [Fact]
    public void Dump()
    {
        var lines = new List<string>();
        foreach (var path in Directory.GetFiles(Samples.Folder, "*.pdf").Concat(Directory.GetFiles(Path.Combine(Samples.Folder, "extended"), "*.pdf")).Order())
        {
            var name = Path.GetFileName(path);
            var clock = Stopwatch.StartNew();
            try
            {
                var doc = DocumentDecoder.Open(name, File.ReadAllBytes(path));
                var pages = doc.Pages().ToList();
                lines.Add($"{name} {clock.ElapsedMilliseconds}ms: " + string.Join(" | ", pages.Select(p => p.TextLayer is { } t
                    ? $"text {t.Width}x{t.Height} w{t.Words.Count} l{t.Lines.Count} c{t.MeanConfidence:F2} [{string.Join(",", p.Operations)}] {string.Join(" ", t.Words.Take(6).Select(w => w.Text))}"
                    : $"image {p.Image!.Width}x{p.Image.Height}@{p.Image.DpiX:F0}x{p.Image.DpiY:F0} dark{Samples.DarkFraction(p.Image):F3} [{string.Join(",", p.Operations)}]")));
            }
            catch (Exception e)
            {
                lines.Add($"{name} {clock.ElapsedMilliseconds}ms: EXC {e.GetType().Name}: {e.Message}");
            }
        }

        File.WriteAllLines("/tmp/pdfdump/dump.txt", lines);
    }
}
