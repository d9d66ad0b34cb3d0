#pragma warning disable CA1869,CA1307,CA1305,CA1303
using System.Text.Json;
using DocIntake.Core.Extraction.Classification;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Pages;
using Xunit.Abstractions;

namespace DocIntake.Core.Tests;

public sealed class TmpDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var pages = JsonSerializer.Deserialize<List<PageText>>(File.ReadAllText(Environment.GetEnvironmentVariable("DBG_PAGES")!))!;
        var layout = DocumentLayout.Build(pages);
        foreach (var r in layout.Rows)
        {
            output.WriteLine($"{r.Index} p{r.Page} y{r.Box.Y}: {r}");
            var h = DocIntake.Core.Extraction.Tables.TableReader.Header(layout, r, DocIntake.Core.Extraction.Quality.QualitySpecs.Measurements);
            if (h is not null) output.WriteLine("   HEADER " + string.Join(" ; ", h));
        }
        output.WriteLine($"taxed={OrderArithmetic.TaxedTotals(layout)} " + string.Join(",", layout.Rows.Select(r => string.Join("~", r.Tokens.Select(t => t.Text)))));
        output.WriteLine($"title={DocumentClassifier.TitleEvidence(layout)} priced={OrderArithmetic.PricedRows(layout)} type={DocumentClassifier.Classify(layout, null)}");
    }
}
