using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Tests.Extraction;

/// <summary>Rows from word boxes: a word much taller than the text (noise above or below it) must not merge rows.</summary>
public class DocumentLayoutTests
{
    [Fact]
    public void Build_PutsATallWordWithTheWordsItRunsOn_WhenTwoRowsHoldItsCentre()
    {
        // "number" was read with a box twice the text height (noise below it) reaching into the tax row beside the remark.
        var page = new PageBuilder(source: "ocr")
            .Text(160, 1174, "Quote the PO", 0.95).Word(339, 1174, 101, 56, "number", 0.95).Text(448, 1174, "on all documents.", 0.95)
            .Text(1128, 1200, "Tax (10%)", 0.8).Right(1570, 1200, "¥156,320", 0.8)
            .Build();

        var rows = DocumentLayout.Build([page]).Rows;

        Assert.Equal(["QuotethePOnumberonalldocuments.", "Tax(10%)¥156,320"], rows.Select(r => r.Compact));
    }

    [Fact]
    public void Build_DoesNotLetATallWordJoinTheRowsItSpans()
    {
        var page = new PageBuilder(source: "ocr")
            .Text(80, 600, "外径 10.01", 0.95)
            .Text(80, 650, "全長 50.02", 0.95)
            .Text(80, 700, "内径 8.01", 0.95)
            .Word(690, 590, 4, 140, "|", 0.9)
            .Build();

        var rows = DocumentLayout.Build([page]).Rows;

        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Compact == "全長50.02|");
    }
}
