using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Orders;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Pages;

namespace DocIntake.Core.Tests.Extraction;

public class OrderExtractionTests
{
    [Fact]
    public void Extract_ReadsHeaderFields_WhenValuesAreRightOfLabels()
    {
        var doc = Extract.Run(SampleOrders.Consistent());

        Assert.Equal(DocumentTypes.Order, doc.DocumentType);
        Assert.Equal("ja", doc.Language);
        Assert.Equal("PO-26-0112", doc.Str("orderNumber"));
        Assert.Equal("2026-11-20", doc.Str("orderDate"));
        Assert.Equal("2026-12-10", doc.Str("deliveryDate"));
        Assert.Equal("弊社本社工場", doc.Str("deliveryLocation"));
        Assert.Equal("株式会社三河精密", doc.Str("supplierName"));
        Assert.Equal("株式会社東海精機", doc.Str("buyerName"));
        Assert.Equal("0566-21-4410", doc.Str("buyerPhone"));
        Assert.Equal("0566-21-4411", doc.Str("buyerFax"));
        Assert.Equal(39902m, doc.Fields["total"].Num());
        Assert.Equal("JPY", doc.Str("currency"));
        Assert.Null(doc.Fields["notes"].Value);
    }

    [Theory]
    [InlineData("福文番号", "2610330")] // seed 379's tune-057: 注文番号 with its first letter misread
    [InlineData("福注番号", "2610330")] // 発注番号 likewise
    [InlineData("福番号", null)] // too short to stand for 注文番号
    public void Extract_ReadsTheOrderNumber_WhenItsLabelsFirstLetterWasMisread(string label, string? expected)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 120, "注文書", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(1200, 200, label, 0.8).Text(1500, 200, "2610330", 0.95)
            .Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000"))
            .Build();

        Assert.Equal(expected, Extract.Run(page).Str("orderNumber"));
    }

    [Theory]
    [InlineData("pdf_text", "当社第二工場 資材受入")] // a text layer's space between Japanese words was typed: kept
    [InlineData("ocr", "当社第二工場資材受入")] // OCR's gaps between Japanese characters are no spaces
    public void Extract_KeepsASpaceBetweenJapaneseWords_OnlyWhereATextLayerHasIt(string source, string expected)
    {
        var page = new PageBuilder(source: source)
            .Text(700, 120, "注文書", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(80, 550, "納入場所", 0.95).Text(300, 550, "当社第二工場 資材受入", 0.95)
            .Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000"))
            .Build();

        Assert.Equal(expected, Extract.Run(page).Str("deliveryLocation"));
    }

    [Theory]
    [InlineData("当社 第 二 工場  資材 受入", "当社第二工場 資材受入")] // the engine saw the printed blank (seed 263's tune-045)
    [InlineData("弊社 本社 工場", "弊社本社工場")] // its cuts between Japanese words are no spaces
    public void Extract_KeepsASpaceBetweenJapaneseWords_WhereTheOcrEngineSawOne(string words, string expected)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 120, "注文書", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(80, 550, "納入場所", 0.95).Cut(300, 550, words, 0.95)
            .Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000"))
            .Build();

        Assert.Equal(expected, Extract.Run(page).Str("deliveryLocation"));
    }

    [Fact]
    public void Extract_TakesSenderFaxFromHeaderLine_AndNotItsDateAsOrderDate()
    {
        var page = SampleOrders.JapaneseHeader().Build();

        var doc = Extract.Run(page);

        Assert.Equal("0566-21-4411", doc.Source.SenderFax);
        Assert.Equal("2026-11-20", doc.Str("orderDate"));
    }

    /// <summary>The header's small font loses zeros ("0566" read "9566"); the FAX printed on the order is the number meant.</summary>
    [Theory]
    [InlineData("9566 21 4411", "0566-21-4411")]
    [InlineData("+81 566 21 4411", "0566-21-4411")]
    [InlineData("0566 21 4412", "0566-21-4412")] // 2 for a printed 0 or 1 is no lost zero: the header stands
    public void Extract_TakesThePrintedFaxNumber_WhenTheHeaderLostItsZeros(string header, string expected)
    {
        var page = SampleOrders.JapaneseHeader(faxNumber: header).Build();

        var doc = Extract.Run(page);

        Assert.Equal(expected, doc.Source.SenderFax);
    }

    /// <summary>Seed 157's tune-042: a garbled page counter read into the number ("r81532453371 17", 13 digits).</summary>
    [Theory]
    [InlineData("r81566214411 17", "0566-21-4411")] // the FAX printed on the order, within the run
    [InlineData("r0566214411 17", "0566-21-4411")]
    [InlineData("181566214411 17", "0566-21-4411")] // a speck read as a 1 before it too
    [InlineData("r81566214499 17", null)] // a number known nowhere: no guess at where it ends
    public void Extract_FindsAKnownFaxNumber_InAHeaderRunTooLongForOne(string header, string? expected)
    {
        var doc = Extract.Run(SampleOrders.JapaneseHeader(faxNumber: header).Build());

        Assert.Equal(expected, doc.Source.SenderFax);
    }

    [Fact]
    public void Extract_KnowsAFaxHeader_ByItsTimeAndADigitRunTooLongForANumber()
    {
        // The whole header as tune-042 read it: no page counter, no FAX/FROM, the number run into a counter's remains.
        var page = new PageBuilder(source: "ocr")
            .Text(40, 20, "26 11 25 12:30 1OYOHASHL JUSHL 181566214411 17", 0.8)
            .Text(700, 120, "注文書", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(1100, 430, "TEL 0566-21-4410 FAX 0566-21-4411", 0.95)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal("0566-21-4411", doc.Source.SenderFax);
    }

    [Fact]
    public void Extract_ReadsValueBelowLabel_WhenLabelCellIsAboveValueCell()
    {
        var page = new PageBuilder()
            .Text(700, 100, "発注書")
            .Text(100, 300, "発注番号").Text(500, 300, "発注日")
            .Text(100, 345, "A-2611-0042").Text(500, 345, "R8.11.20")
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal("A-2611-0042", doc.Str("orderNumber"));
        Assert.Equal("2026-11-20", doc.Str("orderDate"));
    }

    [Fact]
    public void Extract_CutsATextLayersAmountFromTheDateSetCloseAfterIt()
    {
        // Fresh seed 641's tune-051 (a text PDF): "465 2026年9月15日" stood under 納期 alone and the amount was lost to it.
        var page = new PageBuilder()
            .Text(700, 100, "注文書")
            .Text(80, 600, "No.").Text(200, 600, "品番").Text(450, 600, "品名").Text(800, 600, "数量").Text(1000, 600, "単価")
            .Text(1200, 600, "金額").Text(1450, 600, "納期")
            .Text(90, 660, "1").Text(200, 660, "PN-7012").Text(450, 660, "ノックピン").Right(860, 660, "10").Right(1060, 660, "31")
            .Right(1340, 660, "465").Text(1365, 660, "2026年9月15日")
            .Build();

        var line = Assert.Single(Extract.Run(page).Lines);

        Assert.Equal(465m, line["amount"].Num());
        Assert.Equal("2026-09-15", line["deliveryDate"].Value?.GetValue<string>());
    }

    [Fact]
    public void Extract_PairsALabelGarbledToATie_ByItsValuesKind()
    {
        // 注文日 read "注文 昌": one edit from 注文日, 注文者 (buyer) and 注文先 (supplier) alike. Only a date fits.
        var page = new PageBuilder()
            .Text(700, 100, "注文書")
            .Text(100, 300, "注文番号").Text(300, 300, "15-97463").Text(900, 300, "注文 昌").Text(1100, 300, "令和8年11月18日")
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal("2026-11-18", doc.Str("orderDate"));
        Assert.NotEqual("令和8年11月18日", doc.Str("buyerName"));
        Assert.NotEqual("令和8年11月18日", doc.Str("supplierName"));
    }

    [Fact]
    public void Extract_TakesTheLinesCommonDeliveryDate_ForAnUnreadHeaderDate_AndDoubtsIt()
    {
        // 納期 read "MAH": the header date has no label; both lines are due 2026-11-11, a week before the order.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "注文書", 0.95).Text(900, 300, "注文日", 0.95).Text(1100, 300, "2026年11月18日", 0.95)
            .Text(100, 350, "MAH", 0.4).Text(300, 350, "2026年11月11日", 0.95)
            .TableHeader(700).Text(1650, 700, "納期")
            .Text(70, 750, "1", 0.95).Text(160, 750, "MS-1001-A", 0.95).Text(480, 750, "シャフト", 0.95).Right(980, 750, "100", 0.95)
            .Text(1050, 750, "本", 0.95).Right(1260, 750, "320", 0.95).Right(1500, 750, "32,000", 0.95).Text(1650, 750, "11/11", 0.95)
            .Text(70, 800, "2", 0.95).Text(160, 800, "BU-2040", 0.95).Text(480, 800, "ブッシュ", 0.95).Right(980, 800, "50", 0.95)
            .Text(1050, 800, "個", 0.95).Right(1260, 800, "85.5", 0.95).Right(1500, 800, "4,275", 0.95).Text(1650, 800, "11/11", 0.95)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal("2026-11-11", doc.Str("deliveryDate"));
        Assert.True(doc.Fields["deliveryDate"].NeedsReview);
        Assert.Contains(doc.Problems, p => p.Code == "delivery_before_order");
    }

    [Fact]
    public void Extract_TakesTheLinesCommonDeliveryDate_ForAGarbledHeaderDate_WhereTheHeadersStands()
    {
        // seed 487's tune-021: 納期 "RO8/04705" did not parse, both lines are due R08/11/11.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "注文書", 0.95).Text(900, 300, "注文日", 0.95).Text(1100, 300, "2026年11月18日", 0.95)
            .Text(100, 350, "納期", 0.95).Text(300, 350, "RO8/11711", 0.6)
            .TableHeader(700).Text(1650, 700, "納期")
            .Text(70, 750, "1", 0.95).Text(160, 750, "MS-1001-A", 0.95).Text(480, 750, "シャフト", 0.95).Right(980, 750, "100", 0.95)
            .Text(1050, 750, "本", 0.95).Right(1260, 750, "320", 0.95).Right(1500, 750, "32,000", 0.95).Text(1650, 750, "R08/11/11", 0.95)
            .Text(70, 800, "2", 0.95).Text(160, 800, "BU-2040", 0.95).Text(480, 800, "ブッシュ", 0.95).Right(980, 800, "50", 0.95)
            .Text(1050, 800, "個", 0.95).Right(1260, 800, "85.5", 0.95).Right(1500, 800, "4,275", 0.95).Text(1650, 800, "R08/11/11", 0.95)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal("2026-11-11", doc.Str("deliveryDate"));
        Assert.True(doc.Fields["deliveryDate"].NeedsReview);
        Assert.Equal(350, doc.Fields["deliveryDate"].Box![1]);
        Assert.Contains(doc.Problems, p => p.Code == "delivery_before_order");
    }

    [Theory]
    [InlineData("11/11", "11/11", "KR", "2026-11-11")] // seed 307's tune-016: two of seven lines' dates did not parse
    [InlineData("11/11", "KR", "KR", null)] // one line read of three: not the lines' date
    public void Extract_TakesTheCommonDateOfMostLines_ForAnUnreadHeaderDate(string first, string second, string third, string? expected)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "注文書", 0.95).Text(900, 300, "注文日", 0.95).Text(1100, 300, "2026年11月18日", 0.95)
            .TableHeader(700).Text(1650, 700, "納期");
        var y = 750;
        foreach (var (part, due) in new[] { ("MS-1001-A", first), ("BU-2040", second), ("PN-7012", third) })
        {
            page.Text(70, y, ((y - 700) / 50).ToString(System.Globalization.CultureInfo.InvariantCulture), 0.95).Text(160, y, part, 0.95)
                .Text(480, y, "シャフト", 0.95).Right(980, y, "10", 0.95).Text(1050, y, "本", 0.95).Right(1260, y, "300", 0.95)
                .Right(1500, y, "3,000", 0.95).Text(1650, y, due, 0.9);
            y += 50;
        }

        var doc = Extract.Run(page.Build());

        Assert.Equal(expected, doc.Str("deliveryDate"));
        Assert.Equal(expected is not null, doc.Problems.Any(p => p.Code == "delivery_before_order"));
    }

    [Fact]
    public void Extract_ReadsTheDateBesideALabelWhoseLastLetterWasMisread()
    {
        // Seed 157's tune-066: "発行H | 2026-02-02", 日 read "H": "H" had been taken for the order date's value.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "注文書", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Cut(900, 400, "発行 H", 0.8).Text(1100, 400, "2026-02-02", 0.95)
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Build();

        Assert.Equal("2026-02-02", Extract.Run(page).Str("orderDate"));
    }

    [Fact]
    public void Extract_ReadsTheTotalAfterABracketedNote_WithTheCellRulingReadAsABar()
    {
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Text(900, 900, "合計 金額 ( 税 抜 ) |", 0.9).Right(1500, 900, "\\32.000", 0.9)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(32000m, doc.Fields["total"].Num());
    }

    [Fact]
    public void Extract_ReadsTheTotalAfterABracketedNote_WhoseClosingBracketStoodApart()
    {
        // Seed 269's tune-011: "合計金額 (税込 | ) 116,500円": "(税込" was taken for the total, unparsable, and the total
        // that did not add up was not reported.
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Text(900, 900, "合計 金額 (税込", 0.9).Text(1330, 900, ")", 0.9).Right(1500, 900, "32,000円", 0.9)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(32000m, doc.Fields["total"].Num());
    }

    [Fact]
    public void Extract_ReadsATableWhoseTwoLetterLabelsLostTheirSecondLetter()
    {
        // A G4 fax (seed 127's tune-011): 品名 read "品日", 数量 "数明", 単価 "単人" beside a read 単位.
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "型番").Text(480, 700, "品日").Text(900, 700, "数明").Text(1040, 700, "単位")
            .Text(1180, 700, "単人").Text(1420, 700, "ti We", 0.3)
            .Text(70, 750, "1", 0.95).Text(160, 750, "AS-2C01", 0.95).Text(480, 750, "シャフト ASSY", 0.95).Right(980, 750, "20", 0.95)
            .Text(1050, 750, "セット", 0.95).Right(1260, 750, "8,900", 0.95).Right(1500, 750, "178,100", 0.95)
            .Build();

        var doc = Extract.Run(page);

        var line = Assert.Single(doc.Lines);
        Assert.Equal(20m, line["quantity"].Num());
        Assert.Equal(8900m, line["unitPrice"].Num());
        Assert.Contains(doc.Problems, p => p.Code == "line_amount_mismatch");
    }

    [Fact]
    public void Extract_ReadsATableWhoseTwoLetterLabelsLostALetter_WhenOneFitsTwoColumns()
    {
        // A G3 fax (seed 137's tune-014): 品番 read "弄番" (品番 or 図番: the code below decides), then 品名 "品日" (品名 or
        // 品番, which is taken by then).
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "弄番").Text(480, 700, "品日").Text(900, 700, "数量").Text(1040, 700, "人潮位", 0.3)
            .Text(1180, 700, "単価").Text(1420, 700, "金額")
            .Text(70, 750, "1", 0.95).Text(160, 750, "BU-2045-01", 0.95).Text(480, 750, "フランジブッシュ", 0.95).Right(980, 750, "2,000", 0.95)
            .Text(1050, 750, "個", 0.95).Right(1260, 750, "142", 0.95).Right(1500, 750, "284,000", 0.95)
            .Build();

        var header = TableReader.Header(DocumentLayout.Build([page]), DocumentLayout.Build([page]).Rows.First(r => r.Box.Y >= 690), OrderSpecs.Lines);
        var line = Assert.Single(Extract.Run(page).Lines);

        Assert.Equal(["lineNo", "partNumber", "description", "quantity", "unitPrice", "amount"], header!.Select(c => c.Key));
        Assert.Equal("BU-2045-01", line["partNumber"].Value!.GetValue<string>());
        Assert.Equal("フランジブッシュ", line["description"].Value!.GetValue<string>());
        Assert.Equal(284000m, line["amount"].Num());
    }

    [Fact]
    public void Extract_ReadsTheLeadingColumns_WhenTheirLabelsGarbledLeftOfTheFirstOneRead()
    {
        // A G4 fax (seed 347's tune-042): No. read "Na,", 品番 "Be"; the descriptions took in both columns' cells and
        // "1 BR-3315 L型ブラケット" was accepted.
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "Na,", 0.5).Text(160, 700, "Be", 0.4).Text(480, 700, "品名").Text(900, 700, "数量").Text(1040, 700, "単位")
            .Text(1180, 700, "単価").Text(1420, 700, "金額")
            .Text(70, 750, "1", 0.95).Text(160, 750, "BR-3315", 0.95).Text(480, 750, "L型ブラケット", 0.95).Right(980, 750, "24", 0.95)
            .Text(1050, 750, "個", 0.95).Right(1260, 750, "923", 0.95).Right(1500, 750, "22,152", 0.95);
        foreach (var x in new[] { 50, 140, 460, 890, 1030, 1120, 1300, 1520 })
        {
            page.Vertical(x, 690, 790);
        }

        var line = Assert.Single(Extract.Run(page.Build()).Lines);

        Assert.Equal("BR-3315", line["partNumber"].Value!.GetValue<string>());
        Assert.Equal("L型ブラケット", line["description"].Value!.GetValue<string>());
    }

    [Fact]
    public void Extract_ReadsHeaderlessRowsWhoseNumbersWereMisread()
    {
        // G3 faxes (seeds 137, 113, 71): 1 read "]", 3 read "a" under row 2, row 4's amounts lost (kept in its place),
        // page 2's first row 5 read "4"; a totals row far below is no item.
        var first = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No. tiie Alte wil 族 旧 単位 間 休 am any", 0.4)
            .Text(70, 750, "]", 0.5).Text(160, 750, "MS-1002-A", 0.9).Text(480, 750, "シャフト", 0.9)
            .Right(980, 750, "1,200", 0.9).Text(1050, 750, "本", 0.9).Right(1260, 750, "385", 0.9).Right(1500, 750, "462,000", 0.9)
            .Text(70, 800, "2", 0.9).Text(160, 800, "BR-3315", 0.9).Text(480, 800, "L型ブラケット", 0.9)
            .Right(980, 800, "300", 0.9).Text(1050, 800, "個", 0.9).Right(1260, 800, "980", 0.9).Right(1500, 800, "294,000", 0.9)
            .Text(70, 850, "a", 0.4).Text(160, 850, "PN-7012", 0.9).Text(480, 850, "ノックピン", 0.9)
            .Right(980, 850, "60", 0.9).Text(1050, 850, "本", 0.9).Right(1260, 850, "31", 0.9).Right(1500, 850, "1,860", 0.9)
            .Text(70, 900, "4", 0.9).Text(160, 900, "KX-0417", 0.9).Text(480, 900, "ガイドレール", 0.9).Text(1100, 900, "Hii we", 0.3)
            .Build();
        var second = new PageBuilder(2)
            .Text(70, 300, "4", 0.6).Text(160, 300, "MS-1099", 0.9).Text(480, 300, "試作シャフト", 0.9)
            .Right(980, 300, "24", 0.9).Text(1050, 300, "本", 0.9).Right(1260, 300, "2,400", 0.9).Right(1500, 300, "57,600", 0.9)
            .Text(70, 350, "6", 0.9).Text(160, 350, "BU-2010", 0.9).Text(480, 350, "ブッシュ", 0.9)
            .Right(980, 350, "36", 0.9).Text(1050, 350, "個", 0.9).Right(1260, 350, "85.5", 0.9).Right(1500, 350, "3,078", 0.9)
            .Text(70, 600, "ti", 0.3).Text(160, 600, "aM: 小 etl", 0.3).Right(980, 600, "8", 0.3).Right(1260, 600, "5", 0.3).Right(1500, 600, "200", 0.3)
            .Build();

        var doc = Extract.Run([first, second]);

        Assert.Equal(
            ["MS-1002-A", "BR-3315", "PN-7012", "KX-0417", "MS-1099", "BU-2010"],
            doc.Lines.Select(l => l["partNumber"].Value!.GetValue<string>()));
        Assert.Null(doc.Lines[3]["amount"].Value);
        Assert.Equal(57600m, doc.Lines[4]["amount"].Num());
        Assert.All(doc.Lines, l => Assert.True(l["partNumber"].NeedsReview));
    }

    [Fact]
    public void Extract_KeepsTheOneUnreadableRowBetweenNumberedRows_WhenTheHeaderWasNotRead()
    {
        // Seed 239's tune-065: page 2's first row is No. 5 read "b", its quantity "Yd" and amount "ゴゴ"; then No. 6.
        var first = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No. mii 品名 2 \"ial am aay", 0.4)
            .Text(70, 750, "1", 0.9).Text(160, 750, "MS-1002-A", 0.9).Text(480, 750, "シャフト", 0.9)
            .Right(980, 750, "1,200", 0.9).Text(1050, 750, "本", 0.9).Right(1260, 750, "385", 0.9).Right(1500, 750, "462,000", 0.9)
            .Text(70, 800, "2", 0.9).Text(160, 800, "BR-3315", 0.9).Text(480, 800, "L型ブラケット", 0.9)
            .Right(980, 800, "300", 0.9).Text(1050, 800, "個", 0.9).Right(1260, 800, "980", 0.9).Right(1500, 800, "294,000", 0.9)
            .Build();
        var second = new PageBuilder(2)
            .Text(60, 250, "No. Lf 品名 Behl viii 條件 aay", 0.4)
            .Text(70, 300, "b", 0.4).Text(160, 300, "PN ‘O12", 0.5).Text(480, 300, "フックピビン", 0.5)
            .Right(980, 300, "Yd", 0.3).Right(1260, 300, "31", 0.9).Right(1500, 300, "ゴゴ", 0.3)
            .Text(70, 350, "4", 0.9).Text(160, 350, "MT-3001", 0.9).Text(480, 350, "丸棒", 0.9)
            .Right(980, 350, "10", 0.9).Text(1050, 350, "本", 0.9).Right(1260, 350, "420", 0.9).Right(1500, 350, "4,200", 0.9)
            .Build();

        var doc = Extract.Run([first, second]);

        Assert.Equal(4, doc.Lines.Count);
        Assert.True(doc.Lines[2]["description"].NeedsReview);
        Assert.Null(doc.Lines[2]["amount"].Value);
        Assert.Equal("MT-3001", doc.Lines[3]["partNumber"].Value!.GetValue<string>());
        Assert.Equal(4200m, doc.Lines[3]["amount"].Num());
    }

    [Fact]
    public void Extract_KeepsTheOneUnreadableRowBetweenNumberedRows_UnderAReadHeader()
    {
        // Row 3's No. read "b" and its quantity and amount lost: no item by its content, but row 4 follows row 2.
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1002-A", "シャフト", "1,200", "本", "385", "462,000"), ("BR-3315", "L型ブラケット", "300", "個", "980", "294,000"))
            .Text(70, 850, "b", 0.4).Text(160, 850, "PN‘O12", 0.5).Text(480, 850, "フックピビン", 0.5).Right(980, 850, "Yd", 0.3)
            .Right(1260, 850, "31", 0.9).Right(1500, 850, "ゴゴ", 0.3)
            .Text(70, 900, "4", 0.9).Text(160, 900, "MT-3001", 0.9).Text(480, 900, "丸棒", 0.9)
            .Right(980, 900, "10", 0.9).Text(1050, 900, "本", 0.9).Right(1260, 900, "420", 0.9).Right(1500, 900, "4,200", 0.9)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(4, doc.Lines.Count);
        Assert.Null(doc.Lines[2]["quantity"].Value);
        Assert.Equal("MT-3001", doc.Lines[3]["partNumber"].Value!.GetValue<string>());
    }

    [Fact]
    public void Extract_StopsHeaderlessRowsAtTheBlankBelowMark_ARemarkUnderItNoRow()
    {
        // Seed 277's tune-030: the header garbled; under 以下余白 (read "以下企白") and the totals, 備考's box read as a 4
        // before "分納不可" had made a fourth line.
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No. init baat intl Bik wa) 平価 Tm alll", 0.4)
            .Text(70, 750, "1", 0.9).Text(160, 750, "CL-5501", 0.9).Text(480, 750, "カラー", 0.9)
            .Right(980, 750, "100", 0.9).Text(1050, 750, "個", 0.9).Right(1260, 750, "46", 0.9).Right(1500, 750, "4,600", 0.9)
            .Text(70, 800, "2", 0.9).Text(160, 800, "GR-6100", 0.9).Text(480, 800, "ギヤ", 0.9)
            .Right(980, 800, "300", 0.9).Text(1050, 800, "個", 0.9).Right(1260, 800, "2,850", 0.9).Right(1500, 800, "855,000", 0.9)
            .Text(640, 850, "以下企白", 0.6)
            .Text(70, 1100, "3", 0.6).Text(160, 1100, "分納不可", 0.6)
            .Build();

        var lines = Extract.Run(page).Lines;

        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void Extract_KeepsAnUnreadableSecondRow_WhenTheNoCellsHoldCodesReadWithSpecksAndLowerCase()
    {
        // Seed 353's tune-004 (G3): 品番 lost from the header; "1・HS-8800" and "2wWS1405s°" in the No. cells went unnumbered,
        // row 2's quantity unread ("so"): it was dropped, and lines 3 to 8 were accepted one place up.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "PURCHASE ORDER", 0.95)
            .Text(60, 700, "No.").Text(480, 700, "Description").Text(900, 700, "Qty").Text(1180, 700, "Unit Price").Text(1420, 700, "Amount")
            .Text(70, 750, "1・HS-8800", 0.9).Text(480, 750, "Housing", 0.9).Right(980, 750, "24", 0.9).Right(1260, 750, "6,200", 0.9).Right(1500, 750, "148,800", 0.9)
            .Text(70, 800, "2wWS1405s°", 0.4).Text(480, 800, "Washer", 0.8).Right(980, 800, "so", 0.5).Right(1260, 800, "6.50", 0.9).Right(1500, 800, "a25", 0.4)
            .Text(70, 850, "3MT-3002", 0.9).Text(480, 850, "Square pipe", 0.9).Right(980, 850, "50", 0.9).Right(1260, 850, "1,350", 0.9).Right(1500, 850, "67,500", 0.9)
            .Build();

        var lines = Extract.Run(page).Lines;

        Assert.Equal(3, lines.Count);
        Assert.Equal("Square pipe", lines[2]["description"].Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("1TIS8800", "3BI1310")]
    [InlineData("1・TIS8800", "3wBI1310s°")] // a speck after the No., the code read in lower case
    public void Extract_KeepsAnUnreadableNumberedRow_WhenThePartNumberRanIntoTheNoCell(string first, string third)
    {
        // Seed 277's tune-015 (G3): "Part No." lost from the header, so "4BI1310" filled the No. cell; row 4's figures
        // unread ("bO", "1/50"), it had been dropped and row 5 taken for line 4.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "PURCHASE ORDER", 0.95)
            .Text(60, 700, "No.").Text(480, 700, "Description").Text(900, 700, "Qty").Text(1180, 700, "Unit Price").Text(1420, 700, "Amount")
            .Text(70, 750, first, 0.9).Text(480, 750, "Housing", 0.9).Right(980, 750, "300", 0.9).Right(1260, 750, "6,422", 0.9).Right(1500, 750, "1,926,600", 0.9)
            .Text(70, 800, "2MT3001", 0.9).Text(480, 800, "Round bar", 0.9).Right(980, 800, "50", 0.9).Right(1260, 800, "408", 0.9).Right(1500, 800, "20,400", 0.9)
            .Text(70, 850, third, 0.6).Text(480, 850, "Socket head bolt", 0.6).Right(980, 850, "bO", 0.3).Right(1260, 850, "3", 0.3).Right(1500, 850, "1/50", 0.3)
            .Text(70, 900, "4KX0417", 0.9).Text(480, 900, "Guide rail", 0.9).Right(980, 900, "20", 0.9).Right(1260, 900, "5,300", 0.9).Right(1500, 900, "106,000", 0.9)
            .Build();

        var lines = Extract.Run(page).Lines;

        Assert.Equal(4, lines.Count);
        Assert.Equal("Guide rail", lines[3]["description"].Value!.GetValue<string>());
        Assert.True(lines[2]["quantity"].NeedsReview);
    }

    [Theory]
    [InlineData("instruction", "As per separate instruction")] // seed 277's tune-047: a gap OCR saw inside the phrase
    [InlineData("Payment", "As per separate")] // a capital begins another cell
    public void Extract_ContinuesATextValueIntoTheNextSegment_WhenItGoesOnInLowerCase(string next, string expected)
    {
        var page = PurchaseOrderTable()
            .Text(80, 500, "Deliver To: As per separate", 0.95).Text(650, 500, next, 0.95)
            .Text(70, 750, "1", 0.97).Text(160, 750, "CL-5501", 0.97).Text(480, 750, "Collar", 0.97).Right(980, 750, "10", 0.97)
            .Right(1260, 750, "16.00", 0.97).Right(1500, 750, "160.00", 0.97)
            .Build();

        Assert.Equal(expected, Extract.Run(page).Str("deliveryLocation"));
    }

    [Fact]
    public void Extract_ContinuesAValueBelowItsLabelIntoTheNextSegment_WhenItGoesOnInLowerCase()
    {
        // Seed 337's tune-077: under Remarks, "Please attach the inspection | report." was accepted without its last word.
        var page = PurchaseOrderTable()
            .Text(70, 750, "1", 0.97).Text(160, 750, "CL-5501", 0.97).Text(480, 750, "Collar", 0.97).Right(980, 750, "10", 0.97)
            .Right(1260, 750, "16.00", 0.97).Right(1500, 750, "160.00", 0.97)
            .Text(80, 900, "Remarks", 0.95)
            .Text(80, 950, "Please attach the inspection", 0.95).Text(640, 950, "report.", 0.95)
            .Build();

        Assert.Equal("Please attach the inspection report.", Extract.Run(page).Str("notes"));
    }

    [Fact]
    public void Extract_TakesNoRowFromTheRulingsFeetReadAsLetters()
    {
        // Seed 277's tune-014, a scan: under the last row the column rulings' ends read "I I I I 1 1 1 1", a fifth line.
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000"), ("BU-2040", "ブッシュ", "50", "個", "85.5", "4,275"))
            .Text(70, 900, "I", 0.5).Text(160, 900, "I", 0.5).Text(480, 900, "I", 0.5).Text(900, 900, "1", 0.5)
            .Text(1050, 900, "1", 0.5).Text(1260, 900, "1", 0.5).Text(1500, 900, "1", 0.5)
            .Build();

        Assert.Equal(2, Extract.Run(page).Lines.Count);
    }

    [Fact]
    public void Extract_KeepsAnUnreadableFirstRow_WhenTheHeaderlessRowsBeginAtTwo()
    {
        // Seed 47's tune-065: row 1's unit price and unit were lost ("48 1H 。 bb 2,640"), row 2 multiplies out.
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No. WR, ll Ahh iy titi Pei", 0.4)
            .Text(70, 750, "1", 0.9).Text(160, 750, "SP9120", 0.9).Text(480, 750, "縮ばね", 0.9)
            .Right(980, 750, "48", 0.9).Text(1050, 750, "bb", 0.3).Right(1500, 750, "2,640", 0.9)
            .Text(70, 800, "2", 0.9).Text(160, 800, "MS-1002-A", 0.9).Text(480, 800, "シャフト", 0.9)
            .Right(980, 800, "24", 0.9).Text(1050, 800, "本", 0.9).Right(1260, 800, "385", 0.9).Right(1500, 800, "9,240", 0.9)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(["SP9120", "MS-1002-A"], doc.Lines.Select(l => l["partNumber"].Value!.GetValue<string>()));
    }

    [Fact]
    public void Extract_ReadsAMinusBeforeAQuantityAsASpeck()
    {
        var page = SampleOrders.JapaneseHeader().Table(700, ("BR-3315", "L型ブラケット", "-240", "個", "980", "235,200")).Build();

        var doc = Extract.Run(page);

        Assert.Equal(240m, doc.Lines[0]["quantity"].Num());
        Assert.True(doc.Lines[0]["quantity"].NeedsReview);
        Assert.DoesNotContain(doc.Problems, p => p.Code == "line_amount_mismatch");
    }

    [Theory]
    [InlineData("。")] // seed 331's tune-002: a speck read as a full stop after 納入日 was taken for its value, the date lost
    [InlineData("、")]
    public void Extract_ReadsTheDateRightOfALabelFollowedByAStopSpeck(string speck)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 120, "発注書", 0.95)
            .Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(80, 500, "納入日", 0.9).Text(200, 500, speck, 0.1).Text(330, 500, "令和8年3月23日", 0.9)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal("2026-03-23", doc.Fields["deliveryDate"].Value?.GetValue<string>());
    }

    [Theory]
    [InlineData(0)] // "合計金額 -"
    [InlineData(1)] // a speck cell of its own between label and value (seed 137's tune-065: "小計 | . | 2.365.280円")
    public void Extract_ReadsTheTotalRightOfALabelFollowedByADash(int speckCell)
    {
        var builder = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Right(1500, 900, "32,000 円", 0.9);
        var page = (speckCell == 0 ? builder.Text(900, 900, "合計金額 -", 0.9) : builder.Text(800, 900, "合計金額", 0.9).Text(1150, 900, ".", 0.3)).Build();

        var doc = Extract.Run(page);

        Assert.Equal(32000m, doc.Fields["total"].Num());
    }

    [Theory]
    [InlineData("6204501", true)] // the No. cell read as nonsense and no part number: which row is this?
    [InlineData("2", false)]
    public void Extract_DoubtsALineWithNeitherNumberNorPartNumber(string lineNo, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader().TableHeader(700)
            .Text(70, 750, "1", 0.95).Text(160, 750, "MS-1001-A", 0.95).Text(480, 750, "シャフト", 0.95).Right(980, 750, "100", 0.95)
            .Text(1050, 750, "本", 0.95).Right(1260, 750, "320", 0.95).Right(1500, 750, "32,000", 0.95)
            .Text(70, 800, lineNo, 0.95).Text(480, 800, "フランジブッシュ", 0.97).Right(980, 800, "240", 0.95)
            .Text(1050, 800, "個", 0.95).Right(1260, 800, "142", 0.95).Right(1500, 800, "34,080", 0.95)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(doubted, doc.Lines[1]["description"].NeedsReview);
    }

    [Fact]
    public void Extract_ReadsNumberedItemRows_WhenTheTableHeaderIsUnreadable()
    {
        // A 98-lpi fax (seed 101's tune-007): the header came out as nonsense; the rows are numbered and multiply out,
        // but for the second, whose amount is the document's error.
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No. tiie Alte wil 族 旧 単位 間 休 am any", 0.4)
            .Text(70, 750, "1", 0.9).Text(160, 750, "MS-1001-A", 0.9).Text(330, 750, "D86-6407", 0.9).Text(480, 750, "シャフト φ10", 0.9)
            .Right(980, 750, "1,200", 0.9).Text(1050, 750, "本", 0.9).Right(1260, 750, "320", 0.9).Right(1500, 750, "384,000", 0.9)
            .Text(1600, 750, "12 月 21 日", 0.9)
            .Text(70, 800, "2.", 0.9).Text(160, 800, "AS-2001", 0.9).Text(480, 800, "シャフト ASSY", 0.9)
            .Right(980, 800, "10", 0.9).Text(1050, 800, "セット", 0.9).Right(1260, 800, "8,900", 0.9).Right(1500, 800, "88,900", 0.9)
            .Text(1600, 800, "12 月 21 日", 0.9)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(2, doc.Lines.Count);
        Assert.Equal("MS-1001-A", doc.Lines[0]["partNumber"].Value!.GetValue<string>());
        Assert.Equal("シャフト φ10", doc.Lines[0]["description"].Value!.GetValue<string>());
        Assert.Equal(1200m, doc.Lines[0]["quantity"].Num());
        Assert.Equal("本", doc.Lines[0]["unit"].Value!.GetValue<string>());
        Assert.Equal(384000m, doc.Lines[0]["amount"].Num());
        Assert.Equal("2026-12-21", doc.Lines[1]["deliveryDate"].Value!.GetValue<string>());
        Assert.True(doc.Lines[0]["description"].NeedsReview); // placed by the row's grammar alone
        var mismatch = Assert.Single(doc.Problems, p => p.Code == "line_amount_mismatch");
        Assert.Contains("lines[1].amount", mismatch.Fields);
    }

    [Fact]
    public void Extract_SkipsTheNextPagesTitle_WhenItsRepeatedHeaderWasNotRead()
    {
        // Page 2 of a G3 order (seed 131's tune-025): its title row carries the order number's "6" under the amount column.
        var first = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000")).Build();
        var second = new PageBuilder(2)
            .Text(70, 100, "御", 0.6).Text(160, 100, "注文書(続き)", 0.8).Right(1500, 100, "6 帯号", 0.5)
            .Text(70, 350, "2").Text(160, 350, "BU-2040").Text(480, 350, "ブッシュ").Right(980, 350, "50").Text(1050, 350, "個")
            .Right(1260, 350, "85.5").Right(1500, 350, "4,275")
            .Build();

        var doc = Extract.Run([first, second]);

        Assert.Equal(["MS-1001-A", "BU-2040"], doc.Lines.Select(l => l["partNumber"].Value!.GetValue<string>()));
    }

    [Theory]
    [InlineData("24 240", 24, 240, false)] // quantity 10 × 24 = 240 (seed 131's tune-011, 単価 unread)
    [InlineData("4,820 48,200", 4820, 48200, false)]
    [InlineData("385 15.785", 385, 15785, true)] // seed 419's tune-061: the order's own amount wrong, no 38,515.785
    [InlineData("38 5,785", 38, 5785, true)]
    public void Extract_SplitsTheUnitPriceOffTheAmount_WhenItsColumnWasNotRead(string cell, double price, double amount, bool mismatch)
    {
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1420, 700, "金額")
            .Text(70, 750, "1", 0.95).Text(160, 750, "PN-7010", 0.95).Text(480, 750, "ピン φ6", 0.95).Right(980, 750, "10", 0.95)
            .Right(1500, 750, cell, 0.95)
            .Build();

        var doc = Extract.Run(page);
        var line = doc.Lines[0];

        Assert.Equal((decimal)price, line["unitPrice"].Num());
        Assert.Equal((decimal)amount, line["amount"].Num());
        Assert.Equal(mismatch, doc.Problems.Any(p => p.Code == "line_amount_mismatch"));
        Assert.Equal(mismatch, line["unitPrice"].NeedsReview && line["amount"].NeedsReview);
    }

    [Theory]
    [InlineData("25", "4,600", "115,00020260811", 115000, false)] // seed 71's tune-002: the delivery date beside it, its slashes lost
    [InlineData("120", "142", "17,040 2314", 17040, false)] // seed 113's tune-039: a remark run in
    [InlineData("25", "4,600", "115,50020260811", 11550020260811, true)] // printed wrong: read as it is, and reported
    public void Extract_TrimsWhatRanIntoTheAmountCell_WhenTheGroupedFigureMultipliesOut(string quantity, string price, string cell, double amount, bool mismatch)
    {
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("HS-8800", "ハウジング", quantity, "個", price, cell))
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal((decimal)amount, doc.Lines[0]["amount"].Num());
        Assert.Equal(mismatch, doc.Problems.Any(p => p.Code == "line_amount_mismatch"));
    }

    [Fact]
    public void Extract_TrimsWhatRanIntoTheAmountCell_OnceTheQuantityWasReadAgain()
    {
        // Seed 71's tune-002: the quantity only read on its second look, after the line was first put together.
        var page = SampleOrders.JapaneseHeader().Table(700, ("PL-4420", "ベースプレート", "2§", "枚", "4,600", "115,00020260811")).Build();

        var line = Extract.Run(page, look: new QuantityLook("25")).Lines[0];

        Assert.Equal(25m, line["quantity"].Num());
        Assert.Equal(115000m, line["amount"].Num());
        Assert.DoesNotContain(line["amount"].Reasons, r => r.StartsWith("failed_check", StringComparison.Ordinal));
    }

    private sealed class QuantityLook(string text) : ISecondLook
    {
        public string? Reread(int page, PixelBox box, ValueKind kind) => kind == ValueKind.Number ? text : null;
    }

    [Theory]
    [InlineData("000", true)] // seed 173's tune-026: "2 400 720 000", 200 × 2 = 400 by chance
    [InlineData("7/9", false)]
    public void Extract_DoubtsTheFiguresOfARowWhoseFiguresWereSplitAtTheirCommas(string afterAmount, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1099-C", "試作シャフト", "200", "本", "2", "400"))
            .Text(1600, 750, "720", 0.9).Text(1680, 750, afterAmount, 0.9)
            .Build();

        var line = Extract.Run(page).Lines[0];

        Assert.Equal(doubted, line["amount"].Reasons.Contains(ReviewReasons.Ambiguous));
        Assert.Equal(doubted, line["unitPrice"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Fact]
    public void Extract_KeepsEveryOrderField_WhenNotFound()
    {
        var doc = Extract.Run(new PageBuilder().Text(700, 100, "注文書").Text(100, 300, "注文番号 12345").Build());

        Assert.Equal(13, doc.Fields.Count);
        var total = doc.Fields["total"];
        Assert.Null(total.Value);
        Assert.True(total.NeedsReview);
        Assert.Contains(ReviewReasons.NotFound, total.Reasons);
        Assert.False(doc.Fields["notes"].NeedsReview);
    }

    [Fact]
    public void Extract_ReadsLinesAndTotals_WhenTableEndsWithBlankBelowAndTotalsRows()
    {
        var doc = Extract.Run(SampleOrders.Consistent());

        Assert.Equal(2, doc.Lines.Count);
        Assert.Equal("MS-1001-A", doc.Lines[0]["partNumber"].Value!.GetValue<string>());
        Assert.Equal("シャフト φ10", doc.Lines[0]["description"].Value!.GetValue<string>());
        Assert.Equal(100m, doc.Lines[0]["quantity"].Num());
        Assert.Equal("本", doc.Lines[0]["unit"].Value!.GetValue<string>());
        Assert.Equal(85.5m, doc.Lines[1]["unitPrice"].Num());
        Assert.Equal(4275m, doc.Lines[1]["amount"].Num());
        Assert.Equal(2m, doc.Lines[1]["lineNo"].Num());
        Assert.Equal(36275m, doc.Fields["subtotal"].Num());
        Assert.Equal(3627m, doc.Fields["tax"].Num());
        Assert.Empty(doc.Problems);
    }

    [Fact]
    public void Extract_ReadsTheSecondPageWithTheFirstPagesColumns_WhenItsRepeatedHeaderLostLabels()
    {
        // Page 2's header read "No. 品番 品名 Bu MA At 金額 備考": 品名 alone would run from 480 to 金額 and swallow the
        // quantity, unit and price. The form is the same, shifted 8 px on the second sheet.
        var first = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000")).Build();
        var second = new PageBuilder(2, source: "ocr")
            .Text(68, 300, "No.").Text(168, 300, "品番").Text(488, 300, "品名").Text(908, 300, "Bu").Text(1048, 300, "MA").Text(1188, 300, "At").Text(1428, 300, "金額").Text(1600, 300, "備考")
            .Text(78, 350, "2", 0.95).Text(168, 350, "BU-2040", 0.95).Text(488, 350, "ブッシュ", 0.95).Right(988, 350, "50", 0.95).Text(1058, 350, "個", 0.95)
            .Right(1268, 350, "85.5", 0.95).Right(1508, 350, "4,275", 0.95)
            .Build();

        var line = Extract.Run([first, second]).Lines[1];

        Assert.Equal("ブッシュ", line["description"].Value!.GetValue<string>());
        Assert.Equal(50m, line["quantity"].Num());
        Assert.Equal("個", line["unit"].Value!.GetValue<string>());
        Assert.Equal(85.5m, line["unitPrice"].Num());
    }

    [Theory]
    [InlineData("4", true)] // seed 439's tune-060: 個 read as a 4 on every line
    [InlineData("", false)] // no unit printed
    [InlineData("・", false)] // a speck in an empty cell
    public void Extract_SendsAUnitCellThatReadNoUnitToReview_EvenWhenNoLineHasAUnit(string cell, bool review)
    {
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("MS-1001-A", "シャフト", "100", cell, "320", "32,000"), ("BU-2040", "ブッシュ", "50", cell, "85.5", "4,275"))
            .Build();

        var lines = Extract.Run(page).Lines;

        Assert.All(lines, l => Assert.Equal(review, l["unit"].NeedsReview));
        Assert.All(lines, l => Assert.Null(l["unit"].Value));
    }

    [Theory]
    [InlineData(1, true)] // seed 409's tune-026: the one 個 lost
    [InlineData(2, false)] // two empty cells: the column was left blank
    public void Extract_SendsTheEmptyUnitCellOfAOneLineOrderToReview(int lines, bool review)
    {
        var rows = new[] { ("SP-9120", "圧縮ばね", "100", "", "55", "5,500"), ("BU-2040", "ブッシュ", "50", "", "85.5", "4,275") };
        var page = SampleOrders.JapaneseHeader().Table(700, rows[..lines]).Build();

        var unit = Extract.Run(page).Lines[0]["unit"];

        Assert.Null(unit.Value);
        Assert.Equal(review, unit.NeedsReview);
    }

    [Fact]
    public void Extract_ReadsTheFirstPageWithTheSecondPagesColumns_WhenItsHeaderLostLabels()
    {
        // Page 1's header read "No. 品番 ・品月 mR Bu 単価 金額" (品目, 数量 and 単位 garbled, half the row unmatched); page 2's repeat
        // lost 品番 instead ("中番", inferred as 品名 by its place). Each page's lost columns come from the other.
        var first = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "・品月").Text(900, 700, "mR").Text(1040, 700, "Bu")
            .Text(1180, 700, "単価").Text(1420, 700, "金額")
            .Text(70, 750, "1", 0.95).Text(160, 750, "MS-1001-A", 0.95).Text(480, 750, "シャフト", 0.95).Right(980, 750, "100", 0.95)
            .Text(1050, 750, "本", 0.95).Right(1260, 750, "320", 0.95).Right(1500, 750, "32,000", 0.95)
            .Build();
        var second = new PageBuilder(2, source: "ocr")
            .Text(68, 300, "No.").Text(168, 300, "中").Text(196, 300, "番").Text(908, 300, "数量").Text(1048, 300, "単位").Text(1188, 300, "単価").Text(1428, 300, "金額")
            .Text(78, 350, "2", 0.95).Text(168, 350, "BU-2040", 0.95).Text(488, 350, "ブッシュ", 0.95).Right(988, 350, "50", 0.95).Text(1058, 350, "個", 0.95)
            .Right(1268, 350, "85.5", 0.95).Right(1508, 350, "4,275", 0.95)
            .Build();

        var lines = Extract.Run([first, second]).Lines;

        Assert.Equal(2, lines.Count);
        Assert.Equal(100m, lines[0]["quantity"].Num());
        Assert.Equal("本", lines[0]["unit"].Value!.GetValue<string>());
        Assert.Equal("シャフト", lines[0]["description"].Value!.GetValue<string>());
        Assert.Equal("BU-2040", lines[1]["partNumber"].Value!.GetValue<string>());
        Assert.Equal("ブッシュ", lines[1]["description"].Value!.GetValue<string>());
    }

    [Fact]
    public void Extract_ReadsTheFirstPagesRows_WhenItsHeaderIsTooGarbledAloneButStandsWhereTheSecondPagesDoes()
    {
        // Seed 263's tune-066: page 1's header read "No. nah 唱名 数 呈人 単価 Al Hie%", too few letters of labels to be a
        // header on its own; page 2's repeat read whole, its labels at the same places. Page 1's five rows had been lost and
        // page 2's rows 6 and 7 taken for lines 1 and 2.
        var first = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "nah").Text(480, 700, "唱名").Text(900, 700, "数").Text(1040, 700, "呈人")
            .Text(1180, 700, "単価").Text(1420, 700, "Al").Text(1600, 700, "Hie%")
            .Text(70, 750, "1", 0.95).Text(160, 750, "MS-1002-A", 0.95).Text(480, 750, "シャフト", 0.95).Right(980, 750, "500", 0.95)
            .Text(1050, 750, "本", 0.95).Right(1260, 750, "385", 0.95).Right(1500, 750, "192,500", 0.95)
            .Text(70, 800, "2", 0.95).Text(160, 800, "BU-2040", 0.95).Text(480, 800, "ブッシュ", 0.95).Right(980, 800, "48", 0.95)
            .Text(1050, 800, "個", 0.95).Right(1260, 800, "85.50", 0.95).Right(1500, 800, "4,104", 0.95)
            .Build();
        var second = new PageBuilder(2, source: "ocr")
            .Text(60, 300, "No.").Text(160, 300, "品番").Text(480, 300, "品名").Text(900, 300, "数量").Text(1040, 300, "単位")
            .Text(1180, 300, "単価").Text(1420, 300, "金額").Text(1600, 300, "備考")
            .Text(70, 350, "3", 0.95).Text(160, 350, "BU-2045-01", 0.95).Text(480, 350, "フランジブッシュ", 0.95).Right(980, 350, "240", 0.95)
            .Text(1050, 350, "個", 0.95).Right(1260, 350, "142", 0.95).Right(1500, 350, "34,080", 0.95)
            .Build();

        var lines = Extract.Run([first, second]).Lines;

        Assert.Equal(["MS-1002-A", "BU-2040", "BU-2045-01"], lines.Select(l => l["partNumber"].Value!.GetValue<string>()));
        Assert.Equal(192500m, lines[0]["amount"].Num());
        Assert.Equal(48m, lines[1]["quantity"].Num());
    }

    [Fact]
    public void Extract_ReadsTheFirstPagesRows_WhenItsGarbledLabelsWouldSpellAnotherAcrossAColumnGap()
    {
        // Seed 283's tune-046 (G4): page 1's header read "No. | tes | me | BLM | 単価 | 金額 | 備考". "No." and "tes" spelled
        // "Notes" (備考) across the gap between their columns, and "tes", over part numbers, was inferred as 品名: page 1's
        // four rows were lost and page 2's rows 5 and 6 accepted as lines 1 and 2.
        var first = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(200, 700, "tes", 0.4).Text(480, 700, "me", 0.4).Text(900, 700, "BLM", 0.3)
            .Text(1180, 700, "単価").Text(1420, 700, "金額").Text(1600, 700, "備考")
            .Text(70, 750, "1", 0.95).Text(160, 750, "MT-3001", 0.95).Text(480, 750, "丸棒 S45C", 0.95).Right(980, 750, "500", 0.95)
            .Text(1050, 750, "kg", 0.95).Right(1260, 750, "420", 0.95).Right(1500, 750, "210,000", 0.95)
            .Text(70, 800, "2", 0.95).Text(160, 800, "HS-8800", 0.95).Text(480, 800, "ハウジング", 0.95).Right(980, 800, "10", 0.95)
            .Text(1050, 800, "個", 0.95).Right(1260, 800, "6,200", 0.95).Right(1500, 800, "62,000", 0.95)
            .Build();
        var second = new PageBuilder(2, source: "ocr")
            .Text(60, 300, "No.").Text(160, 300, "品番").Text(480, 300, "品名").Text(900, 300, "数量").Text(1040, 300, "単位")
            .Text(1180, 300, "単価").Text(1420, 300, "金額").Text(1600, 300, "備考")
            .Text(70, 350, "3", 0.95).Text(160, 350, "RL-1520", 0.95).Text(480, 350, "ローラー", 0.95).Right(980, 350, "10", 0.95)
            .Text(1050, 350, "個", 0.95).Right(1260, 350, "760", 0.95).Right(1500, 350, "7,600", 0.95)
            .Build();

        var lines = Extract.Run([first, second]).Lines;

        Assert.Equal(["MT-3001", "HS-8800", "RL-1520"], lines.Select(l => l["partNumber"].Value?.GetValue<string>()));
        Assert.Equal("丸棒 S45C", lines[0]["description"].Value?.GetValue<string>());
        Assert.Equal(500m, lines[0]["quantity"].Num());
    }

    [Fact]
    public void Extract_KeepsTwoUnreadableRowsBetweenNumberedRows_WhenTheHeaderWasNotRead()
    {
        // Seed 263's tune-026, both headers garbled: No. 4 at the foot of page 1 read "重 1 AS2001 … $,900 44,500" (a speck
        // before its No., its unit price unread), No. 5 atop page 2 "R】 HS8800 ハッジング 24 wl 6.200 148,800". Row 6 had
        // been taken for line 4, and every later line shifted.
        var first = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No. tilt Bat ty Ati ra fii", 0.4)
            .Text(70, 750, "1", 0.9).Text(160, 750, "GR-6100", 0.9).Text(480, 750, "ギヤ", 0.9)
            .Right(980, 750, "24", 0.9).Text(1050, 750, "個", 0.9).Right(1260, 750, "2,850", 0.9).Right(1500, 750, "68,400", 0.9)
            .Text(70, 800, "2", 0.9).Text(160, 800, "CL-5501", 0.9).Text(480, 800, "カラー", 0.9)
            .Right(980, 800, "120", 0.9).Text(1050, 800, "個", 0.9).Right(1260, 800, "46", 0.9).Right(1500, 800, "5,520", 0.9)
            .Text(70, 850, "3", 0.9).Text(160, 850, "PN-7012", 0.9).Text(480, 850, "ノックピン", 0.9)
            .Right(980, 850, "240", 0.9).Text(1050, 850, "本", 0.9).Right(1260, 850, "31", 0.9).Right(1500, 850, "7,440", 0.9)
            .Text(20, 900, "重", 0.3).Text(70, 900, "1", 0.5).Text(160, 900, "AS2001", 0.9).Text(480, 900, "シャフトASSY", 0.9)
            .Text(800, 900, "時」", 0.3).Text(1050, 900, "セット", 0.9).Right(1260, 900, "$,900", 0.4).Right(1500, 900, "44,500", 0.9)
            .Build();
        var second = new PageBuilder(2, source: "ocr")
            .Text(60, 250, "No. hth 品日 Mek 単位 efi emi fi", 0.4)
            .Text(70, 300, "R】", 0.3).Text(160, 300, "HS8800", 0.9).Text(480, 300, "ハッジング", 0.6)
            .Right(980, 300, "24", 0.9).Text(1050, 300, "wl", 0.3).Right(1260, 300, "6.200", 0.8).Right(1500, 300, "148,800", 0.9)
            .Text(70, 350, "6", 0.9).Text(160, 350, "RL-1520", 0.9).Text(480, 350, "ローラー", 0.9)
            .Right(980, 350, "300", 0.9).Text(1050, 350, "個", 0.9).Right(1260, 350, "688", 0.9).Right(1500, 350, "206,400", 0.9)
            .Build();

        var lines = Extract.Run([first, second]).Lines;

        Assert.Equal(6, lines.Count);
        Assert.Equal("AS2001", lines[3]["partNumber"].Value!.GetValue<string>());
        Assert.Equal("HS8800", lines[4]["partNumber"].Value!.GetValue<string>());
        Assert.Equal(206400m, lines[5]["amount"].Num());
        Assert.True(lines[3]["partNumber"].NeedsReview);
    }

    [Theory]
    [InlineData("48000", true)] // 480.00 with its decimal point lost (seed 31's tune-051)
    [InlineData("480.00", false)]
    public void Extract_DoubtsAnAmountWithoutCents_WhenTheColumnPrintsCents(string amount, bool doubted)
    {
        var page = PurchaseOrderTable()
            .Text(70, 750, "1", 0.97).Text(160, 750, "CL-5501", 0.97).Text(480, 750, "Collar", 0.97).Right(980, 750, "10", 0.97)
            .Right(1260, 750, "16.00", 0.97).Right(1500, 750, "160.00", 0.97)
            .Text(70, 800, "2", 0.97).Text(160, 800, "MT-3001", 0.97).Text(480, 800, "Round bar", 0.97).Right(980, 800, "150", 0.97)
            .Right(1260, 800, "8.34", 0.97).Right(1500, 800, "1,251.00", 0.97)
            .Text(70, 850, "3", 0.97).Text(160, 850, "WS-1405", 0.97).Text(480, 850, "Washer", 0.97).Right(980, 850, "2,000", 0.97)
            .Right(1260, 850, "0 24", 0.97).Right(1500, 850, amount, 0.97)
            .Build();

        var line = Extract.Run(page).Lines[2];

        Assert.Equal(doubted, line["amount"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("16.00", "160.00", "1,251.00", "USD", false)] // cents: dollars, though no "$" was read
    [InlineData("16", "160", "1,251", "JPY", false)] // whole figures: yen
    [InlineData("16", "160.00", "1,251", "JPY", true)] // the figures disagree: the guess stays a guess
    public void Extract_NamesTheCurrencyByItsFigures_WhenNoMarkWasRead(string price, string amount, string second, string expected, bool doubted)
    {
        var page = PurchaseOrderTable()
            .Text(70, 750, "1", 0.97).Text(160, 750, "CL-5501", 0.97).Text(480, 750, "Collar", 0.97).Right(980, 750, "10", 0.97)
            .Right(1260, 750, price, 0.97).Right(1500, 750, amount, 0.97)
            .Text(70, 800, "2", 0.97).Text(160, 800, "MT-3001", 0.97).Text(480, 800, "Round bar", 0.97).Right(980, 800, "1", 0.97)
            .Right(1260, 800, second, 0.97).Right(1500, 800, second, 0.97)
            .Build();

        var currency = Extract.Run(page).Fields["currency"];

        Assert.Equal(doubted ? "JPY" : expected, currency.Value!.GetValue<string>());
        Assert.Equal(doubted, currency.NeedsReview);
    }

    [Theory]
    [InlineData(". | Grand Tota")] // seed 47's tune-015: the cell's left ruling and a speck before a label one letter short
    [InlineData("Grand Total")]
    public void Extract_FindsATotalLabelBehindItsCellsRuling(string label)
    {
        var page = PurchaseOrderTable()
            .Text(70, 750, "1", 0.97).Text(160, 750, "CL-5501", 0.97).Text(480, 750, "Collar", 0.97).Right(980, 750, "10", 0.97)
            .Right(1260, 750, "16.00", 0.97).Right(1500, 750, "160.00", 0.97)
            .Text(900, 850, label, 0.9).Right(1500, 850, "160.00 |", 0.95)
            .Build();

        Assert.Equal(160.00m, Extract.Run(page).Fields["total"].Num());
    }

    [Theory]
    [InlineData("3", "4", true)] // a row read unnumbered first, then rows numbered 3 and 4: row 2 lost, the rest stands shifted
    [InlineData("1", "2", false)]
    [InlineData("7", "2", false)] // one odd number is a misread 1
    public void Extract_ReviewsEveryLine_WhenItsNumbersShowRowsBeforeItWereNotRead(string first, string second, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .TableHeader(700)
            .Text(160, 750, "PL-4420", 0.97).Text(480, 750, "プレート", 0.97).Right(980, 750, "10", 0.97)
            .Text(1050, 750, "枚", 0.97).Right(1260, 750, "100", 0.97).Right(1500, 750, "1,000", 0.97)
            .Text(70, 800, first, 0.97).Text(160, 800, "MS-1001-A", 0.97).Text(480, 800, "シャフト", 0.97).Right(980, 800, "100", 0.97)
            .Text(1050, 800, "本", 0.97).Right(1260, 800, "320", 0.97).Right(1500, 800, "32,000", 0.97)
            .Text(70, 850, second, 0.97).Text(160, 850, "BU-2040", 0.97).Text(480, 850, "ブッシュ", 0.97).Right(980, 850, "50", 0.97)
            .Text(1050, 850, "個", 0.97).Right(1260, 850, "85.5", 0.97).Right(1500, 850, "4,275", 0.97)
            .Build();

        var lines = Extract.Run(page).Lines;

        Assert.Equal(doubted, lines.Skip(1).All(l => l["partNumber"].Reasons.Contains(ReviewReasons.Ambiguous) && l["amount"].NeedsReview));
        Assert.Equal(doubted, lines[2]["description"].NeedsReview);
    }

    [Fact]
    public void Extract_InfersTheQuantityAndAmountColumns_WhenAHeaderLostThreeOfEightLabels()
    {
        // A 98-lpi fax (seed 101's tune-042): 数量 read "数呈", 金額 "Lili", 備考 "tne"; "・仁欄" is the rest of 品名・仕様.
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "型番").Text(480, 700, "品名").Text(530, 700, "・仁欄").Text(920, 700, "数呈")
            .Text(1050, 700, "単位").Text(1180, 700, "単価").Text(1340, 700, "Lili").Text(1500, 700, "tne")
            .Text(70, 750, "1", 0.95).Text(160, 750, "PL-4420", 0.95).Text(480, 750, "ベースプレート", 0.95).Right(980, 750, "25", 0.95)
            .Text(1050, 750, "枚", 0.95).Right(1260, 750, "4,863", 0.95).Right(1440, 750, "121,575", 0.95)
            .Build();

        var line = Assert.Single(Extract.Run(page).Lines);

        Assert.Equal(25m, line["quantity"].Num());
        Assert.Equal(4863m, line["unitPrice"].Num());
        Assert.Equal(121575m, line["amount"].Num());
        Assert.Equal("ベースプレート", line["description"].Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("Page", "2 of 2")] // "Page" in the description column, "2 of 2" in the quantity column
    [InlineData("", "2/2")]
    [InlineData("", "- 2 -")]
    public void Extract_DoesNotTakeAPageNumberUnderTheTableAsALine(string word, string number)
    {
        var first = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000")).Build();
        var second = new PageBuilder(2).Table(300, ("BU-2040", "ブッシュ", "50", "個", "85.5", "4,275")).Text(480, 400, word).Text(930, 400, number).Build();

        var doc = Extract.Run([first, second]);

        Assert.Equal(2, doc.Lines.Count);
    }

    [Fact]
    public void Extract_ContinuesTable_OnSecondPageWithAndWithoutRepeatedHeader()
    {
        var first = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000")).Build();
        var repeated = new PageBuilder(2).Table(300, ("BU-2040", "ブッシュ", "50", "個", "85.5", "4,275")).Totals(500, "36,275", "3,627", "39,902").Build();
        var bare = new PageBuilder(2).Text(70, 350, "2").Text(160, 350, "BU-2040").Text(480, 350, "ブッシュ").Right(980, 350, "50").Text(1050, 350, "個")
            .Right(1260, 350, "85.5").Right(1500, 350, "4,275").Totals(500, "36,275", "3,627", "39,902").Build();

        var a = Extract.Run([first, repeated]);
        var b = Extract.Run([first, bare]);

        Assert.Equal(["MS-1001-A", "BU-2040"], a.Lines.Select(l => l["partNumber"].Value!.GetValue<string>()));
        Assert.Equal(["MS-1001-A", "BU-2040"], b.Lines.Select(l => l["partNumber"].Value!.GetValue<string>()));
        Assert.Equal(2, a.Lines[1]["amount"].Page);
        Assert.Equal(36275m, b.Fields["subtotal"].Num());
    }

    [Theory]
    [InlineData("3", "4", 4)] // seed 587's tune-007: the table's top rows lost on a 98-lpi fax
    [InlineData("1", "2", 2)]
    [InlineData("3", "7", 2)] // a single number out of place is a misread, not lost rows
    public void Extract_PutsLostRowsBeforeTheFirstLineRead_WhenItsNumbersRunOnFromAboveOne(string first, string second, int count)
    {
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1180, 700, "単価").Text(1420, 700, "金額")
            .Text(70, 750, first).Text(160, 750, "MS-1001-A").Text(480, 750, "シャフト").Right(980, 750, "100").Right(1260, 750, "320").Right(1500, 750, "32,000")
            .Text(70, 800, second).Text(160, 800, "BU-2040").Text(480, 800, "ブッシュ").Right(980, 800, "50").Right(1260, 800, "85.5").Right(1500, 800, "4,275")
            .Build();

        var lines = Extract.Run(page).Lines;

        Assert.Equal(count, lines.Count);
        Assert.Equal("MS-1001-A", lines[count - 2]["partNumber"].Value!.GetValue<string>());
        Assert.All(lines.Take(count - 2).SelectMany(l => l.Values), f => Assert.Null(f.Value));
        Assert.All(lines.Take(count - 2), l => Assert.True(l["partNumber"].NeedsReview && l["quantity"].NeedsReview && l["amount"].NeedsReview));
    }

    [Theory]
    [InlineData("次 頁 へ 続く")]
    [InlineData("次買へ続く")] // 頁 as a fax read it (seed 463's tune-034)
    [InlineData("1/2")] // the page number alone
    public void Extract_SkipsWhatFollowsContinuedOnNextPage_OnItsPage(string mark)
    {
        // Page 1 of a form fed upside down: the fax header ends up at the bottom, turned, and reads as nonsense across
        // the columns. Taken as an item, it would sit between the pages' rows as line 2.
        var first = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト", "100", "本", "320", "32,000"))
            .Text(1300, 850, mark, 0.9)
            .Text(70, 2200, "・", 0.4).Text(160, 2200, "G9T - 200/100'd", 0.5).Text(480, 2200, "6s9r-1", 0.4).Right(980, 2200, "12", 0.5)
            .Text(1050, 2200, "ELGG", 0.4).Right(1260, 2200, "999", 0.4).Right(1500, 2200, "9707-81-44", 0.4)
            .Build();
        var second = new PageBuilder(2).Table(300, ("BU-2040", "ブッシュ", "50", "個", "85.5", "4,275")).Totals(500, "36,275", "3,627", "39,902").Build();

        var doc = Extract.Run([first, second]);

        Assert.Equal(["MS-1001-A", "BU-2040"], doc.Lines.Select(l => l["partNumber"].Value!.GetValue<string>()));
    }

    [Fact]
    public void Extract_TellsGarbledLabelsApartByTheCellsBelow_WhenFewerThanTheMissingColumns()
    {
        // Seed 139's tune-029 (G4): "No. 品番 as Ae,+(BR wa 単価 金額 納期". Three unread labels for four missing columns (図番,
        // 品名・仕様, 数量, 単位): codes, words and numbers below them make them 図番, 品名 and 数量, not 品名, 数量 and 単位.
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(200, 700, "品番").Text(420, 700, "as").Text(650, 700, "Ae,+(BR").Text(920, 700, "wa")
            .Text(1060, 700, "単価").Text(1250, 700, "金額").Text(1450, 700, "納期")
            .Text(60, 750, "1").Text(160, 750, "GR-6100").Text(400, 750, "D26-4922").Text(560, 750, "ギヤ").Text(640, 750, "M1.5Z24")
            .Right(990, 750, "500").Right(1140, 750, "2,850").Right(1390, 750, "1,425,000").Text(1430, 750, "R8.7.22")
            .Text(60, 800, "2").Text(160, 800, "PN-7010").Text(400, 800, "D76-2513").Text(560, 800, "ピン").Text(640, 800, "φ6")
            .Right(990, 800, "500").Right(1140, 800, "24").Right(1390, 800, "12,000").Text(1430, 800, "R8.6.30")
            .Vertical(40, 690, 830).Vertical(140, 690, 830).Vertical(380, 690, 830).Vertical(540, 690, 830).Vertical(860, 690, 830)
            .Vertical(1000, 690, 830).Vertical(1150, 690, 830).Vertical(1400, 690, 830).Vertical(1560, 690, 830)
            .Build();

        var lines = Extract.Run(page).Lines;

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("ギヤ", lines[0]["description"].Value!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(500m, lines[0]["quantity"].Num());
        Assert.Equal(12000m, lines[1]["amount"].Num());
    }

    [Theory]
    [InlineData("2026/12/10", "2026-12-10")] // seed 137's tune-059 (G3): 納期 read "am", the dates below unclaimed
    [InlineData("至急", null)] // text after 金額 is no date column
    public void Extract_TakesAnUnreadLabelAfterTheAmountAsTheDeliveryDate_OverDates(string cell, string? expected)
    {
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1180, 700, "単価")
            .Text(1420, 700, "金額").Text(1600, 700, "am")
            .Text(70, 750, "1").Text(160, 750, "MS-1001-A").Text(480, 750, "シャフト").Right(980, 750, "100")
            .Right(1260, 750, "320").Right(1500, 750, "32,000").Text(1590, 750, cell)
            .Build();

        var line = Extract.Run(page).Lines[0];

        Assert.Equal(expected, line["deliveryDate"].Value?.GetValue<string>());
        Assert.False(line["deliveryDate"].NeedsReview); // "至急" is not taken for an unreadable date
        Assert.Equal(32000m, line["amount"].Num());
    }

    [Fact]
    public void Extract_UsesRulingLinesForColumns_WhenTheyExist()
    {
        // The quantity is printed far left in its cell, nearer the 品名 header than its own: the ruling decides.
        var page = SampleOrders.JapaneseHeader()
            .Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1180, 700, "単価").Text(1420, 700, "金額")
            .Text(160, 750, "MS-1001-A").Text(480, 750, "シャフト").Text(830, 750, "100").Right(1260, 750, "320").Right(1500, 750, "32,000")
            .Vertical(820, 690, 800).Vertical(1100, 690, 800).Vertical(1350, 690, 800)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(100m, doc.Lines[0]["quantity"].Num());
        Assert.Equal("シャフト", doc.Lines[0]["description"].Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("AAW: 2026 03 27", "2026-03-27")] // seed 83's tune-021: 納期 garbled on a 98-lpi fax, the date before the order's
    [InlineData("45 ANY 2026-09-15 my Ik", "2026-09-15")] // seed 71's tune-047
    [InlineData("見積日: 2026 03 27", null)] // a label read whole names another date
    [InlineData("納 基 2026/03/27", "2026-03-27")] // seed 383's tune-019: 納期 with 期 misread
    [InlineData("入 日 2026/03/27", "2026-03-27")] // 納入日 with its first letter lost
    [InlineData("行 日 2026/03/27", null)] // the end of 発行日: the order's date, not the delivery's
    public void Extract_TakesTheHeadersOtherDateAsTheDeliveryDate_WhenItsLabelWasLost(string text, string? expected)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "注文書", 0.95).Text(1100, 200, "発行日: 2026年4月6日", 0.95)
            .Text(80, 300, "株式会社三河精密 御中", 0.95).Text(80, 500, text, 0.8)
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(expected, doc.Str("deliveryDate"));
        Assert.Equal(expected?.StartsWith("2026-03", StringComparison.Ordinal) == true, doc.Problems.Any(p => p.Code == "delivery_before_order"));
        Assert.True(doc.Fields["deliveryDate"].NeedsReview);
    }

    [Theory]
    [InlineData(true, true)] // seed 307's tune-027: 以下余白 read "DhARE | 7" under a No. column, its line 6 accepted
    [InlineData(false, false)] // a form without a No. column: the position is the number
    public void Extract_DoubtsTheLineNumberOfAnUnnumberedRow_OnlyUnderANoColumn(bool noColumn, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader();
        if (noColumn)
        {
            page.Text(60, 700, "No.");
        }

        page.Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1040, 700, "単位").Text(1180, 700, "単価").Text(1420, 700, "金額")
            .Text(160, 750, "MS-1001-A", 0.95).Text(480, 750, "シャフト", 0.95).Right(980, 750, "100", 0.95).Text(1050, 750, "本", 0.95)
            .Right(1260, 750, "320", 0.95).Right(1500, 750, "32,000", 0.95);

        var lineNo = Extract.Run(page.Build()).Lines[0]["lineNo"];

        Assert.Equal(1m, lineNo.Num());
        Assert.Equal(doubted, lineNo.NeedsReview);
    }

    [Theory]
    [InlineData("本社倉庫", "本社倉庫")] // seed 293's tune-044, a 98-lpi fax: 納入場所 read "“ae", the place accepted as none
    [InlineData("弊社  安城工場", "弊社 安城工場")] // (two spaces: a printed blank, PageBuilder's way)
    [InlineData("愛知県安城市", null)] // an address is no delivery place
    public void Extract_OffersAPlaceAboveTheLinesAsTheDeliveryLocation_WhenItsLabelWasLost(string printed, string? expected)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(1000, 100, "注文書", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(100, 500, "“ae", 0.3).Cut(400, 500, printed, 0.9)
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Build();

        var location = Extract.Run(page).Fields["deliveryLocation"];

        Assert.Equal(expected, location.Value?.GetValue<string>());
        Assert.True(expected is null || location.NeedsReview);
    }

    [Theory]
    [InlineData("3845H", "2026/01/07", true, "2026-01-07")] // seed 283's tune-007: 発行日 in a shaded cell binarised to "3845H"
    [InlineData("", "2026/01/07", true, "2026-01-07")]
    [InlineData("見積日", "2026/01/07", true, null)] // a label read whole names another date
    [InlineData("Eg 行 日", "2026/01/07", true, "2026-01-07")] // seed 379's tune-057: 発行日 with its 発 lost
    [InlineData("", "全日  行日  202  2026/01/07", true, "2026-01-07")] // seed 379's tune-057 re-read: 発's strokes read as a word of their own
    [InlineData("注文 昌", "2026/01/07", true, "2026-01-07")] // 注文日 with 日 misread
    [InlineData("入日", "2026/01/07", true, null)] // the end of 納入日: a delivery date's label
    [InlineData("", "2076/01/07", true, null)] // seed 31's tune-056: 2026 read "2076", no order that far from its delivery
    [InlineData("", "2025/12/28", true, null)] // a delivery date printed twice: not the order's
    [InlineData("", "2026/01/07", false, null)] // no delivery date read: the unlabelled date may be the 納期 itself
    public void Extract_TakesTheHeadersOtherDateAsTheOrderDate_WhenItsLabelWasLost(string label, string printed, bool delivery, string? expected)
    {
        var builder = new PageBuilder(source: "ocr")
            .Text(1000, 100, "注文書", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(100, 500, "発注番号 2601623", 0.9);
        if (label.Length > 0)
        {
            builder.Text(800, 500, label, 0.4);
        }

        if (delivery)
        {
            builder.Text(100, 580, "納期 2025/12/28", 0.9);
        }

        var page = builder.Cut(1100, 500, printed, 0.9)
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(expected, doc.Str("orderDate"));
        Assert.True(doc.Fields["orderDate"].NeedsReview);
        Assert.Equal(expected is not null, doc.Problems.Any(p => p.Code == "delivery_before_order"));
    }

    [Theory]
    [InlineData("布党納期", "2025-12-28", "2026-01-07")] // seed 643's tune-019: 希望納期 garbled, 納期 whole at its end; 発注日 read "SELL"
    [InlineData("布党", null, null)] // nothing tells which date is which
    public void Extract_TakesBothHeaderDates_WhenTheDeliveryLabelEndsInAWholeOne(string label, string? delivery, string? order)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(1000, 100, "注文書", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(100, 450, "発注番号 2601623", 0.9).Text(100, 500, "SELL", 0.3).Cut(300, 500, "2026  01  07", 0.9)
            .Text(100, 580, label, 0.4).Cut(400, 580, "2025  12  28", 0.9)
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(delivery, doc.Str("deliveryDate"));
        Assert.Equal(order, doc.Str("orderDate"));
        Assert.Equal(order is not null, doc.Problems.Any(p => p.Code == "delivery_before_order"));
    }

    [Theory]
    [InlineData("御注文 EI", "2026-01-07")] // seed 431's tune-075: the title, its 書 lost, shares its row with the date
    [InlineData("注文日", "2026-01-07")] // the date's own label
    [InlineData("有効期限", null)] // another date's label
    public void Extract_TakesTheDateBesideTheTitle_AsTheOrderDate(string before, string? expected)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(1000, 20, "注文書", 0.95).Text(900, 100, before, 0.6).Text(1400, 100, "“¥EXCO 2026-01-07", 0.8)
            .Text(80, 300, "株式会社三河精密 御中", 0.95).Text(100, 500, "発注番号 2601623", 0.9).Text(100, 580, "納期 2025/12/28", 0.9)
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(DocumentTypes.Order, doc.DocumentType);
        Assert.Equal(expected, doc.Str("orderDate"));
        Assert.Equal(expected is not null, doc.Problems.Any(p => p.Code == "delivery_before_order"));
    }

    /// <summary>An English purchase order's title and line table header (Item, Part No., Description, Qty, Unit Price, Amount).</summary>
    private static PageBuilder PurchaseOrderTable() => new PageBuilder(source: "ocr")
        .Text(700, 100, "PURCHASE ORDER", 0.95)
        .Text(60, 700, "Item").Text(160, 700, "Part No.").Text(480, 700, "Description").Text(900, 700, "Qty")
        .Text(1180, 700, "Unit Price").Text(1420, 700, "Amount");

    [Theory]
    [InlineData("16,700", true)] // seed 431's tune-034: two lines off by a 2 read 7, a third multiplying out with 7s in it
    [InlineData("16,200", false)] // one such line is a misread or the order's own mistake, no habit of the page
    public void Extract_DoubtsALineThatMultipliesOut_WithTheDigitThePageMisreads(string secondAmount, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .Table(700, ("HS-8800", "ハウジング", "200", "個", "5,964", "1,197,800"), ("MT-3002", "角パイプ", "12", "本", "1,350", secondAmount),
                ("AS-2001", "シャフトASSY", "10", "セット", "8,078", "80,780"), ("BU-2040", "ブッシュ", "1000", "個", "85.5", "85,500"))
            .Build();

        var lines = Extract.Run(page).Lines;

        Assert.Equal(doubted, lines[2]["amount"].NeedsReview);
        Assert.Equal(doubted, lines[2]["unitPrice"].NeedsReview);
        Assert.False(lines[3]["amount"].NeedsReview); // no 7 in it
    }

    [Theory]
    [InlineData("木社倉庫", "本社倉庫", true)] // seed 431's tune-075: 本 read 木, accepted
    [InlineData("弊杜安城工場", "弊社安城工場", true)]
    [InlineData("本社倉庫", "本社倉庫", false)]
    [InlineData("木材センター", "木材センター", false)] // no owner word, no place word: read as printed
    public void Extract_PutsBackTheOwnerWordOfADeliveryPlace_MisreadByALookalike(string read, string expected, bool doubted)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 120, "注文書", 0.95).Text(1100, 200, "注文番号: PO-26-0112", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(80, 500, "納入場所", 0.95).Text(300, 500, read, 0.97)
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Build();

        var field = Extract.Run(page).Fields["deliveryLocation"];

        Assert.Equal(expected, field.Value?.GetValue<string>());
        Assert.Equal(doubted, field.Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("ガイ  ドレール", "ガイドレール", true)] // seed 373's tune-063: the engine saw a blank in a faint letter, accepted
    [InlineData("ガイドレール", "ガイドレール", false)]
    [InlineData("シャフト  ASSY", "シャフト ASSY", false)] // a blank before a Latin word is printed
    public void Extract_JoinsAKatakanaNameTheEngineSawABlankIn(string printed, string expected, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader().TableHeader(700)
            .Text(70, 750, "1", 0.97).Text(160, 750, "KX-0417", 0.97).Cut(480, 750, printed, 0.97).Right(980, 750, "150", 0.97)
            .Text(1050, 750, "本", 0.97).Right(1260, 750, "5,300", 0.97).Right(1500, 750, "795,000", 0.97)
            .Build();

        var description = Extract.Run(page).Lines[0]["description"];

        Assert.Equal(expected, description.Value!.GetValue<string>());
        Assert.Equal(doubted, description.Reasons.Contains(ReviewReasons.Ambiguous));
    }
}
