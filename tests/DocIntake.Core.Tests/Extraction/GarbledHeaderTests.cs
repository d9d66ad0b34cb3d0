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
