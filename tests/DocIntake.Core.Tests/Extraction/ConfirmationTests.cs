using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Pages;

namespace DocIntake.Core.Tests.Extraction;

/// <summary>Numbers read by OCR are auto-accepted only when a check confirmed them; text layers and coarse faxes.</summary>
public class ConfirmationTests
{
    [Fact]
    public void Extract_SendsOcrNumbersToReview_WhenTheirLineCannotBeChecked()
    {
        // The amount of the second line is missing: its quantity and unit price are clear but unconfirmed.
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"), ("BU-2040", "ブッシュ", "50", "個", "85.5", ""))
            .Build();

        var doc = Extract.Run(page);

        Assert.False(doc.Lines[0]["quantity"].NeedsReview);
        Assert.False(doc.Lines[0]["amount"].NeedsReview);
        Assert.Contains(ReviewReasons.Unconfirmed, doc.Lines[1]["quantity"].Reasons);
        Assert.Contains(ReviewReasons.Unconfirmed, doc.Lines[1]["unitPrice"].Reasons);
    }

    [Theory]
    [InlineData("1", "9,044", true)] // seed 223's tune-061: "9,644" read "9,044" as price and as amount, one piece
    [InlineData("2", "4,522", false)]
    public void Extract_ConfirmsPriceAndAmount_OnlyWhenTheQuantityMakesThemTwoFigures(string quantity, string price, bool unconfirmed)
    {
        var page = SampleOrders.JapaneseHeader().Table(700, ("AS-2001", "シャフト ASSY", quantity, "セット", price, "9,044")).Build();

        var line = Extract.Run(page).Lines[0];

        Assert.False(line["quantity"].NeedsReview);
        Assert.Equal(unconfirmed, line["unitPrice"].Reasons.Contains(ReviewReasons.Unconfirmed));
        Assert.Equal(unconfirmed, line["amount"].Reasons.Contains(ReviewReasons.Unconfirmed));
    }

    [Fact]
    public void Extract_ConfirmsLineNumbersThatCountUpInOrder()
    {
        // Read at 0.85: alone below the threshold; numbered 1, 2 in order they are confirmed by the sequence.
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1180, 700, "単価").Text(1420, 700, "金額")
            .Text(70, 750, "1", 0.85).Text(160, 750, "MS-1001-A", 0.95).Right(980, 750, "100", 0.95).Right(1260, 750, "320", 0.95).Right(1500, 750, "32,000", 0.95)
            .Text(70, 800, "7", 0.85).Text(160, 800, "BU-2040", 0.95).Right(980, 800, "50", 0.95).Right(1260, 800, "85.5", 0.95).Right(1500, 800, "4,275", 0.95)
            .Build();

        var doc = Extract.Run(page);

        Assert.False(doc.Lines[0]["lineNo"].NeedsReview);
        Assert.True(doc.Lines[1]["lineNo"].NeedsReview); // 7 where 2 belongs
    }

    [Theory]
    [InlineData("1", true)] // seed 173's tune-058: a 4 read as 1 at 0.965, after 1, 2, 3
    [InlineData("4", false)]
    public void Extract_DoubtsALineNumberOutOfItsSequence(string fourth, bool reviewed)
    {
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1180, 700, "単価").Text(1420, 700, "金額");
        string[] numbers = ["1", "2", "3", fourth];
        for (var i = 0; i < numbers.Length; i++)
        {
            var y = 750 + (50 * i);
            page.Text(70, y, numbers[i], 0.97).Text(160, y, "MS-1001-A", 0.95).Right(980, y, "100", 0.95).Right(1260, y, "320", 0.95).Right(1500, y, "32,000", 0.95);
        }

        var lineNo = Extract.Run(page.Build()).Lines[3]["lineNo"];

        Assert.Equal(reviewed, lineNo.NeedsReview);
        Assert.Equal(reviewed, lineNo.Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("$P9120", "JPY")] // a "$" in a Japanese order's noise (SP-9120 on a 98-lpi fax): still yen
    [InlineData("USD", "USD")] // dollars said in so many words
    public void Extract_TakesYenForAJapaneseOrder_UnlessUsdIsPrinted(string stray, string currency)
    {
        var page = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000"))
            .Text(480, 900, stray, 0.6).Build();

        Assert.Equal(currency, Extract.Run(page).Str("currency"));
    }

    [Fact]
    public void Extract_TakesYenForAJapaneseOrderWithoutACurrencyMark_ButDoubtsItForAnEnglishOne()
    {
        var japanese = Extract.Run(SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000")).Build()).Fields["currency"];
        var english = Extract.Run(new PageBuilder(source: "ocr")
            .Text(700, 100, "PURCHASE ORDER", 0.95).Text(1100, 200, "PO No.: 24-51234", 0.95)
            .Text(60, 700, "Part No.").Text(400, 700, "Description").Text(900, 700, "Qty").Text(1100, 700, "Unit Price").Text(1400, 700, "Amount")
            .Text(60, 750, "BU-2040", 0.95).Text(400, 750, "Bushing", 0.95).Right(960, 750, "100", 0.95).Right(1550, 750, "57.00", 0.95)
            .Build()).Fields["currency"]; // one figure with cents: too little to name the currency by (see CurrencyByFigures)

        Assert.Equal("JPY", japanese.Value!.GetValue<string>());
        Assert.False(japanese.NeedsReview);
        Assert.True(english.NeedsReview);
    }

    [Fact]
    public void Extract_AcceptsTextLayerNumbers_WithoutAConfirmingCheck()
    {
        // A text layer's words are exact (confidence 1): the table of SampleOrders.Table, without an amount.
        var page = new PageBuilder(source: "pdf_text").Text(700, 120, "注文書").Text(1100, 200, "注文番号: PO-26-0112")
            .TableHeader(700)
            .Text(70, 750, "1").Text(160, 750, "MS-1001-A").Text(480, 750, "シャフト").Right(980, 750, "100").Text(1050, 750, "本").Right(1260, 750, "320")
            .Build();

        var doc = Extract.Run(page);

        Assert.Empty(doc.Lines[0]["quantity"].Reasons);
    }

    [Theory]
    [InlineData("2", false)] // "]" for 1, then 2 and 3 in their places: the 1 taken from its place is settled
    [InlineData("3", true)] // the next line out of its place: a row may have been lost, the place proves nothing
    public void Extract_SettlesALineNumberReadAsAMark_BetweenLinesInTheirPlaces(string second, bool reviewed)
    {
        static PageBuilder Row(PageBuilder b, int y, string no, double confidence, string part) =>
            b.Text(70, y, no, confidence).Text(160, y, part, 0.95).Text(480, y, "シャフト", 0.95).Right(980, y, "100", 0.95)
                .Text(1050, y, "本", 0.95).Right(1260, y, "320", 0.95).Right(1500, y, "32,000", 0.95);
        var header = new PageBuilder(source: "ocr").Text(700, 120, "注文書", 0.95).TableHeader(700);
        var page = Row(Row(Row(header, 750, "]", 0.4, "MS-1001-A"), 800, second, 0.95, "MS-1002-A"), 850, "4", 0.95, "MS-1003-A").Build();

        var lines = Extract.Run(WithOperation(page, "square_pixels:204x98->204x196")).Lines;

        Assert.Equal(1m, lines[0]["lineNo"].Num());
        Assert.Equal(reviewed, lines[0]["lineNo"].NeedsReview);
    }

    [Fact]
    public void Extract_AcceptsLineNumbersReadInSequence_OnANormalResolutionFax()
    {
        // Line numbers read at 0.75 on a 98-lpi page: 1, 2, 3 in their places confirm one another; a lone 2 in the first
        // place is out of it (a lost row, or a misread).
        static PageBuilder Row(PageBuilder b, int y, string no, string part) =>
            b.Text(70, y, no, 0.75).Text(160, y, part, 0.95).Text(480, y, "シャフト", 0.95).Right(980, y, "100", 0.95)
                .Text(1050, y, "本", 0.95).Right(1260, y, "320", 0.95).Right(1500, y, "32,000", 0.95);
        static PageBuilder Header() => new PageBuilder(source: "ocr").Text(700, 120, "注文書", 0.95)
            .TableHeader(700);
        var three = Row(Row(Row(Header(), 750, "1", "MS-1001-A"), 800, "2", "MS-1002-A"), 850, "3", "MS-1003-A").Build();
        var one = Row(Header(), 750, "2", "MS-1001-A").Build();

        var sequence = Extract.Run(WithOperation(three, "square_pixels:204x98->204x196")).Lines;
        var alone = Extract.Run(WithOperation(one, "square_pixels:204x98->204x196")).Lines;

        Assert.All(sequence, l => Assert.False(l["lineNo"].NeedsReview));
        Assert.True(alone[0]["lineNo"].NeedsReview);
    }

    [Fact]
    public void Extract_DoubtsValuesOfANormalResolutionFaxPage()
    {
        // Read at 0.93: accepted from a fine page, doubted 1.25-fold on a 98-lpi one (0.9125).
        static PageBuilder Page() => new PageBuilder(source: "ocr").Text(700, 120, "注文書", 0.95).Text(1100, 200, "納入場所: 弊社本社工場", 0.93);
        var fine = Extract.Run(Page().Build()).Fields["deliveryLocation"];
        var coarse = Extract.Run(WithOperation(Page().Build(), "square_pixels:204x98->204x196")).Fields["deliveryLocation"];

        Assert.False(fine.NeedsReview);
        Assert.True(coarse.Confidence < fine.Confidence);
        Assert.True(coarse.NeedsReview);
    }

    [Fact]
    public void Extract_ExpectsSubtotalAndTax_WhenTheTotalIncludesTaxButNeitherWasRead()
    {
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Text(900, 1100, "合計金額", 0.95).Right(1500, 1100, "¥35,200", 0.95)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(35200, doc.Fields["total"].Value!.GetValue<decimal>());
        Assert.True(doc.Fields["subtotal"].NeedsReview);
        Assert.True(doc.Fields["tax"].NeedsReview);
        Assert.Contains(ReviewReasons.NotFound, doc.Fields["tax"].Reasons);
    }

    [Fact]
    public void Extract_TakesTheSubtotalFromTheTotalsArithmetic_WhenItsLabelWasLost()
    {
        // "小計(税抜)" read "Prat (BiH)": the tax and total are there, the subtotal's label is not; 32,000 + 10 % = 35,200.
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Text(900, 1000, "Prat (BiH)", 0.6).Right(1500, 1000, "¥32,000", 0.9)
            .Text(900, 1050, "消費税 10%)", 0.95).Right(1500, 1050, "¥3,200", 0.95)
            .Text(900, 1100, "合計金額", 0.95).Right(1500, 1100, "¥35,200", 0.95)
            .Build();

        var subtotal = Extract.Run(page).Fields["subtotal"];

        Assert.Equal(32000m, subtotal.Num());
        Assert.Equal("¥32,000", subtotal.Text);
    }

    [Fact]
    public void Extract_ReadsTheValueAfterABracketedNoteOfTheLabel()
    {
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Text(900, 1100, "御注文金額(税抜)", 0.95).Right(1500, 1100, "¥32,000-", 0.95)
            .Build();

        var total = Extract.Run(page).Fields["total"];

        Assert.Equal(32000, total.Value!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("合", false)] // an accepted pass over accepted values below it settles the guess
    [InlineData("&", true)] // the verdict itself a guess: nothing settles the limit
    public void Extract_TakesABareSpecificationNumberAsTheLimitItsValuesSuggest_ForReviewUnlessTheRowSettlesIt(string verdict, bool reviewed)
    {
        // "≦0.8" read without its ≦: a specification is a range, so the limits are not silently empty; every value
        // below the figure makes it the upper limit, a guess.
        var page = SampleQuality.Japanese()
            .Text(80, 750, "平面度", 0.95).Text(300, 750, "0.8", 0.95).Text(600, 750, "mm", 0.95)
            .Text(750, 750, "0.5", 0.95).Text(900, 750, "0.6", 0.95).Text(1050, 750, "0.7", 0.95).Text(1310, 750, verdict, 0.95)
            .Build();

        var row = Extract.Run(page).Measurements.Single(m => m["item"].Value?.GetValue<string>() == "平面度");

        Assert.Null(row["nominal"].Value);
        Assert.Equal(0.8m, row["upperLimit"].Value!.GetValue<decimal>());
        Assert.Equal(reviewed, row["upperLimit"].NeedsReview);
        Assert.Equal(reviewed, row["upperLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Fact]
    public void Extract_ReadsABareRoughnessFigureAsItsUpperLimit()
    {
        // "Ra 1.6" means Ra ≦ 1.6 on a drawing; 1.63 is over it, so the printed 合 disagrees with the values.
        var page = SampleQuality.Japanese()
            .Text(80, 750, "粗さ", 0.95).Text(300, 750, "Ra 1.6", 0.95).Text(600, 750, "μm", 0.95)
            .Text(750, 750, "0.8", 0.95).Text(900, 750, "1.63", 0.95).Text(1050, 750, "0.7", 0.95).Text(1310, 750, "合", 0.95)
            .Build();

        var doc = Extract.Run(page);
        var row = doc.Measurements.Single(m => m["item"].Value?.GetValue<string>() == "粗さ");

        Assert.Null(row["nominal"].Value);
        Assert.Equal(1.6m, row["upperLimit"].Value!.GetValue<decimal>());
        Assert.Contains(doc.Problems, p => p.Code == "result_disagrees_with_values");
    }

    [Fact]
    public void Extract_RescuesAnUnreadResult_ByReadingItsCellAgain_BeforeTheChecks()
    {
        // The second row's 判定 was read "台"; its own crop reads "否", which the values (in range) contradict.
        var page = SampleQuality.Japanese(secondResult: "台").Build();

        var doc = Extract.Run(page, look: new ResultLook("否"));

        var result = doc.Measurements[1]["result"];
        Assert.Equal("fail", result.Value!.GetValue<string>());
        Assert.True(result.Confidence <= 0.8);
        Assert.Contains(doc.Problems, p => p.Code == "result_disagrees_with_values");
    }

    [Theory]
    [InlineData("合", false)] // a verdict read confirms the values inside the limits
    [InlineData("&", true)] // one guessed from its shape ("&" for 合) does not
    public void Extract_ConfirmsUnsureValuesByTheRowsVerdict_OnlyWhenTheVerdictWasRead(string verdict, bool reviewed)
    {
        var page = SampleQuality.Japanese(secondResult: verdict).Build();
        var unsure = page.WithWords([.. page.Words.Select(w => w.Text == "60.1" ? w with { Confidence = 0.3 } : w)], "unsure");

        var values = Extract.Run(unsure).Measurements[1]["values"];

        Assert.Equal(reviewed, values.NeedsReview);
    }

    [Fact]
    public void Extract_RereadsAJapaneseOverallVerdictWithTheJapaneseModel_AndGuessesALookAlikeForReview()
    {
        // Seed 127's tune-012: the boxed 総合判定 "不合格" read "RAB" on the page and "ARB" on its crop with jpn+eng; the
        // Japanese model alone read "不会格". Every row passes, so the guessed fail is the overall_result_disagrees it printed.
        var page = SampleQuality.Japanese(overall: "RAB").Build();

        var doc = Extract.Run(page, look: new JapaneseVerdictLook(latin: "ARB", japanese: "不会格"));

        var overall = doc.Fields["overallResult"];
        Assert.Equal("fail", overall.Value!.GetValue<string>());
        Assert.True(overall.NeedsReview);
        Assert.Contains(doc.Problems, p => p.Code == "overall_result_disagrees");
    }

    [Fact]
    public void Extract_KeepsARescuedDateInReview_AsItsOnlyReadingCannotConfirmItself()
    {
        // Seed 179's tune-046: 納期 R08/04/11 read "RosO111" at 98 lpi; its crop read again gave "Ro8/01/11", which a
        // third reading of the same crop then "agreed" with, lifting it from 0.38 to an accepted 0.75.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 120, "注文書", 0.95).Text(1100, 200, "注文番号: PO-26-0112", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(80, 500, "納期", 0.95).Text(300, 500, "RosO111", 0.38)
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Build();

        var due = Extract.Run(page, look: new DateLook("Ro8/01/11")).Fields["deliveryDate"];

        Assert.Equal("2026-01-11", due.Value!.GetValue<string>());
        Assert.True(due.NeedsReview);
    }

    private sealed class DateLook(string text) : ISecondLook
    {
        public string? Reread(int page, PixelBox box, ValueKind kind) => kind == ValueKind.Date ? text : null;
    }

    internal static PageText WithOperation(PageText page, string operation) => new()
    {
        Number = page.Number,
        Width = page.Width,
        Height = page.Height,
        Source = page.Source,
        Words = page.Words,
        Lines = page.Lines,
        Rulings = page.Rulings,
        MeanConfidence = page.MeanConfidence,
        Operations = [operation],
    };

    private sealed class JapaneseVerdictLook(string latin, string japanese) : ISecondLook
    {
        public string? Reread(int page, PixelBox box, ValueKind kind) => kind == ValueKind.Result ? latin : null;

        public string? RereadJapanese(int page, PixelBox box) => japanese;
    }

    private sealed class ResultLook(string text) : ISecondLook
    {
        public string? Reread(int page, PixelBox box, ValueKind kind) => kind == ValueKind.Result ? text : null;
    }
}
