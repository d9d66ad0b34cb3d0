using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Pages;
using DocIntake.Core.Tests.Extraction;
using DocIntake.Server.Review;

namespace DocIntake.Server.Tests.Review;

/// <summary>The review editor and extraction run one set of checks: the same problems and failed_check reasons on the same document.</summary>
public class ReviewEditorChecksTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Broken => ["line amount", "subtotal", "total", "delivery date", "quality results"];

    [Theory]
    [MemberData(nameof(Broken))]
    public void Apply_ReportsWhatExtractionReports_WhenTheStoredDocumentLostItsCheckResults(string broken)
    {
        var extracted = Extract(Pages(broken));
        Assert.NotEmpty(Problems(extracted));
        var stored = ContractJson.Deserialize(ContractJson.Serialize(extracted));
        stored.Problems.Clear();
        foreach (var field in AllFields(stored))
        {
            field.Reasons.RemoveAll(r => r.StartsWith("failed_check:", StringComparison.Ordinal));
        }

        var edited = ReviewEditor.Apply(stored, new ReviewSubmission { Version = 3 }, "alice", Now).Document;

        Assert.Equal(Problems(extracted), Problems(edited));
        Assert.Equal(CheckReasons(extracted), CheckReasons(edited));
    }

    [Fact]
    public void Apply_ReportsTheLineAmountProblemOfThePrintedDocument_WhenReviewerTypesTheSameWrongAmount()
    {
        var printed = Extract(SampleOrders.Order("4,725", "36,725", "3,672", "¥40,397"));
        var consistent = Extract(SampleOrders.Consistent());
        Assert.Empty(consistent.Problems);
        var typed = new Dictionary<string, string> { ["lines[1].amount"] = "4,725", ["subtotal"] = "36,725", ["tax"] = "3,672", ["total"] = "40,397" };

        var edited = ReviewEditor.Apply(consistent, ReviewForms.Submit(consistent, 3, typed), "alice", Now);

        var problem = Assert.Single(edited.Document.Problems);
        Assert.Equal("line_amount_mismatch", problem.Code);
        Assert.Equal(Problems(printed), Problems(edited.Document));
        var doubtfulBefore = DocumentFields.All(consistent).Where(f => f.Field.NeedsReview).Select(f => f.Path);
        Assert.Equal(["lines[1].quantity", "lines[1].unitPrice"], edited.Doubtful.Except(doubtfulBefore)); // the typed amount is the reviewer's word
    }

    private static IReadOnlyList<PageText> Pages(string broken) => broken switch
    {
        "line amount" => SampleOrders.Order("4,725", "36,725", "3,672", "¥40,397"),
        "subtotal" => [SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000")).Totals(1000, "33,000", "3,300", "36,300").Build()],
        "total" => [SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000")).Totals(1000, "32,000", "3,200", "36,200").Build()],
        "delivery date" => [new PageBuilder().Text(700, 100, "注文書").Text(100, 200, "注文日 2026/11/20").Text(100, 250, "納期 2026/11/02").Build()],
        "quality results" => [SampleQuality.Japanese(secondResult: "否").Build()],
        _ => throw new ArgumentOutOfRangeException(nameof(broken)),
    };

    private static ExtractedDocument Extract(IReadOnlyList<PageText> pages)
    {
        var document = new ExtractedDocument();
        DocumentExtractor.Extract(document, pages, new ExtractionOptions());
        return document;
    }

    private static List<string> Problems(ExtractedDocument document) =>
        [.. document.Problems.Select(p => $"{p.Code}: {p.Message} [{string.Join(", ", p.Fields)}]")];

    private static List<string> CheckReasons(ExtractedDocument document) =>
        [.. DocumentFields.All(document).SelectMany(f => f.Field.Reasons.Where(r => r.StartsWith("failed_check:", StringComparison.Ordinal)).Select(r => $"{f.Path} {r}"))];

    private static IEnumerable<Field> AllFields(ExtractedDocument document) => DocumentFields.All(document).Select(f => f.Field);
}
