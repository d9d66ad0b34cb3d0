namespace DocIntake.Core.Tests.Extraction;

/// <summary>Measurement tables whose header labels a 98-lpi fax garbled, read from their ruled cells.</summary>
public class GarbledHeaderTests
{
    private static readonly int[] Rulings = [40, 140, 380, 700, 850, 1000, 1150, 1300];

    [Theory]
    [InlineData("No.|ital|Ma|ul|ne|“3|\"ae", true, 3)] // seed 599's tune-030: nothing but No. read
    [InlineData("No.|2588|規格|nl|n2|n3|判定", true, 3)] // seed 577's tune-045: 検査項目 read as figures, every row lost
    [InlineData("No.|ital|Ma|ul|ns|n4|\"ae", true, 3)] // seed 647's tune-076: "ns" and "n4" over the second and third samples
    [InlineData("No.|ital|Ma|ul|ne|“3|\"ae", false, 0)] // no rulings, no cells to place the columns by
    [InlineData("No.|ital|Ma|規格|ne|“3|\"ae", true, 0)] // 規格 over a sample column: not the table the grid looks like
    public void Extract_ReadsTheRows_WhenRulingsPlaceTheGarbledHeader(string header, bool ruled, int rows)
    {
        var page = new PageBuilder(source: "ocr").Text(700, 100, "検査成績書", 0.95);
        Labels(page, Rulings, header, 550);

        Row(page, 610, "1", "内径", "8.000 +0.015/-0", "8.007", "8.018", "8.009");
        Row(page, 670, "2", "外径", "14.00 ±0.05", "14.01", "13.98", "13.99");
        Row(page, 730, "3", "全長", "50.00 ±0.10", "50.02", "49.98", "50.05");
        if (ruled)
        {
            Rule(page, Rulings, 530, 780);
        }

        var doc = Extract.Run(page.Build());

        Assert.Equal(rows, doc.Measurements.Count);
        if (rows > 0)
        {
            Assert.Equal("内径", doc.Measurements[0]["item"].Value?.GetValue<string>());
            Assert.Equal([8.007m, 8.018m, 8.009m], doc.Measurements[0]["values"].Value!.AsArray().Select(v => v!.GetValue<decimal>()));
            Assert.Equal(8.015m, doc.Measurements[0]["upperLimit"].Num());
            Assert.Contains(doc.Problems, p => p.Code == "result_disagrees_with_values"); // 8.018 over 8.015, yet 良
        }
    }

    /// <summary>The header and first five rows of seed 523's tune-062 (a 98-lpi fax) as OCR read them.</summary>
    private static readonly (int X, int Y, int Width, int Height, string Text, double Confidence)[] Seed523Tune062 =
    [
        (155, 870, 36, 16, "No.", 0.95),
        (255, 868, 78, 22, "ReMi", 0.07),
        (342, 868, 4, 22, "|", 0.60),
        (517, 864, 47, 33, "ISR", 0.56),
        (709, 864, 47, 34, "ay,", 0.29),
        (810, 864, 37, 34, "ami", 0.16),
        (957, 872, 24, 14, "nl", 0.66),
        (1073, 872, 27, 14, "n?", 0.14),
        (1188, 872, 27, 14, "ng", 0.42),
        (1304, 872, 26, 14, "nm", 0.58),
        (1420, 874, 27, 12, "n>", 0.71),
        (1517, 868, 45, 21, "Whi?", 0.50),
        (172, 932, 5, 18, "1", 0.69),
        (218, 928, 11, 22, "2", 0.66),
        (232, 928, 16, 24, "ト", 0.15),
        (255, 930, 11, 22, "f", 0.08),
        (408, 932, 100, 22, "Pl0.000", 0.08),
        (526, 936, 3, 4, "+", 0.41),
        (541, 932, 50, 19, "0.02", 0.77),
        (672, 952, 3, 4, "。", 0.48),
        (708, 936, 48, 14, "mm", 0.65),
        (795, 930, 43, 22, "マイ", 0.65),
        (851, 930, 41, 20, "クリ", 0.36),
        (952, 932, 66, 19, "9.992", 0.78),
        (1068, 932, 66, 18, "9.999", 0.57),
        (1176, 932, 74, 18, "10.009", 0.63),
        (1291, 932, 73, 18, "10.001", 0.74),
        (1417, 932, 61, 18, "9.991", 0.62),
        (1527, 930, 25, 20, "()", 0.61),
        (168, 998, 11, 16, "2", 0.65),
        (224, 993, 42, 24, "th", 0.69),
        (351, 1016, 138, 4, "220.00", 0.00),
        (500, 998, 65, 16, "0.10", 0.76),
        (708, 1002, 48, 12, "mo", 0.50),
        (784, 988, 16, 37, "|", 0.37),
        (812, 996, 67, 20, "7A", 0.34),
        (939, 998, 80, 16, "250.00", 0.86),
        (1057, 998, 74, 16, "250.01", 0.49),
        (1171, 998, 79, 16, "250.00", 0.42),
        (1286, 998, 80, 16, "250.06", 0.46),
        (1404, 998, 75, 16, "250.01", 0.36),
        (1527, 996, 25, 20, "し)", 0.40),
        (168, 1064, 12, 16, "2", 0.69),
        (218, 1060, 11, 20, "2", 0.93),
        (232, 1060, 9, 24, "ト", 0.74),
        (245, 1060, 21, 24, "E", 0.36),
        (412, 1050, 76, 40, "12.000", 0.65),
        (499, 1064, 32, 22, "10/", 0.70),
        (541, 1064, 62, 16, "0.018", 0.94),
        (708, 1068, 48, 12, "mm", 0.83),
        (773, 1054, 28, 36, "ーー", 0.60),
        (809, 1062, 29, 20, "マイ", 0.96),
        (851, 1062, 41, 18, "クロ", 0.57),
        (946, 1064, 71, 16, "19888", 0.45),
        (1062, 1064, 72, 16, "11.990", 0.43),
        (1178, 1064, 70, 16, "1.992", 0.45),
        (1293, 1064, 72, 16, "11.", 0.67),
        (1325, 1062, 13, 22, "り", 0.91),
        (1338, 1064, 26, 16, "35", 0.15),
        (1409, 1064, 72, 16, "11.990", 0.55),
        (1527, 1062, 25, 20, "OD)", 0.34),
        (167, 1128, 14, 18, "+", 0.61),
        (219, 1126, 95, 23, "AHL", 0.00),
        (410, 1128, 29, 18, "Ra", 0.46),
        (466, 1126, 44, 20, "Lo", 0.37),
        (712, 1132, 39, 18, "um", 0.58),
        (808, 1126, 44, 23, "ALS", 0.00),
        (859, 1126, 23, 22, "GE", 0.00),
        (966, 1128, 52, 19, "0.62", 0.89),
        (1082, 1127, 51, 19, "0.58", 0.93),
        (1198, 1128, 52, 18, "0.64", 0.91),
        (1315, 1128, 48, 18, "0.81", 0.75),
        (1436, 1128, 4, 18, "1.", 0.88),
        (1458, 1128, 8, 18, "す", 0.53),
        (1468, 1128, 12, 18, "1", 0.85),
        (1527, 1126, 25, 18, "(0)", 0.41),
        (168, 1193, 12, 19, "5", 0.73),
        (217, 1192, 49, 23, "iM", 0.50),
        (409, 1193, 50, 19, "58.0", 0.04),
        (467, 1199, 9, 5, "~", 0.04),
        (487, 1194, 51, 19, "62.0", 0.95),
        (705, 1194, 56, 18, "HRC", 0.37),
        (807, 1192, 71, 23, "Meal", 0.39),
        (967, 1194, 51, 18, "60.3", 0.92),
        (1085, 1194, 46, 18, "60.1", 0.63),
        (1200, 1193, 48, 19, "59.7", 0.92),
        (1315, 1193, 51, 19, "59.0", 0.87),
        (1431, 1193, 51, 19, "59.9", 0.64),
        (1527, 1196, 25, 16, "()", 0.64),
    ];

    [Fact]
    public void Extract_PlacesTheSamples_WhenTheHeaderReadLostItsSpecification()
    {
        // 規格, 単位 and 測定器 garbled, the samples' and verdict's labels read: "mm マイクリ 9.992" had been taken for n1, and
        // n5 for the verdict.
        var page = new PageBuilder(source: "ocr").Text(700, 100, "検査成績書", 0.95);
        Place(page, Seed523Tune062);

        int[] rulings = [142, 205, 398, 688, 776, 913, 1028, 1144, 1260, 1376, 1491, 1587];
        Rule(page, rulings, 850, 1428);

        var doc = Extract.Run(page.Build());

        Assert.Equal([9.992m, 9.999m, 10.009m, 10.001m, 9.991m], doc.Measurements[0]["values"].Value!.AsArray().Select(v => v!.GetValue<decimal>()));
        Assert.Equal("mm", doc.Measurements[0]["unit"].Value?.GetValue<string>());
    }

    [Fact]
    public void Extract_TakesTheUnitColumn_WhenOneOfItsCellsReads()
    {
        // Seed 379's tune-018: "mm", "iu" and "liv" under a garbled 単位; words in most cells, yet no gauge's name.
        int[] rulings = [40, 140, 380, 700, 800, 950, 1100, 1250, 1400];
        var page = new PageBuilder(source: "ocr").Text(700, 100, "検査成績書", 0.95);
        Labels(page, rulings, "No.|ital|Ma|Unt|ul|ne|“3|\"ae", 550);

        var rows = new[] { ("1", "外径", "20.00±0.05", "mm", "20.01 19.98 20.03"), ("2", "内径", "8.00±0.05", "iu", "8.03 8.00 8.02"), ("3", "硬度", "200～260", "liv", "209 214 235") };
        foreach (var ((n, item, spec, unit, values), r) in rows.Select((row, r) => (row, r)))
        {
            var y = 610 + (r * 60);
            page.Text(rulings[0] + 30, y, n, 0.9).Text(rulings[1] + 20, y, item, 0.9).Text(rulings[2] + 20, y, spec, 0.9).Text(rulings[3] + 20, y, unit, 0.5);
            foreach (var (value, i) in values.Split(' ').Select((value, i) => (value, i)))
            {
                page.Right(rulings[i + 5] - 20, y, value, 0.9);
            }

            page.Text(rulings[^2] + 40, y, "良", 0.9);
        }

        Rule(page, rulings, 530, 780);

        var doc = Extract.Run(page.Build());

        Assert.Equal("mm", doc.Measurements[0]["unit"].Value?.GetValue<string>());
        Assert.Equal([20.01m, 19.98m, 20.03m], doc.Measurements[0]["values"].Value!.AsArray().Select(v => v!.GetValue<decimal>()));
    }

    [Fact]
    public void Extract_ReadsNoMeasurements_WhenTheFiguresUnderTheGridAreNoSamplesOfOneItem()
    {
        // Quantity, unit price and amount in the sample columns' places (seed 307's tune-056, an order): far apart.
        var page = new PageBuilder(source: "ocr").Text(700, 100, "検査成績書", 0.95);
        Labels(page, Rulings, "No.|ital|Ma|ul|ne|“3|\"ae", 550);

        Row(page, 610, "1", "段付シャフト", "D84-6101", "20", "1,240", "24,800");
        Row(page, 670, "2", "ギヤ", "D17-3844", "150", "2,850", "427,500");
        Rule(page, Rulings, 530, 720);

        Assert.Empty(Extract.Run(page.Build()).Measurements);
    }

    [Theory]
    [InlineData("No.|中間|。草名・仕様|数|ri|oni|alo", true, 4)] // seed 593's tune-040: 品名 and 数 no more than pieces
    [InlineData("No.|中間|。草名・仕様|数|ri|oni|alo", false, 0)]
    public void Extract_ReadsTheOrderLines_WhenRulingsPlaceTheGarbledHeader(string header, bool ruled, int lines)
    {
        int[] rulings = [40, 140, 380, 760, 900, 1060, 1280, 1450];
        var page = SampleOrders.JapaneseHeader();
        Labels(page, rulings, header, 700);

        string[][] rows =
        [
            ["重", "RL-1520", "ローラー", "48", "731", "25,088", "R8/09/08"],
            ["2", "WS-1405", "平ワッシャー", "1.000", "6.50", "6,500", "R8/09/08"], // 1,000 read with a point
            ["3", "CL-5502", "スペーサー", "24", "38.50", "924", "R8/09/08"],
            ["4", "BU-2040", "ブッシュ", "60", "85.50", "5,130", "R8/09/08"],
        ];
        foreach (var (cells, r) in rows.Select((cells, r) => (cells, r)))
        {
            var y = 760 + (r * 60);
            page.Text(rulings[0] + 30, y, cells[0], 0.6).Text(rulings[1] + 20, y, cells[1], 0.9).Text(rulings[2] + 20, y, cells[2], 0.9)
                .Right(rulings[4] - 20, y, cells[3], 0.9).Right(rulings[5] - 20, y, cells[4], 0.9).Right(rulings[6] - 20, y, cells[5], 0.9)
                .Text(rulings[6] + 20, y, cells[6], 0.9);
        }

        if (ruled)
        {
            Rule(page, rulings, 680, 1000);
        }

        var doc = Extract.Run(page.Build());

        Assert.Equal(lines, doc.Lines.Count);
        if (lines > 0)
        {
            Assert.Equal("CL-5502", doc.Lines[2]["partNumber"].Value?.GetValue<string>());
            Assert.Equal(24m, doc.Lines[2]["quantity"].Num());
            Assert.Equal(924m, doc.Lines[2]["amount"].Num());
            Assert.Equal("2026-09-08", doc.Lines[3]["deliveryDate"].Value?.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("¥84,000", 1)] // seed 359's tune-072: the one line's amount is the total printed below it
    [InlineData("¥85,000", 0)] // nothing vouches for the garbled header: no row multiplies out, no total is its sum
    public void Extract_ReadsTheOneLineOfAnOrder_WhenItsAmountIsTheTotalBelow(string total, int lines)
    {
        int[] rulings = [40, 140, 380, 760, 900, 1000, 1150, 1300, 1450];
        var page = SampleOrders.JapaneseHeader();
        Labels(page, rulings, "No.|Mi|tel|Bt|N47,|4th|金額|fin", 700);
        page.Text(rulings[0] + 30, 760, "1", 0.9).Text(rulings[1] + 20, 760, "MT-3001", 0.9).Text(rulings[2] + 20, 760, "ALE S45C p20", 0.5)
            .Right(rulings[4] - 20, 760, "200", 0.9).Text(rulings[4] + 20, 760, "ky,", 0.3).Right(rulings[6] - 20, 760, "4”0", 0.3)
            .Right(rulings[7] - 20, 760, "84,000", 0.9);
        Rule(page, rulings, 680, 820);
        page.Text(900, 1200, "合計金額(税抜)", 0.9).Right(1300, 1200, total, 0.9);

        var doc = Extract.Run(page.Build());

        Assert.Equal(lines, doc.Lines.Count);
        if (lines > 0)
        {
            Assert.Equal("MT-3001", doc.Lines[0]["partNumber"].Value?.GetValue<string>());
            Assert.Equal("ALE S45C p20", doc.Lines[0]["description"].Value?.GetValue<string>()); // letters and figures: no drawing number
            Assert.Equal(200m, doc.Lines[0]["quantity"].Num());
            Assert.Equal(84000m, doc.Lines[0]["amount"].Num());
            Assert.Null(doc.Lines[0]["unitPrice"].Value);
        }
    }

    [Fact]
    public void Extract_TakesAGarbledCellBeforeTheAmount_ForTheUnitPrice()
    {
        // Seed 233's tune-066: no unit column, the unit price read "lx", the line number "」".
        int[] rulings = [40, 140, 380, 760, 900, 1050, 1250, 1450];
        var page = SampleOrders.JapaneseHeader();
        Labels(page, rulings, "No.|地番|bit|ait|mi|ow|ine”", 700);
        page.Text(rulings[0] + 30, 760, "」", 0.3).Text(rulings[1] + 20, 760, "CL-5590-T", 0.9).Text(rulings[2] + 20, 760, "テーパーカラー", 0.9)
            .Right(rulings[4] - 20, 760, "2,000", 0.9).Right(rulings[5] - 20, 760, "lx", 0.3).Right(rulings[6] - 20, 760, "236,000", 0.9);
        Rule(page, rulings, 680, 820);
        page.Text(900, 1200, "小計", 0.9).Right(1250, 1200, "\\236,000", 0.9);

        var line = Assert.Single(Extract.Run(page.Build()).Lines);

        Assert.Equal(2000m, line["quantity"].Num());
        Assert.Equal(236000m, line["amount"].Num());
        Assert.True(line["unitPrice"].NeedsReview);
    }

    /// <summary>The line table of seed 383's tune-016 (a 98-lpi fax) as OCR read it: "No. | We | ME | 品月 | Ean | 半価 | 金物 | 納期".</summary>
    private static readonly (int X, int Y, int Width, int Height, string Text, double Confidence)[] Seed383Tune016 =
    [
        (159, 613, 35, 15, "No.", 0.93),
        (311, 611, 44, 18, "We", 0.43),
        (521, 611, 43, 19, "ME", 0.34),
        (771, 609, 19, 21, "品", 0.93),
        (797, 611, 14, 18, "月", 0.97),
        (991, 610, 44, 19, "Ean", 0.45),
        (1127, 610, 21, 20, "半", 0.21),
        (1151, 610, 20, 20, "価", 0.85),
        (1301, 610, 42, 19, "金物", 0.00),
        (1481, 610, 43, 20, "納期", 0.92),
        (174, 667, 7, 16, "1", 0.92),
        (225, 666, 98, 17, "GR-6100", 0.82),
        (466, 666, 111, 17, "D51-9044", 0.91),
        (648, 664, 13, 20, "©", 0.50),
        (671, 664, 14, 20, "¥", 0.50),
        (696, 666, 56, 17, "M1.5", 0.83),
        (762, 666, 42, 17, "Z24", 0.83),
        (1020, 666, 41, 17, "240", 0.93),
        (1153, 666, 61, 19, "2.850", 0.92),
        (1316, 666, 91, 19, "684,000", 0.96),
        (1465, 666, 12, 17, "4", 0.97),
        (1481, 664, 56, 20, "月", 0.97),
        (1503, 658, 18, 36, "8", 0.97),
        (1521, 658, 18, 36, "日", 0.95),
        (172, 720, 11, 16, "2", 0.83),
        (225, 720, 94, 16, "CT-5502", 0.49),
        (466, 720, 111, 16, "D18-8904", 0.91),
        (644, 720, 42, 15, "スペ", 0.91),
        (691, 727, 18, 2, "ー", 0.92),
        (714, 718, 16, 17, "サ", 0.92),
        (739, 727, 18, 2, "ーー", 0.72),
        (1002, 720, 59, 18, "1.200", 0.90),
        (1153, 720, 61, 16, "38.50", 0.93),
        (1330, 720, 77, 18, "46.200", 0.91),
        (1459, 718, 85, 19, "3A10H", 0.68),
        (172, 774, 11, 16, "3", 0.83),
        (224, 774, 93, 16, "PL-4420", 0.73),
        (466, 774, 111, 16, "D14-8436", 0.82),
        (643, 774, 66, 15, "ベー", 0.90),
        (693, 765, 43, 36, "スプ", 0.90),
        (742, 774, 38, 15, "レー", 0.93),
        (792, 772, 10, 19, "ト", 0.91),
        (1035, 774, 26, 16, "20", 0.97),
        (1152, 774, 62, 18, "4,600", 0.82),
        (1331, 774, 76, 18, "92,000", 0.70),
        (1459, 772, 85, 19, "2A23H", 0.72),
        (171, 828, 12, 16, "4", 0.62),
        (224, 828, 99, 16, "MT-3001", 0.65),
        (466, 828, 111, 16, "D12-5460", 0.92),
        (642, 825, 45, 21, "丸", 0.91),
        (670, 823, 19, 28, "棒", 0.63),
        (697, 828, 59, 16, "S45C", 0.89),
        (773, 828, 9, 18, "ゅ", 0.85),
        (790, 828, 26, 16, "20", 0.93),
        (1035, 828, 26, 16, "25", 0.93),
        (1172, 828, 42, 16, "404", 0.93),
        (1329, 828, 78, 25, "10,100", 0.56),
        (1459, 828, 11, 16, "2", 0.97),
        (1475, 826, 16, 19, "月", 0.97),
        (1498, 827, 46, 18, "23", 0.84),
        (1529, 822, 18, 36, "日", 0.91),
    ];

    [Fact]
    public void Extract_ReadsTheOrderLines_WhenTheHeaderReadLeavesRuledCellsOut()
    {
        // 品月 was taken for 品番 and 数量's cell left out: the part numbers ran into No., the quantities into 品名.
        var page = SampleOrders.JapaneseHeader();
        Place(page, Seed383Tune016);

        int[] rulings = [141, 213, 455, 631, 953, 1073, 1226, 1419, 1586];
        Rule(page, rulings, 591, 861);

        var lines = Extract.Run(page.Build()).Lines;

        Assert.Equal(4, lines.Count);
        Assert.Equal("GR-6100", lines[0]["partNumber"].Value?.GetValue<string>());
        Assert.Equal(240m, lines[0]["quantity"].Num());
        Assert.Equal(25m, lines[3]["quantity"].Num());
    }

    /// <summary>Words as OCR read them, each with its own box.</summary>
    private static void Place(PageBuilder page, (int X, int Y, int Width, int Height, string Text, double Confidence)[] words)
    {
        foreach (var (x, y, width, height, text, confidence) in words)
        {
            page.Word(x, y, width, height, text, confidence);
        }
    }

    /// <summary>Header labels, "|"-separated, one in each ruled cell from the left.</summary>
    private static void Labels(PageBuilder page, int[] rulings, string header, int y)
    {
        foreach (var (label, i) in header.Split('|').Select((label, i) => (label, i)))
        {
            page.Text(rulings[i] + 20, y, label, 0.4);
        }
    }

    private static void Rule(PageBuilder page, int[] rulings, int top, int bottom)
    {
        foreach (var x in rulings)
        {
            page.Vertical(x, top, bottom);
        }
    }

    private static void Row(PageBuilder page, int y, string number, string item, string spec, params string[] values)
    {
        page.Text(Rulings[0] + 30, y, number, 0.9).Text(Rulings[1] + 20, y, item, 0.9).Text(Rulings[2] + 20, y, spec, 0.9);
        for (var i = 0; i < values.Length; i++)
        {
            page.Right(Rulings[i + 4] - 20, y, values[i], 0.9);
        }

        page.Text(Rulings[^2] + 40, y, "良", 0.9);
    }
}
