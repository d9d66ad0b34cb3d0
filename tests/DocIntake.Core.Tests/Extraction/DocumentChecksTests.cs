using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Checks;

namespace DocIntake.Core.Tests.Extraction;

/// <summary>The checks re-run on a contract document, as the review editor does after each edit.</summary>
public class DocumentChecksTests
{
    private static readonly string[] Checked = ["quantity", "unitPrice", "amount"];

    [Fact]
    public void Apply_PutsTheLineIntoReviewAndTakesItOut_WhenAnAmountIsBrokenThenMended()
    {
        var doc = Stored(SampleOrders.Consistent());
        Assert.Empty(doc.Problems);

        doc.Lines[1]["amount"].Value = 4725m;
        Assert.True(DocumentChecks.Apply(doc));

        var problem = Assert.Single(doc.Problems, p => p.Code == "line_amount_mismatch");
        Assert.Equal(["lines[1].quantity", "lines[1].unitPrice", "lines[1].amount"], problem.Fields);
        Assert.Equal("line 2: 50 x 85.5 = 4275.0, printed amount 4725", problem.Message);
        Assert.Contains(doc.Problems, p => p.Code == "subtotal_mismatch" && p.Fields.SequenceEqual(["subtotal"]));
        Assert.All(Checked, name => Assert.Equal(["failed_check:line_amount_mismatch"], doc.Lines[1][name].Reasons));
        Assert.All(Checked, name => Assert.True(doc.Lines[1][name].NeedsReview));

        doc.Lines[1]["amount"].Value = 4275m;
        Assert.True(DocumentChecks.Apply(doc));

        Assert.Empty(doc.Problems);
        Assert.All(Checked, name => Assert.Empty(doc.Lines[1][name].Reasons));
        Assert.All(Checked, name => Assert.False(doc.Lines[1][name].NeedsReview));
        Assert.False(DocumentChecks.Apply(doc));
    }

    [Fact]
    public void Apply_KeepsAReviewedFieldOutOfReview_WhenItsCheckFails()
    {
        var doc = Stored(SampleOrders.Consistent());
        var amount = doc.Lines[1]["amount"];
        amount.Value = 4725m;
        amount.Reviewed = new JsonObject { ["by"] = "alice", ["action"] = "corrected" };

        DocumentChecks.Apply(doc);

        Assert.Contains(doc.Problems, p => p.Code == "line_amount_mismatch");
        Assert.Empty(amount.Reasons);
        Assert.False(amount.NeedsReview);
        Assert.True(doc.Lines[1]["quantity"].NeedsReview);
    }

    [Fact]
    public void Apply_KeepsOtherProblemsAndSkipsValuesOfTheWrongKind_WhenTheStoredJsonHasThem()
    {
        var doc = Stored([SampleQuality.Japanese().Build()]);
        doc.Problems.Add(new Problem { Code = "not_in_master_data", Fields = ["supplierName"] });
        doc.Measurements[0]["result"].Value = JsonNode.Parse("1");
        doc.Fields["overallResult"].Value = JsonNode.Parse("[1, 2]");

        DocumentChecks.Apply(doc);

        Assert.Equal(["not_in_master_data"], doc.Problems.Select(p => p.Code));
    }

    /// <summary>An extracted document as the server stores and loads it (JSON round trip: values backed by JSON elements).</summary>
    private static ExtractedDocument Stored(IReadOnlyList<Pages.PageText> pages) =>
        ContractJson.Deserialize(ContractJson.Serialize(Extract.Run(pages, new ExtractionOptions { MasterData = Extract.Master() })));
}
