using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Quality;
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

    [Theory]
    [InlineData("11.90～12.10 tm", "11.99", true)] // seed 233's tune-046: a length's mm read "tm", taken for μm and accepted
    [InlineData("≦ 1.6 tm", "0.8", false)] // one-sided: as μm is given (roughness, plating)
    public void Extract_DoubtsAMicrometreGuessedFromALookAlike_OnATwoSidedRange(string spec, string value, bool doubted)
    {
        var row = Extract.Run(Record(spec, [value, value, value], "合")).Measurements[0];

        Assert.Equal("μm", row["unit"].Value!.GetValue<string>());
        Assert.Equal(doubted, row["unit"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("6.65", true)] // seed 373's tune-021: "6.60 (+0.1/-0)" read "6.66" over 6.65, 6.65, 6.64 beside a pass
    [InlineData("6.67", false)] // one value inside: the verdict disagrees with the values, as the check says
    public void Extract_DoubtsTheSpecification_WhenEveryValueOfAPassingRowLiesBeyondALimit(string first, bool doubted)
    {
        var row = Extract.Run(Record("6.66 (+0.1/-0)", [first, "6.65", "6.64"], "合")).Measurements[0];

        Assert.Equal(doubted, row["nominal"].Reasons.Contains(ReviewReasons.Ambiguous));
        Assert.Equal(doubted, row["lowerLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
        Assert.Equal(doubted, row["upperLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("max. 0.07", true)] // seed 367's tune-052: "max. 0.02" over values up to 0.016, its 2 read 7
    [InlineData("max. 0.02", false)]
    [InlineData("0.01 ±0.06", false)] // two-sided: the band is the other rules' to weigh
    public void Extract_DoubtsAMaximumFarAboveEveryValue(string spec, bool doubted)
    {
        var row = Extract.Run(Record(spec, ["0.009", "0.016", "0.013", "0.011"], "合")).Measurements[0];

        Assert.Equal(doubted, row["upperLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("max. 0.1", "-0.03", 0.03, true)] // seed 449's tune-045: a flatness under its maximum, a speck read as a minus
    [InlineData("max. 0.1", "0.03", 0.03, false)]
    [InlineData("0.00 ±0.10", "-0.03", -0.03, false)] // a deviation about zero may be negative
    public void Extract_PutsBackAValueReadNegativeUnderAMaximumAlone(string spec, string third, double expected, bool doubted)
    {
        var row = Extract.Run(Record(spec, ["0.08", "0.05", third, "0.04"], "合")).Measurements[0];

        Assert.Equal((decimal)expected, row["values"].Value!.AsArray()[2]!.GetValue<decimal>());
        Assert.Equal(doubted, row["values"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("250.00 +0.10", "249.94", false)] // "250.00 ±0.10" read "250.00 +0.10"; 249.94 would fail +0.10/0
    [InlineData("250,00 +0.10", "249.94", false)] // with a decimal comma too (seed 101's tune-008: "40,00 +0.10" was taken as printed)
    [InlineData("250.00 +0.10", "250.02", false)] // no value below the nominal, but a band of their spread (session 27)
    [InlineData("250.00 +0.100", "250.02", true)] // so, with a deviation printed finer than the nominal: ± only likelier
    public void Extract_ReadsAPlusDeviationAsPlusMinus_ConfirmedByTheValues(string spec, string second, bool doubted)
    {
        var doc = Extract.Run(Record(spec, ["250.00", second, "250.05"], "合"));

        Assert.Equal(249.9m, doc.Measurements[0]["lowerLimit"].Num());
        Assert.Equal(doubted, doc.Measurements[0]["lowerLimit"].NeedsReview);
        // "+0.10" or "±0.10", the nominal and upper limit are the same: only the lower limit is in doubt.
        Assert.False(doc.Measurements[0]["nominal"].NeedsReview);
        Assert.False(doc.Measurements[0]["upperLimit"].NeedsReview);
        Assert.DoesNotContain(doc.Problems, p => p.Code == "result_disagrees_with_values");
    }

    [Theory]
    [InlineData("≦16", 16, true)] // seed 127's tune-047: "Ra ≦1.6" with its point lost, ten times the values
    [InlineData("≦1.6", 1.6, false)]
    public void Extract_DoubtsAnUpperLimitOutOfScaleWithTheValues(string spec, double upper, bool doubted)
    {
        var row = Extract.Run(Record(spec, ["0.94", "1.22", "0.53"], "合")).Measurements[0];

        Assert.Equal((decimal)upper, row["upperLimit"].Num());
        Assert.Equal(doubted, row["upperLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("114.00土0.05", "13.99", false)] // seed 197's tune-057: "φ14.00±0.05" with its φ read as a 1; values up to 14.00
    [InlineData("114.00土0.05", "14.02", false)] // values on both sides of 14.00, inside ±0.05: the band is confirmed
    [InlineData("14.00±0.05", "13.99", false)]
    public void Extract_PutsBackADiameterMarkReadAsOne_WhenTheValuesSaySo(string spec, string second, bool doubted)
    {
        var doc = Extract.Run(Record(spec, ["13.98", second, "14.00"], "合"));
        var row = doc.Measurements[0];

        Assert.Equal(14.00m, row["nominal"].Num());
        Assert.Equal(13.95m, row["lowerLimit"].Num());
        Assert.Equal(14.05m, row["upperLimit"].Num());
        Assert.Equal(doubted, row["nominal"].NeedsReview);
        Assert.DoesNotContain(doc.Problems, p => p.Code == "result_disagrees_with_values");
    }

    [Theory]
    [InlineData("¢1400+005", "14.08", "NG", true)] // seed 277's tune-011: φ14.00 +0.05 with both points lost, one value failing
    [InlineData("1400±0.05", "14.01", "合", false)] // values on both sides of 14.00 inside the band: it is confirmed
    public void Extract_PutsBackANominalsLostPoint_WhenTheValuesLieAroundItAHundredthAsLarge(string spec, string third, string result, bool doubted)
    {
        var doc = Extract.Run(Record(spec, ["13.99", "14.00", third], result));
        var row = doc.Measurements[0];

        Assert.Equal((14.00m, 13.95m, 14.05m), (row["nominal"].Num(), row["lowerLimit"].Num(), row["upperLimit"].Num()));
        Assert.Equal(doubted, row["nominal"].NeedsReview);
        Assert.DoesNotContain(doc.Problems, p => p.Code == "result_disagrees_with_values");
    }

    [Theory]
    [InlineData("ゅ 14 nn+n 05", true)] // seed 199's tune-048: "φ14.00 +0.05" unread, the values' points lost
    [InlineData("1400±5", false)] // a limit read beside them shows their scale
    public void Extract_DoubtsFourDigitValuesWithoutALimitToScaleThem(string spec, bool doubted)
    {
        var row = Extract.Run(Record(spec, ["1401", "1392", "1400"], "合")).Measurements[0];

        Assert.Equal(1401m, row["values"].Value!.AsArray()[0]!.GetValue<decimal>());
        Assert.Equal(doubted, row["values"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("1.1S", true)] // seed 179's tune-064: 1.18 with its 8 read "S" and dropped, accepted at 0.90
    [InlineData("1.1O", false)] // an O is the zero it looks like
    public void Extract_DoubtsAValueThatDroppedALetter(string second, bool doubted)
    {
        var row = Extract.Run(Record("≦1.6", ["0.19", second, "0.80"], "合")).Measurements[0];

        Assert.Equal(doubted, row["values"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("11.90～17.10", true)] // seed 401's tune-021: 12.10 read 17.10, the values against the lower end, accepted
    [InlineData("11.90～12.10", false)]
    public void Extract_DoubtsTheFarLimit_WhenTheValuesLieAgainstTheOtherEnd(string spec, bool doubted)
    {
        var row = Extract.Run(Record(spec, ["12.01", "12.02", "11.93"], "合")).Measurements[0];

        Assert.Equal(doubted, row["upperLimit"].NeedsReview);
        Assert.False(row["lowerLimit"].NeedsReview);
    }

    [Theory]
    [InlineData("1.1/", true)] // seed 389's tune-022: 217 read "21/", dropped, and the other values accepted as all
    [InlineData("・", false)] // a speck in a value cell is no value
    public void Extract_DoubtsValuesBesideAFigureThatReadAsNoNumber(string second, bool doubted)
    {
        var row = Extract.Run(Record("≦1.6", ["0.19", second, "0.80"], "合")).Measurements[0];

        Assert.Equal(doubted, row["values"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("Ra 1.6 max pot", true)] // seed 181's tune-072: μm read "pot", one letter from lot, settled as a known unit
    [InlineData("Ra 1.6 max μm", false)]
    public void Extract_DoubtsAMeasurementUnitNoRecordUses(string spec, bool doubted)
    {
        var row = Extract.Run(Record(spec, ["0.81", "1.13", "0.66"], "合")).Measurements[0];

        Assert.Equal(doubted, row["unit"].NeedsReview);
    }

    [Theory]
    [InlineData("ん m", "μm", true)] // seed 149's tune-003: the μ of a plating thickness read "ん", a bare m accepted at 0.89
    [InlineData("μm", "μm", false)]
    public void Extract_TakesABareMetreForAMicrometreThatLostItsMu(string printed, string unit, bool doubted)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95).Text(100, 200, "品番 MS-1001-A", 0.95)
            .Text(100, 400, "No.").Text(200, 400, "検査項目").Text(450, 400, "規格").Text(650, 400, "単位").Text(800, 400, "n1").Text(950, 400, "n2")
            .Text(1100, 400, "n3").Text(1450, 400, "判定")
            .Text(110, 460, "1", 0.95).Text(200, 460, "めっき厚", 0.95).Text(450, 460, "8以上", 0.95).Text(650, 460, printed, 0.95)
            .Text(790, 460, "9.2", 0.95).Text(940, 460, "8.8", 0.95).Text(1090, 460, "9.0", 0.95).Text(1450, 460, "合", 0.95)
            .Build();

        var row = Extract.Run(page).Measurements[0];

        Assert.Equal(unit, row["unit"].Value!.GetValue<string>());
        Assert.Equal(doubted, row["unit"].NeedsReview);
    }

    [Fact]
    public void Extract_WritesAKnownItemAsListed_WithoutTheGapOcrReadInIt()
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95)
            .Text(100, 400, "No.").Text(200, 400, "検査項目").Text(450, 400, "規格").Text(800, 400, "n1").Text(950, 400, "n2").Text(1450, 400, "判定")
            .Text(110, 460, "1", 0.95).Text(200, 460, "寸法 A", 0.95).Text(450, 460, "20.00 ±0.05", 0.95)
            .Text(790, 460, "20.01", 0.95).Text(940, 460, "19.98", 0.95).Text(1450, 460, "合", 0.95)
            .Build();

        Assert.Equal("寸法A", Extract.Run(page).Measurements[0]["item"].Value!.GetValue<string>());
    }

    [Fact]
    public void Extract_LeavesALeadingOneTheValuesDoNotDisown()
    {
        var doc = Extract.Run(Record("114.00±0.05", ["113.98", "14.00", "114.01"], "合"));

        Assert.Equal(114.00m, doc.Measurements[0]["nominal"].Num());
        Assert.Contains(doc.Problems, p => p.Code == "result_disagrees_with_values");
    }

    [Theory]
    [InlineData("8.00 +0.05/ 0.02", "8.03", false)] // every value above 8.00, inside a band of their spread (session 27)
    [InlineData("8.0 +0.05/ 0.02", "8.03", true)] // so, but deviations printed finer than the nominal
    [InlineData("8.00 +0.05/ 0.02", "7.99", false)] // a passing 7.99 rules +0.02 out: the lost sign was a minus
    public void Extract_DoubtsOnlyTheLowerLimit_WhenItsMinusWasLost(string spec, string second, bool doubted)
    {
        var row = Extract.Run(Record(spec, ["8.04", second, "8.01"], "合")).Measurements[0];

        Assert.Equal(7.98m, row["lowerLimit"].Num());
        Assert.Equal(doubted, row["lowerLimit"].NeedsReview);
        Assert.False(row["nominal"].NeedsReview);
        Assert.False(row["upperLimit"].NeedsReview);
    }

    [Fact]
    public void Extract_StillReportsAPassWithValuesOutsideEitherReading()
    {
        var doc = Extract.Run(Record("250.00 +0.10", ["250.00", "249.80", "250.05"], "合"));

        Assert.Equal(249.90m, doc.Measurements[0]["lowerLimit"].Num());
        Assert.True(doc.Measurements[0]["lowerLimit"].NeedsReview);
        Assert.Contains(doc.Problems, p => p.Code == "result_disagrees_with_values");
    }

    [Theory]
    [InlineData("28", "6.4", "lowerLimit", 8, true, true)] // "≧ 8" read "28": 6.4 under the limit beside 合 is the problem
    [InlineData("2 8", "8.4", "lowerLimit", 8, false, true)]
    [InlineData("ミ 0.02", "0.031", "upperLimit", 0.02, true, true)] // ≦ read ミ
    [InlineData("= 0.02", "0.011", "upperLimit", 0.02, false, false)] // ≦ read =, the values within: the mark was a limit's
    [InlineData("= 8", "6.4", "lowerLimit", 8, true, true)] // ≧ read = too: the values say which
    [InlineData("= 8 HRC ・", "6.4", "lowerLimit", 8, true, true)] // a unit and a speck after it (seed 149's tune-035)
    [InlineData("0.03", "0.021", "upperLimit", 0.03, false, false)] // the mark lost: every value below the figure, under a pass
    [InlineData("ミミ 0.02", "0.011", "upperLimit", 0.02, false, false)] // ≦ read as two marks (seed 223's tune-060)
    [InlineData("=003", "0.021", "upperLimit", 0.03, false, false)] // and its point lost after the leading zero
    [InlineData("ミ 002", "0.011", "upperLimit", 0.02, false, false)]
    [InlineData("50.02", "0.011", "upperLimit", 0.02, false, false)] // ≦ read as a 5 run into the figure
    [InlineData("20.03 mm", "0.011", "upperLimit", 0.03, false, true)] // or a 2: the values below say ≦, not ≧ (over twice their median: a guess)
    public void Extract_ReadsABareFigureAsTheLimitItsValuesSuggest(string spec, string first, string limit, double value, bool problem, bool reviewed)
    {
        var small = value < 1;
        var doc = Extract.Run(Record(spec, [first, small ? "0.012" : "9.3", small ? "0.015" : "91"], "合"));

        var row = doc.Measurements[0];
        Assert.Equal((decimal)value, row[limit].Num());
        Assert.Null(row["nominal"].Value);
        Assert.Null(row[limit == "lowerLimit" ? "upperLimit" : "lowerLimit"].Value);
        Assert.Equal(problem, row[limit == "lowerLimit" ? "upperLimit" : "lowerLimit"].NeedsReview); // inside it, the other side is absent
        Assert.Equal(reviewed, row[limit].NeedsReview);
        Assert.Equal(problem, doc.Problems.Any(p => p.Code == "result_disagrees_with_values"));
    }

    [Fact]
    public void Extract_TakesTheSideOfABareLimitFromTheValuesReadWhole_WhenGarbledOnesMoveTheMedian()
    {
        // Seed 373's tune-067: "≦0.03" read "=0.03" over "2A 0.017 0.016 O016 0.021 0.034", "2A" and "O016" taken as 2 and 16.
        var row = Extract.Run(Record("=0.03", ["2A", "0.017", "0.016", "0.034"], "NG")).Measurements[0];

        Assert.Equal(0.03m, row["upperLimit"].Num());
        Assert.Null(row["lowerLimit"].Value);
        Assert.True(row["upperLimit"].NeedsReview);
    }

    [Theory]
    [InlineData("0.0324", 0.03)] // "0.03以下" with 以下 read "24" (seeds 257 and 269's tune-027, tune-047): accepted as ≦ 0.0324
    [InlineData("0.024", 0.024)] // a limit as fine as the values stands as read
    public void Extract_ReadsABareLimitEndingInAGarbled以下(string spec, double limit)
    {
        var row = Extract.Run(Record(spec, ["0.018", "0.021", "0.017"], "合")).Measurements[0];

        Assert.Equal((decimal)limit, row["upperLimit"].Num());
    }

    [Theory]
    [InlineData("0.031", true)] // seed 311's tune-067: "≦ 0.03" read "0.03", one value of five (here four) over it beside PASS
    [InlineData("0.029", false)] // every value under it: the limit, no problem
    public void Extract_ReadsABareFigureAsTheLimitOneValueBroke(string last, bool problem)
    {
        var doc = Extract.Run(Record("0.03", ["0.015", "0.016", "0.010", last], "合"));

        var row = doc.Measurements[0];
        Assert.Equal(0.03m, row["upperLimit"].Num());
        Assert.Null(row["nominal"].Value);
        Assert.Equal(problem, doc.Problems.Any(p => p.Code == "result_disagrees_with_values"));
    }

    [Fact]
    public void Extract_KeepsABareFigureAsNominal_WhenFourValuesStraddleIt()
    {
        var doc = Extract.Run(Record("10.00", ["9.99", "9.98", "9.99", "10.01"], "合"));

        Assert.Equal(10.00m, doc.Measurements[0]["nominal"].Num());
        Assert.Null(doc.Measurements[0]["upperLimit"].Value);
    }

    [Theory]
    [InlineData("99.0", true)] // seed 277's tune-067: "59.0" read "99.0", beyond Rockwell C, accepted
    [InlineData("59.0", false)]
    public void Extract_DoubtsAHardnessBeyondTheRockwellScale(string second, bool doubted)
    {
        var values = Extract.Run(Record("≧ 50 HRC", ["52.3", second, "56.2"], "合")).Measurements[0]["values"];

        Assert.Equal(doubted, values.Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("60.5", 3)] // seed 317's tune-056: the verdict column placed over the last sample, 60.3 60.1 accepted
    [InlineData("合", 2)]
    [InlineData("4", 2)] // a figure unlike the values is a garbled verdict (seed 263's tune-041)
    [InlineData("6", 2)] // one without the values' point too (seed 101's tune-046, "6" beside 6.64)
    public void Extract_TakesAFigureUnderTheVerdictForTheLastValue(string last, int count)
    {
        var values = Extract.Run(Record("58.0～62.0", ["60.3", "60.1"], last)).Measurements[0]["values"];

        Assert.Equal(count, values.Value!.AsArray().Count);
        Assert.Equal(count == 3, values.NeedsReview);
    }

    [Theory]
    [InlineData("39.9]", "39.91", true)] // seed 311's tune-003: a final 1 read "]", 39.9 accepted
    [InlineData("39.91", "39.91", false)]
    public void Extract_ReadsAFinalBracketAsAOne_AndDoubtsIt(string third, string expected, bool doubted)
    {
        var values = Extract.Run(Record("40.00 ±0.10", ["40.03", "40.04", third], "合")).Measurements[0]["values"];

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), values.Value!.AsArray()[2]!.GetValue<decimal>());
        Assert.Equal(doubted, values.NeedsReview);
    }

    [Fact]
    public void Extract_KeepsANumberedMeasuredRow_WhoseVerdictDidNotRead()
    {
        // Seed 307's tune-071: 規格 lost from the header, row 6's verdict read "RB" and row 7's number "/": row 6 was dropped
        // and row 7 accepted in its place.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95)
            .Text(100, 400, "No.").Text(200, 400, "検査項目").Text(800, 400, "n1").Text(950, 400, "n2").Text(1100, 400, "n3").Text(1450, 400, "判定")
            .Text(110, 460, "1", 0.95).Text(200, 460, "外径", 0.95).Text(790, 460, "10.01", 0.95).Text(940, 460, "9.99", 0.95)
            .Text(1090, 460, "10.00", 0.95).Text(1450, 460, "合", 0.95)
            .Text(110, 520, "G6", 0.5).Text(200, 520, "表面利さ", 0.6).Text(790, 520, "1.11", 0.95).Text(940, 520, "0.64", 0.95)
            .Text(1090, 520, "0.87", 0.95).Text(1450, 520, "RB", 0.4)
            .Text(110, 580, "/", 0.6).Text(200, 580, "全長", 0.95).Text(790, 580, "50.01", 0.95).Text(940, 580, "49.99", 0.95)
            .Text(1090, 580, "50.00", 0.95).Text(1450, 580, "合", 0.95)
            .Build();

        var rows = Extract.Run(page).Measurements;

        Assert.Equal(3, rows.Count);
        Assert.Equal("全長", rows[2]["item"].Value?.GetValue<string>());
    }

    [Fact]
    public void Extract_ExpectsTheOtherLimitOfABareFigure_OnANormalResolutionFax()
    {
        // At 98 lpi a range can come back as one figure ("58.0 - G2.0"): the side not read may be printed.
        var page = ConfirmationTests.WithOperation(Record("= 0.02", ["0.011", "0.012", "0.015"], "合"), "square_pixels:204x98->204x196");

        var row = Extract.Run(page).Measurements[0];

        Assert.Equal(0.02m, row["upperLimit"].Num());
        Assert.Contains(ReviewReasons.NotFound, row["lowerLimit"].Reasons);
    }

    [Theory]
    [InlineData("28", "27.8", "28.1")]
    [InlineData("3204010", "3.26", "3.24")] // "3.20±0.10" with its points lost and ± read 4: no limit of these values
    [InlineData("ゅ10", "9.99", "10.01")] // φ10: a nominal
    public void Extract_KeepsABareFigureAsNominal_WhenTheValuesLieAboutIt(string spec, string first, string second)
    {
        var doc = Extract.Run(Record(spec, [first, second, first], "合"));

        Assert.NotNull(doc.Measurements[0]["nominal"].Value);
        Assert.Null(doc.Measurements[0]["lowerLimit"].Value);
        Assert.Null(doc.Measurements[0]["upperLimit"].Value);
    }

    /// <summary>A record whose table has one well-read measured row (外径) at y=460; a second row goes at y=520.</summary>
    private static PageBuilder OneMeasuredRow() => new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95).Text(100, 200, "品番 MS-1001-A", 0.95)
            .Text(100, 400, "No.").Text(200, 400, "検査項目").Text(450, 400, "規格").Text(800, 400, "n1").Text(950, 400, "n2")
            .Text(1450, 400, "判定")
            .Text(110, 460, "1", 0.95).Text(200, 460, "外径", 0.95).Text(450, 460, "10.00 ±0.02", 0.95).Text(790, 460, "10.01", 0.95)
            .Text(940, 460, "9.99", 0.95).Text(1450, 460, "合", 0.95);

    [Theory]
    [InlineData(0.3, true)] // "外観全介な人能なきこ" for 面取り: a measured row that lost its cells, maybe
    [InlineData(0.95, false)] // 外観, read well: nothing to measure
    public void Extract_ExpectsValues_InARowWhoseItemWasNotRead(double itemConfidence, bool expected)
    {
        var page = OneMeasuredRow()
            .Text(110, 520, "2", 0.95).Text(200, 520, "外観全介な人能なきこ", itemConfidence).Text(1450, 520, "合", 0.95)
            .Build();

        var row = Extract.Run(page).Measurements[1];

        Assert.Equal(expected, row["values"].NeedsReview);
    }

    [Theory]
    [InlineData("有害な傷なきこと", "", false)] // words in its 規格 cell: a 外観 row, nothing to measure
    [InlineData("有害な傷なきこと", "合", false)] // pass marks in its value cells: the same
    [InlineData("有害な傷なきこと", "0.48", true)] // a figure among its values: a measured row, partly read
    [InlineData("0.30~0.70", "", true)] // a figure in its 規格 cell: a measured row that lost its values
    public void Extract_ExpectsNoValues_InAVisualCheckRowWhoseItemWasNotRead(string spec, string value, bool expected)
    {
        var builder = OneMeasuredRow()
            .Text(110, 520, "2", 0.95).Text(200, 520, "外宙", 0.3).Text(450, 520, spec, 0.6).Text(1450, 520, "合", 0.95);
        if (value.Length > 0)
        {
            builder.Text(790, 520, value, 0.6);
        }

        var row = Extract.Run(builder.Build()).Measurements[1];

        Assert.Equal(expected, row["values"].NeedsReview);
        Assert.Equal(expected, row["upperLimit"].NeedsReview || row["upperLimit"].Value is not null);
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

    [Theory]
    [InlineData("1.6以上", "合", null, 1.6, true)] // seed 419's tune-039: 以下 read 以上 over values that passed below it
    [InlineData("1.6以上", "否", 1.6, null, false)] // the row failed: the values break the limit as read
    [InlineData("0.9以上", "合", 0.9, null, false)] // the values above it: read right
    [InlineData("0.2以下", "合", null, 0.2, false)] // seed 313's tune-002: values of ten times its size lost their points
    public void Extract_TakesAOneSidedLimitForTheOther_WhenAPassingRowsValuesAllLieBeyondIt(string spec, string result, double? lower, double? upper, bool lowerDoubted)
    {
        var row = Extract.Run(Record(spec, ["1.01", "0.93", "1.26"], result)).Measurements[0];

        Assert.Equal(lower is { } l ? (decimal)l : null, row["lowerLimit"].Num());
        Assert.Equal(upper is { } u ? (decimal)u : null, row["upperLimit"].Num());
        // The values and the pass hold the limit taken for the other; whether a lower side was lost with the mark is open.
        Assert.Equal(lowerDoubted, row["lowerLimit"].NeedsReview);
    }

    [Theory]
    [InlineData("249.96", 249.9, 250.1, false)] // seed 409's tune-064: "±0.10" read "+10.10", the values within 0.04 below
    [InlineData("255.00", 239.9, 260.1, false)] // a value beyond ±0.10: the band as read
    public void Extract_ReadsAPlusOneBeforeADeviation_AsPlusMinus_WhenTheValuesLieInsideTheFigure(string second, double lower, double upper, bool doubted)
    {
        var row = Extract.Run(Record("250.00+10.10", ["250.00", second, "249.98"], "合")).Measurements[0];

        Assert.Equal((decimal)lower, row["lowerLimit"].Num());
        Assert.Equal((decimal)upper, row["upperLimit"].Num());
        Assert.Equal(doubted, row["upperLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("58.067 0", "58.9", true)] // seed 409's tune-024: "58.0～62.0" read so, a limit finer than its values, accepted
    [InlineData("≧58.067", "58.900", false)] // values printed as finely
    [InlineData("≧58.0", "58.9", false)]
    public void Extract_DoubtsALimitFinerThanEveryValue_EvenWhenTheRowAgreesWithIt(string spec, string first, bool doubted)
    {
        var row = Extract.Run(Record(spec, [first, "59.3", "60.6"], "合")).Measurements[0];

        Assert.Equal(doubted, row["lowerLimit"].NeedsReview);
    }

    [Theory]
    [InlineData("0.01", true)] // seed 379's tune-032: one value short of the others' places lost a digit, accepted
    [InlineData("0.010", false)]
    [InlineData("0.01.", true)] // seed 401's tune-047: "8.0." for 8.01, the last digit read as a point
    public void Extract_DoubtsTheValues_WhenOneHasFewerPlacesThanTheOthers(string third, bool doubted)
    {
        var row = Extract.Run(Record("≦0.02", ["0.012", "0.015", third, "0.014"], "合")).Measurements[0];

        Assert.Equal(doubted, row["values"].NeedsReview);
    }

    [Theory]
    [InlineData("20.00 10.05", "19.97 20.01 20.03", "OK", false)] // seed 233's tune-056: the values settle the ± read as a 1
    [InlineData("20.00 10.05", "20.00 20.00 20.00", "OK", true)] // bunched at the centre: a ± ten times wider would hold them too
    [InlineData("20.00 10.05", "19.97 20.01 20.03", "NG", true)] // the verdict does not say they lie within
    public void Extract_LetsTheValuesSettleASignReadAsASpeck(string spec, string values, string result, bool doubted)
    {
        // The values read faintly (a 98-lpi fax), held back themselves: only the row's figures, not their acceptance, settle the sign.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95).Text(100, 200, "品番 MS-1001-A", 0.95)
            .Text(100, 400, "No.").Text(200, 400, "検査項目").Text(450, 400, "規格").Text(800, 400, "n1").Text(950, 400, "n2")
            .Text(1100, 400, "n3").Text(1450, 400, "判定")
            .Text(110, 460, "1", 0.95).Text(200, 460, "外径", 0.95).Text(450, 460, spec, 0.95);
        foreach (var (value, i) in values.Split(' ').Select((v, i) => (v, i)))
        {
            page.Text(790 + (150 * i), 460, value, 0.45);
        }

        var row = Extract.Run(page.Text(1450, 460, result, 0.95).Build()).Measurements[0];

        Assert.Equal(doubted, row["upperLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
        Assert.Equal(doubted, row["lowerLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("20.0は", true)] // seed 233's tune-056: 20.03 with its last digit read as a kana, accepted
    [InlineData("\"20.03", false)] // a speck before a whole figure
    public void ValueShortOfItsPlaces_TakesALetterAfterAFigureForItsLostDigit(string last, bool doubted)
    {
        var values = FieldDraft.Missing("values", "measurements.values", ValueKind.Number, false);
        values.Text = $"19.97 19.99 {last}";

        MeasurementRepair.ValueShortOfItsPlaces(new Dictionary<string, FieldDraft> { ["values"] = values });

        Assert.Equal(doubted, values.Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("9.99]", true)] // seed 409's tune-024: 9.991 with its last digit read as a bracket, accepted
    [InlineData("9.991", false)]
    [InlineData("9.991]", false)] // a speck after a whole figure
    public void ValueShortOfItsPlaces_TakesABracketAfterAFigureForItsLostDigit(string last, bool doubted)
    {
        var values = FieldDraft.Missing("values", "measurements.values", ValueKind.Number, false);
        values.Text = $"9.998 9.996 {last}";
        var row = new Dictionary<string, FieldDraft> { ["values"] = values };

        MeasurementRepair.ValueShortOfItsPlaces(row);

        Assert.Equal(doubted, values.Reasons.Contains(ReviewReasons.Ambiguous));
    }
}
