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

    [Fact]
    public void Build_KeepsARowWhole_WhenSpecksOfNoiseSitAtItsEdges()
    {
        // Two dots at the top and the middle of the row were read first and used to seed rows of their own, splitting
        // the row number from the rest of its row.
        var page = new PageBuilder(source: "ocr")
            .Text(80, 860, "3 表面粗さ Ra 1.6 1.64 1.19 0.83 合", 0.9)
            .Word(1312, 920, 4, 4, ".", 0.3).Word(1048, 926, 4, 4, ".", 0.3)
            .Word(167, 922, 19, 19, "4", 0.9)
            .Text(217, 920, "硬度 58.0 ~ 62.0 HRC 59.6 60.0 60.3 合", 0.9)
            .Build();

        var rows = DocumentLayout.Build([page]).Rows;

        Assert.Equal(2, rows.Count);
        Assert.StartsWith("4硬度", rows[1].Compact, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DropsAWordOfLettersReadFromASpeck()
    {
        // OCR read a 2×2 px speck after 備考 as "LE" (0.92): taken as the notes, it was accepted.
        var page = new PageBuilder(source: "ocr")
            .Text(100, 750, "備考", 0.9).Word(191, 756, 2, 2, "LE", 0.92).Word(300, 752, 3, 3, ".", 0.3)
            .Text(900, 750, "合計 (税抜) ¥69,035", 0.9)
            .Build();

        var row = DocumentLayout.Build([page]).Rows.Single();

        Assert.DoesNotContain(row.Tokens, t => t.Text == "LE");
        Assert.Contains(row.Tokens, t => t.Text == ".");
    }

    [Fact]
    public void Build_KeepsOneReadingOfBoldWordsReadTwice()
    {
        // Seed 151's tune-002: the issuer's bold name came back as two lines two pixels apart; on one row the words
        // interleaved into "高浜高浜精密精密鋳造鋳造(株(株))".
        var page = new PageBuilder(source: "ocr")
            .Word(100, 100, 80, 30, "高浜", 0.9).Word(190, 100, 80, 30, "精密", 0.9).Word(280, 100, 80, 30, "鋳造", 0.9).Word(370, 100, 60, 30, "(株)", 0.9)
            .Word(102, 103, 80, 30, "高浜", 0.8).Word(192, 103, 80, 30, "精密", 0.8).Word(282, 103, 80, 30, "鋳造", 0.8).Word(372, 103, 60, 30, "(株)", 0.8)
            .Word(600, 100, 80, 30, "品質", 0.9).Word(690, 100, 80, 30, "記録", 0.9)
            .Text(100, 200, "外径 10.01 10.01", 0.95)
            .Build();

        var rows = DocumentLayout.Build([page]).Rows;

        Assert.Equal("高浜精密鋳造(株)品質記録", rows[0].Compact);
        Assert.Equal("外径10.0110.01", rows[1].Compact);
    }

    [Fact]
    public void Build_DropsALineReadAgainOverAnother()
    {
        // Seed 71's tune-034: the remark came back twice, the second reading a line of its own two pixels lower; on one row
        // the two interleaved into "納品書2部添付ののここと", which was accepted.
        var page = new PageBuilder(source: "ocr")
            .Line(940, 0.9, (167, "納品"), (230, "書"), (247, "2"), (267, "部"), (302, "添付"), (362, "の"), (394, "こと"), (1152, "消費税"), (1450, "¥679,586"))
            .Line(942, 0.95, (197, "ロ"), (260, "部"), (321, "添付"), (358, "の"), (368, "こ"))
            .Build();

        var row = DocumentLayout.Build([page]).Rows.Single();

        Assert.Equal("納品書2部添付のこと消費税¥679,586", row.Compact);
    }

    [Fact]
    public void Build_KeepsTheWordsOfALineReadAgainWhereTheFirstReadingHasAGap()
    {
        // Seed 397's tune-066: the second reading of the remark, a line of its own, held its end "の こと" where the first
        // reading had nothing; dropping the second reading whole, the remark was accepted as "梱包は通い箱にて納入".
        var page = new PageBuilder(source: "ocr")
            .Line(857, 0.95, (166, "梱包"), (225, "は"), (244, "通い"), (307, "箱"), (336, "に"), (351, "て"), (374, "納入"), (1116, "消費"), (1195, "税"), (1456, "102,105"), (1553, "円"))
            .Line(854, 0.95, (220, "は"), (271, "通い"), (324, "箱"), (339, "に"), (355, "て"), (381, "納入"), (456, "の"), (483, "こと"), (1119, "ou"))
            .Build();

        var row = DocumentLayout.Build([page]).Rows.Single();

        Assert.Equal("梱包は通い箱にて納入のこと消費税102,105円", row.Compact);
    }

    [Fact]
    public void Build_KeepsALineOverAnother_WhoseWordsAreNotTheWordsBeneath()
    {
        // Seed 313's tune-067: the TEL line sits half over the FAX line beside it, its digits nearly the FAX's but not at
        // the FAX digits' places; taken as a second reading, the buyer's phone was lost.
        var page = new PageBuilder(source: "ocr")
            .Line(392, 0.9, (184, "御注文金額"), (714, "¥66,055"), (986, "FAX.052"), (1134, "一"), (1157, "621"), (1224, "一"), (1247, "8851"))
            .Line(402, 0.9, (416, "e"), (984, "TEL"), (1041, ":"), (1056, "052"), (1102, "621"), (1147, "8850"))
            .Build();

        var tokens = DocumentLayout.Build([page]).Rows.SelectMany(r => r.Tokens).Select(t => t.Text).ToList();

        Assert.Contains("TEL", tokens);
        Assert.Contains("8850", tokens);
    }

    [Fact]
    public void Build_DropsAPieceOfAGlyphReadOnALineOfItsOwn()
    {
        // Seed 331's tune-028: a piece of 判 came back as "4" on a line of its own inside 判定's box; on one row it made
        // "判定4", and the overall result was guessed from the "4" (pass) though 不合格 was printed beside it.
        var page = new PageBuilder(source: "ocr")
            .Word(1109, 1342, 14, 7, "4", 0.4)
            .Line(1341, 0.9, (1108, "判定"), (1355, "不"), (1411, "合格"))
            .Build();

        var row = DocumentLayout.Build([page]).Rows.Single();

        Assert.Equal("判定不合格", row.Compact);
    }

    [Theory]
    [InlineData(55, "品名|テーパーカラー")] // seed 421's tune-054: read on without a blank, "カラ" boxed narrow at its right end
    [InlineData(70, "品名|テーパー|カラー")] // two widths of a letter apart: two cells
    public void Build_KeepsAKatakanaWordWhole_OverAGapALittleWide(int gap, string expected)
    {
        var page = new PageBuilder(source: "ocr").Text(80, 300, "品名", 0.95).Text(300, 300, "テーパー", 0.95).Text(420 + gap, 300, "カラー", 0.95).Build();

        var row = DocumentLayout.Build([page]).Rows.Single();

        Assert.Equal(expected, string.Join("|", row.Segments.Select(s => s.Compact)));
    }

    [Theory]
    [InlineData(300, 1100, 2, 12.0)] // seed 419's tune-071: a scanner's streak through the table, past its frame
    [InlineData(100, 745, 1, 12.0)] // seed 419's tune-046: a hairline from high above the table to its foot
    [InlineData(100, 745, 2, null)] // a box's line whose other horizontal was not found
    [InlineData(100, 665, 2, 12.0)] // seed 509's tune-061: from high above the table to the middle of a row, two pixels wide
    [InlineData(540, 740, 1, null)] // a ruling from frame to frame is the table's: the nominal stands outside its column
    public void Extract_TakesNoStreakPastTheTablesFrameForAColumnsEdge(int top, int bottom, int width, double? nominal)
    {
        // The spec column's label and the tolerance stand right of the line, the nominal left of it, as printed.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95).Text(80, 200, "株式会社三河精密 御中", 0.95)
            .Text(80, 550, "検査項目", 0.95).Text(450, 550, "規格", 0.95).Text(750, 550, "n1", 0.95).Text(900, 550, "n2", 0.95)
            .Text(1050, 550, "n3", 0.95).Text(1300, 550, "判定", 0.95)
            .Text(80, 600, "外径", 0.95).Text(300, 600, "12.000", 0.95).Text(460, 600, "(+0/-0.018)", 0.95)
            .Text(750, 600, "11.991", 0.95).Text(900, 600, "11.991", 0.95).Text(1050, 600, "11.995", 0.95).Text(1310, 600, "合", 0.95)
            .Text(80, 650, "全長", 0.95).Text(300, 650, "250.00", 0.95).Text(460, 650, "±0.10", 0.95)
            .Text(750, 650, "249.96", 0.95).Text(900, 650, "250.02", 0.95).Text(1050, 650, "249.97", 0.95).Text(1310, 650, "合", 0.95)
            .Horizontal(530, 70, 1400).Horizontal(590, 70, 1400).Horizontal(740, 70, 1400)
            .Vertical(70, 530, 740).Vertical(290, 530, 740).Vertical(740, 530, 740).Vertical(890, 530, 740).Vertical(1040, 530, 740)
            .Vertical(1190, 530, 740).Vertical(1400, 530, 740)
            .Vertical(440, top, bottom, width)
            .Build();

        var doc = Extract.Run(page);

        Assert.Equal(nominal, doc.Measurements[0]["nominal"].Num() is { } n ? (double)n : null);
    }
}
