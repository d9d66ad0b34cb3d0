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
        foreach (var (label, i) in header.Split('|').Select((label, i) => (label, i)))
        {
            page.Text(Rulings[i] + 20, 550, label, 0.4);
        }

        Row(page, 610, "1", "内径", "8.000 +0.015/-0", "8.007", "8.018", "8.009");
        Row(page, 670, "2", "外径", "14.00 ±0.05", "14.01", "13.98", "13.99");
        Row(page, 730, "3", "全長", "50.00 ±0.10", "50.02", "49.98", "50.05");
        if (ruled)
        {
            foreach (var x in Rulings)
            {
                page.Vertical(x, 530, 780);
            }
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

    [Fact]
    public void Extract_ReadsNoMeasurements_WhenTheFiguresUnderTheGridAreNoSamplesOfOneItem()
    {
        // Quantity, unit price and amount in the sample columns' places (seed 307's tune-056, an order): far apart.
        var page = new PageBuilder(source: "ocr").Text(700, 100, "検査成績書", 0.95);
        foreach (var (label, i) in "No.|ital|Ma|ul|ne|“3|\"ae".Split('|').Select((label, i) => (label, i)))
        {
            page.Text(Rulings[i] + 20, 550, label, 0.4);
        }

        Row(page, 610, "1", "段付シャフト", "D84-6101", "20", "1,240", "24,800");
        Row(page, 670, "2", "ギヤ", "D17-3844", "150", "2,850", "427,500");
        foreach (var x in Rulings)
        {
            page.Vertical(x, 530, 720);
        }

        Assert.Empty(Extract.Run(page.Build()).Measurements);
    }

    [Theory]
    [InlineData("No.|中間|。草名・仕様|数|ri|oni|alo", true, 4)] // seed 593's tune-040: 品名 and 数 no more than pieces
    [InlineData("No.|中間|。草名・仕様|数|ri|oni|alo", false, 0)]
    public void Extract_ReadsTheOrderLines_WhenRulingsPlaceTheGarbledHeader(string header, bool ruled, int lines)
    {
        int[] rulings = [40, 140, 380, 760, 900, 1060, 1280, 1450];
        var page = SampleOrders.JapaneseHeader();
        foreach (var (label, i) in header.Split('|').Select((label, i) => (label, i)))
        {
            page.Text(rulings[i] + 20, 700, label, 0.4);
        }

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
            foreach (var x in rulings)
            {
                page.Vertical(x, 680, 1000);
            }
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
