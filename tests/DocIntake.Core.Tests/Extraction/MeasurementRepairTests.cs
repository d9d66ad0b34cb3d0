using DocIntake.Core.Contract;
using DocIntake.Core.Pages;

namespace DocIntake.Core.Tests.Extraction;

/// <summary>Measured rows whose fax losses the row itself gives away: the lower bar of ±, a lost No. column.</summary>
public class MeasurementRepairTests
{
    private static PageText Record(string spec, string[] values, string result)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95).Text(100, 200, "品番 MS-1001-A", 0.95)
            .Text(100, 400, "No.").Text(200, 400, "検査項目").Text(450, 400, "規格").Text(800, 400, "n1").Text(950, 400, "n2")
            .Text(1100, 400, "n3").Text(1250, 400, "n4").Text(1450, 400, "判定")
            .Text(110, 460, "1", 0.95).Text(200, 460, "外径", 0.95).Text(450, 460, spec, 0.95);
        for (var i = 0; i < values.Length; i++)
        {
            page.Text(790 + (150 * i), 460, values[i], 0.95);
        }

        return page.Text(1450, 460, result, 0.95).Build();
    }

    [Fact]
    public void Extract_ReadsAPlusDeviationAsPlusMinus_WhenPassingValuesLieBelowTheNominal()
    {
        // "250.00 ±0.10" read "250.00 +0.10".
        var doc = Extract.Run(Record("250.00 +0.10", ["250.00", "249.94", "250.05"], "合"));

        Assert.Equal(249.9m, doc.Measurements[0]["lowerLimit"].Num());
        Assert.True(doc.Measurements[0]["lowerLimit"].NeedsReview);
        Assert.DoesNotContain(doc.Problems, p => p.Code == "result_disagrees_with_values");
    }

    [Fact]
    public void Extract_StillReportsAPassWithValuesOutsideEitherReading()
    {
        var doc = Extract.Run(Record("250.00 +0.10", ["250.00", "249.80", "250.05"], "合"));

        Assert.Equal(250.00m, doc.Measurements[0]["lowerLimit"].Num());
        Assert.Contains(doc.Problems, p => p.Code == "result_disagrees_with_values");
    }

    [Fact]
    public void Extract_CutsTheRowNumberOffTheItem_WhenTheNoColumnWasLost()
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95).Text(100, 200, "品番 MS-1001-A", 0.95)
            .Text(200, 400, "検査項目").Text(450, 400, "規格").Text(800, 400, "n1").Text(950, 400, "n2").Text(1300, 400, "判定")
            .Text(110, 460, "5 表面粗さ", 0.95).Text(450, 460, "Ra 1.6 以下", 0.95).Text(790, 460, "1.28", 0.95)
            .Text(940, 460, "0.65", 0.95).Text(1300, 460, "合", 0.95)
            .Build();

        Assert.Equal("表面粗さ", Extract.Run(page).Measurements[0]["item"].Value!.GetValue<string>());
    }
}
