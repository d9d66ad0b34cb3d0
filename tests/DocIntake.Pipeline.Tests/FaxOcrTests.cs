using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Text;

namespace DocIntake.Pipeline.Tests;

/// <summary>OCR of rendered fax pages: what the extractor depends on is actually read.</summary>
public sealed class FaxOcrTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    public static TheoryData<string> JapaneseStandardResolutionOrders() => GeneratedFiles("g3", "order", "ja");

    [Theory]
    [MemberData(nameof(JapaneseStandardResolutionOrders))]
    public void Process_ReadsOrderNumberAndCompany_OnA204x98Fax(string file)
    {
        var truth = JsonNode.Parse(File.ReadAllText(TruthOf(file)))!;
        var processed = fixture.Pipeline.Process(InputFile.FromPath(file));

        var page = processed.Document.Pages[0];
        Assert.Equal(2 * 1146, page.Height); // 204x98 rows doubled: square pixels before anything else
        Assert.Contains(page.Operations, op => op.StartsWith("square_pixels:204x98", StringComparison.Ordinal));

        var text = TextNormalizer.Compact(string.Join(' ', processed.Pages.SelectMany(p => p.Words).Select(w => w.Text)));
        Assert.Contains(TextNormalizer.Compact((string)truth["fields"]!["orderNumber"]!["value"]!), text, StringComparison.Ordinal);
        var supplier = CoreName((string)truth["fields"]!["supplierName"]!["value"]!);
        Assert.Contains(supplier, text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Fixtures/upside-down-g3-po.tif (generated, seed 101): a 204×98 purchase order fed upside down, under the
    /// fax machine's upright header line. OSD calls the raw page upright; it must still be read turned over, and the
    /// header, now upside down at the bottom, turned back to name the sender (its "0144" read "6144", as printed on
    /// the order).
    /// </summary>
    [Fact]
    public void Process_TurnsOver_AnUpsideDownCoarseFaxOsdCallsUpright()
    {
        var file = Path.Combine(RepositoryPaths.Root, "tests", "DocIntake.Pipeline.Tests", "Fixtures", "upside-down-g3-po.tif");

        var processed = fixture.Pipeline.Process(InputFile.FromPath(file));

        var page = processed.Document.Pages[0];
        Assert.Equal(180, page.Rotation);
        Assert.Equal(DocumentTypes.Order, processed.Document.DocumentType);
        var text = TextNormalizer.Compact(string.Join(' ', processed.Pages.SelectMany(p => p.Words).Select(w => w.Text)));
        Assert.Contains("PacificMotion", text, StringComparison.Ordinal);
        Assert.Equal("614-555-0144", processed.Document.Source.SenderFax);
    }

    /// <summary>
    /// Fixtures/g4-quote-fax-header.tif (generated, seed 127): read with the page, the header's dotted zeros came out
    /// "9566 53 1128"; the header line read again alone keeps them.
    /// </summary>
    [Fact]
    public void Process_ReadsTheFaxHeaderLineAgainAlone()
    {
        var file = Path.Combine(RepositoryPaths.Root, "tests", "DocIntake.Pipeline.Tests", "Fixtures", "g4-quote-fax-header.tif");

        var processed = fixture.Pipeline.Process(InputFile.FromPath(file));

        var header = processed.Pages[0].Lines[0].Text;
        Assert.Contains("0566 53 1128", header, StringComparison.Ordinal);
        Assert.Contains("P.001/001", header, StringComparison.Ordinal);
        Assert.Equal("0566-53-1128", processed.Document.Source.SenderFax);
    }

    /// <summary>The name without its legal form ((株), 株式会社...), which OCR splits or bracket-mangles most.</summary>
    private static string CoreName(string name) => TextNormalizer.Compact(name)
        .Replace("株式会社", "", StringComparison.Ordinal).Replace("(株)", "", StringComparison.Ordinal)
        .Replace("有限会社", "", StringComparison.Ordinal).Replace("(有)", "", StringComparison.Ordinal);

    private static string TruthOf(string file) => Path.ChangeExtension(file, null) + ".truth.json";

    private static TheoryData<string> GeneratedFiles(string form, string type, string language)
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(RepositoryPaths.GeneratedSamples, "tune");
        foreach (var truthFile in Directory.EnumerateFiles(folder, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var truth = JsonNode.Parse(File.ReadAllText(truthFile))!;
            if ((string?)truth["delivery"]?["form"] == form && (string?)truth["documentType"] == type && (string?)truth["language"] == language)
            {
                var stem = truthFile[..^".truth.json".Length];
                data.Add(Directory.EnumerateFiles(folder, Path.GetFileName(stem) + ".*").First(f => !f.EndsWith(".json", StringComparison.Ordinal)));
            }
        }

        return data;
    }
}
