using System.Globalization;
using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class ToleranceParserTests
{
    [Theory]
    [InlineData("10.00 ±0.05", "10.00", "9.95", "10.05")]
    [InlineData("10.00±0.05", "10.00", "9.95", "10.05")]
    [InlineData("10.00 ± 0.05", "10.00", "9.95", "10.05")]
    [InlineData("φ10.00 ±0.05", "10.00", "9.95", "10.05")]
    [InlineData("Φ10.00±0.05", "10.00", "9.95", "10.05")]
    [InlineData("Ø10.00 ±0.05", "10.00", "9.95", "10.05")]
    [InlineData("10 +/-0.1", "10", "9.9", "10.1")]
    [InlineData("10.0 +-0.1", "10.0", "9.9", "10.1")]
    [InlineData("１０．００　±０．０５", "10.00", "9.95", "10.05")]
    [InlineData("φ1O.OO ±O.O5", "10.00", "9.95", "10.05")]
    [InlineData("250.00 土 0.10", "250.00", "249.90", "250.10")]
    [InlineData("φ20.00土0.05", "20.00", "19.95", "20.05")]
    [InlineData("ゅ 10.00 ±0.02", "10.00", "9.98", "10.02")] // φ misread as a kana
    [InlineData("3.20 £0.10", "3.20", "3.10", "3.30")] // ± misread as £
    [InlineData("10.00 +0.05/-0.02", "10.00", "9.98", "10.05")]
    [InlineData("10.00 +0.05 -0.02", "10.00", "9.98", "10.05")]
    [InlineData("10.00+0.05-0.02", "10.00", "9.98", "10.05")]
    [InlineData("10.00 (+0.05, -0.02)", "10.00", "9.98", "10.05")]
    [InlineData("10.00 -0.02/+0.05", "10.00", "9.98", "10.05")]
    [InlineData("10.00 +0.05/0", "10.00", "10.00", "10.05")]
    [InlineData("10.00 0/-0.02", "10.00", "9.98", "10.00")]
    [InlineData("10.00 +0.05", "10.00", "9.95", "10.05")] // a lone deviation: a ± that lost its lower bar
    [InlineData("10.00 -0.01/-0.03", "10.00", "9.97", "9.99")]
    [InlineData("10.00 −0.02 ＋0.05", "10.00", "9.98", "10.05")]
    public void Parse_ReadsNominalAndLimits_WhenDeviationPrinted(string text, string nominal, string lower, string upper)
    {
        var t = ToleranceParser.Parse(text);
        Assert.NotNull(t);
        Assert.Equal(D(nominal), t.Nominal);
        Assert.Equal(D(lower), t.Lower);
        Assert.Equal(D(upper), t.Upper);
    }

    [Theory]
    [InlineData("250.00!0.10", "250.00", "249.90", "250.10")] // ± as fax OCR reads it
    [InlineData("¢10.000'0.02", "10.000", "9.980", "10.020")]
    [InlineData("8.000 !0.015/-0", "8.000", "8.000", "8.015")] // "+" read "!" (seed 131's tune-005)
    [InlineData("8.00(!0.05/ 0.02)", "8.00", "7.98", "8.05")] // and the lower deviation's minus lost
    [InlineData("8.00 +0.05/ 0.02", "8.00", "7.98", "8.05")] // the lower deviation's minus lost
    [InlineData("50.0010.05", "50.00", "49.95", "50.05")] // ± read as a 1 (seed 71's tune-048)
    [InlineData("50.00-0.05", "50.00", "49.95", "50.05")] // a lone minus: a ± that lost its upper bar (seed 293's tune-043)
    [InlineData("10.0004+0.02", "10.000", "9.980", "10.020")] // the ± read twice, as 4 and "+" (seed 373's tune-032)
    [InlineData("250.00 - 0.10 mm", "250.00", "249.90", "250.10")] // seed 179's tune-064
    [InlineData("8.00010.015 mm", "8.000", "7.985", "8.015")] // (with a space it could be a range whose ～ was lost)
    [InlineData("4 10.000 +0.02", "10.000", "9.980", "10.020")] // φ read as a 4 apart (seed 349's tune-047)
    [InlineData("20.00 よ 0.10", "20.00", "19.90", "20.10")] // ± read as another mark (seed 587's tune-068)
    [InlineData("中 14.00 © 0.05", "14.00", "13.95", "14.05")] // seed 647's tune-076
    [InlineData("10.000 * 0.02", "10.000", "9.980", "10.020")]
    [InlineData("750.00 > 0.10", "750.00", "749.90", "750.10")] // not a range: its second figure would be the larger
    [InlineData("250.00 1.0.10", "250.00", "249.90", "250.10")] // ± read "1." (seed 641's tune-018)
    [InlineData("85.00 _0.20", "85.00", "84.80", "85.20")]
    [InlineData("50.00 40.05", "50.00", "49.95", "50.05")] // ± read as a 4 before the deviation
    [InlineData("40.00 40.10", "40.00", "39.90", "40.10")]
    [InlineData("& 10.0001 0.02", "10.000", "9.980", "10.020")] // φ read "&", ± a 1 after the nominal (seed 461's tune-004)
    public void Parse_RepairsAMisreadSign_AndSaysSo(string text, string nominal, string lower, string upper)
    {
        var t = ToleranceParser.Parse(text);
        Assert.NotNull(t);
        Assert.Equal((D(nominal), D(lower), D(upper)), (t.Nominal, t.Lower, t.Upper));
        Assert.True(t.Repaired);
        Assert.False(ToleranceParser.Parse("8.00 +0.05/-0.02")!.Repaired);
    }

    // Seen on faxes, scans and image PDFs of seeds 71-137 (session 8): marks misread, the gauge column run in, specks.
    [Theory]
    [InlineData("3.20 土 0.10 マイ", "3.20", "3.10", "3.30")]
    [InlineData("50.00 土 0.05 三次", "50.00", "49.95", "50.05")]
    [InlineData("6.60 (+0.1/-0)ピン", "6.60", "6.60", "6.70")]
    [InlineData("0.1以下ノギス", null, null, "0.1")]
    [InlineData("1.6以下um 粗", null, null, "1.6")]
    [InlineData("40.00 土 0.10 ノギス", "40.00", "39.90", "40.10")]
    [InlineData("14.00 0.05", "14.00", "13.95", "14.05")]
    [InlineData("20.00 二 0.05", "20.00", "19.95", "20.05")]
    [InlineData("11.90<12.10", null, "11.90", "12.10")]
    [InlineData("11.90~12.10.", null, "11.90", "12.10")]
    [InlineData("58.0~62.0 -", null, "58.0", "62.0")]
    [InlineData("10.000=0.02", "10.000", "9.980", "10.020")]
    [InlineData("40.00 =0.10", "40.00", "39.90", "40.10")]
    [InlineData("12.000 {+0/-0.018)", "12.000", "11.982", "12.000")]
    [InlineData("58.0て62.0 HRC", null, "58.0", "62.0")]
    [InlineData("58.0ン62.0 HRC", null, "58.0", "62.0")]
    [InlineData("11.90て 12.10", null, "11.90", "12.10")]
    [InlineData("85.00 土 0.20 -", "85.00", "84.80", "85.20")]
    [InlineData("50.00 ニ 0.05 mm", "50.00", "49.95", "50.05")]
    [InlineData("40,00 +0.10", "40.00", "39.90", "40.10")]
    [InlineData("3.20+0,10", "3.20", "3.10", "3.30")]
    [InlineData("8,000 (+0.015/-0)", "8.000", "8.000", "8.015")] // the point read as a comma (seed 199's tune-048)
    [InlineData("12.000 +0/-0,018", "12.000", "11.982", "12.000")] // a comma after a lone 0 (seed 499's tune-040)
    [InlineData("40.00 一 0.10", "40.00", "39.90", "40.10")] // the minus read as 一 (seed 467's tune-073)
    [InlineData("3.20土0.10 ©", "3.20", "3.10", "3.30")] // a speck after it (seed 499's tune-051)
    [InlineData("・0.03 以下 ・", null, null, "0.03")] // specks at both ends: no nominal 0.03 (seed 461's tune-041)
    [InlineData("0.1 以下 .", null, null, "0.1")]
    [InlineData("12.000.(+0/-0.018)", "12.000", "11.982", "12.000")] // a speck before the bracket (fresh seed 647's tune-063)
    [InlineData("11.90712.10", null, "11.90", "12.10")] // ～ read 7 (seed 569's tune-045)
    [InlineData("11.9712.1", null, "11.9", "12.1")]
    [InlineData("55.07 60.0", null, "55.0", "60.0")] // and a space after it (seed 487's tune-007)
    [InlineData("200^260", null, "200", "260")] // ～ read "^" (seed 353's tune-003)
    [InlineData("58.0°~62.0 HRC", null, "58.0", "62.0")] // a speck before the ～ (seed 293's tune-048)
    [InlineData("0.30...<0.70", null, "0.30", "0.70")] // seed 647's tune-071
    [InlineData("Ras1.6 ん m", null, null, "1.6")] // μm garbled after the limit (seed 283's tune-064)
    [InlineData("8 以上ん m", null, "8", null)] // seed 587's tune-052: without the cut, 以上 was lost and 8 taken for a nominal
    [InlineData("1.6以下wm ie", null, null, "1.6")]
    [InlineData("8以上 um”", null, "8", null)] // seed 487's tune-076
    [InlineData("01 以下", null, null, "0.1")] // the point lost after a leading zero (seed 491's tune-066, read as 1)
    [InlineData("12.000 (+07-0.018)", "12.000", "11.982", "12.000")] // the slash read 7 (seed 521's tune-056, read as +0.7)
    [InlineData("39.000 (+0/-0.05) min", "39.000", "38.950", "39.000")] // mm read "min" after deviations (seed 601's tune-072)
    [InlineData("50 min", null, "50", null)] // a minimum
    [InlineData("20.00 10.05", "20.00", "19.95", "20.05")] // ± read as a 1 after a space
    [InlineData("10.000 10.02 mm", "10.000", "9.980", "10.020")]
    [InlineData("8.00 (10.05/ 0.02)", "8.00", "7.98", "8.05")] // + read as a 1, the minus lost
    [InlineData("12.000 (1.0/ 0.018)", "12.000", "11.982", "12.000")]
    [InlineData("6.60 10.1/-0", "6.60", "6.60", "6.70")]
    [InlineData("12.000 0/0.018)", "12.000", "11.982", "12.000")] // both signs lost
    [InlineData("0.30 0.70 mm", null, "0.30", "0.70")] // the ～ lost
    [InlineData("170 230", null, "170", "230")]
    [InlineData("170へ230 HB", null, "170", "230")]
    [InlineData("11.90ぐ12.10", null, "11.90", "12.10")]
    [InlineData("0.30 一0.70", null, "0.30", "0.70")]
    [InlineData("58.0-~-62.0 HRC", null, "58.0", "62.0")]
    [InlineData("11.90> 12.10", null, "11.90", "12.10")]
    [InlineData("0.30~0./0", null, "0.30", "0.70")] // a 7 read as "/"
    [InlineData("ゅ 10.000 0.02", "10.000", "9.980", "10.020")] // φ and a lost ±
    [InlineData("0.1以ト", null, null, "0.1")]
    [InlineData("14.00+40.05", "14.00", "13.95", "14.05")] // ± read as "+4" (seed 211's tune-039: 54.05 accepted as the upper limit)
    [InlineData("250.00 +40.10", "250.00", "249.90", "250.10")] // fresh seed 257's tune-048: a deviation of 40.10 on 250 is the mark read "+4"
    [InlineData("Ra ミミ 1.6 um", null, null, "1.6")] // ≦ after a roughness parameter, however read
    [InlineData("Ra & 3.2", null, null, "3.2")]
    [InlineData("_Ras1.6", null, null, "1.6")]
    [InlineData("Ka = 1.6 um", null, null, "1.6")]
    [InlineData("MIX. 1.6 : un", null, null, "1.6")] // max misread
    [InlineData("Ra 1.6 max “m", null, null, "1.6")] // μm behind a quote mark
    [InlineData("12,000 +0/-0.018", "12.000", "11.982", "12.000")]
    [InlineData("10,000 土 0.02", "10.000", "9.980", "10.020")]
    [InlineData("0:1以下", null, null, "0.1")]
    [InlineData("8以上・", null, "8", null)]
    [InlineData("14.00 +£0.05", "14.00", "13.95", "14.05")]
    [InlineData("250.00十0.10", "250.00", "249.90", "250.10")] // + read as 十 (ten): a lone deviation
    [InlineData("250 00十0 10", "250.00", "249.90", "250.10")] // and the decimal points lost to gaps (seed 149's tune-021)
    [InlineData("@14.00+0.05", "14.00", "13.95", "14.05")]
    [InlineData("@10.000ェ0.02", "10.000", "9.980", "10.020")]
    [InlineData("170~230 HB |", null, "170", "230")]
    [InlineData("Ra 1.6 max -", null, null, "1.6")]
    [InlineData("85.00 圭 0.20", "85.00", "84.80", "85.20")] // ± taken for stacked crosses in a serif face (seed 367's tune-036)
    public void Parse_ReadsASpecificationAsFaxOcrLeavesIt(string text, string? nominal, string? lower, string? upper)
    {
        var t = ToleranceParser.Parse(text);
        Assert.NotNull(t);
        Assert.Equal((D(nominal), D(lower), D(upper)), (t.Nominal, t.Lower, t.Upper));
    }

    [Fact]
    public void Parse_DoesNotCutOrGuessWhatMayBePrinted()
    {
        Assert.Equal(1.6m, ToleranceParser.Parse("1.6 以下")!.Upper); // a limit word after a space is the limit's, not noise
        Assert.NotEqual(12m, ToleranceParser.Parse("12,000")?.Nominal); // three digits after a comma: thousands, not 12.000
        Assert.Null(ToleranceParser.Parse("0.05 14.00")); // no nominal under 1 takes a lost ±
        Assert.True(ToleranceParser.Parse("14.00 0.05")!.Repaired);
        Assert.False(ToleranceParser.Parse("0.1以下ノギス")!.Repaired);
        Assert.False(ToleranceParser.Parse("85.00土 0.20")!.Repaired); // 土 can only be ±: no guess
        Assert.Null(ToleranceParser.Parse("2 8")); // "≧ 8" with its mark read as a 2: no range of one-digit figures
        Assert.Equal(39.90m, ToleranceParser.Parse("40.00 40.10")!.Lower); // 40.00±0.10 with ± read as a 4: no range 40.00～40.10
        Assert.True(ToleranceParser.Parse("0.30 0.70")!.Repaired);
        Assert.Equal(TolerancePart.All, ToleranceParser.Parse("14.00+40.05")!.Guessed);
        Assert.Equal(260.05m, ToleranceParser.Parse("250.00 +10.05")!.Upper); // a deviation small beside its nominal stands
    }

    [Theory]
    [InlineData("11.90 + 12.10", null, "11.90", "12.10")] // seed 233's tune-046: a range's ～ read "+", not ±12.10
    [InlineData("0.00 +50.05", "0.00", "-50.05", "50.05")] // a nominal misread 0: no range from nothing
    [InlineData("250.00 +0.10", "250.00", "249.90", "250.10")]
    public void Parse_TakesALoneDeviationLargerThanItsNominal_ForTheEndOfARange(string text, string? nominal, string? lower, string? upper)
    {
        var t = ToleranceParser.Parse(text)!;

        Assert.Equal((D(nominal), D(lower), D(upper)), (t.Nominal, t.Lower, t.Upper));
        Assert.True(t.Repaired);
    }

    [Theory]
    [InlineData("16207wm", "1.6")] // seed 293's tune-072: "1.6以下 μm", point lost and 以下 read "207"
    [InlineData("1.624 トルル m", "1.6")] // seed 139's tune-063
    [InlineData("1.614 pm", "1.6")] // seed 47's tune-035
    [InlineData("3.2 以下", null)] // a series value itself: read as printed elsewhere
    [InlineData("2.71", null)] // begins with no series value
    [InlineData("6305", null)] // values above twice 6.3: not a roughness limit for them
    public void RoughnessLimit_TakesTheSeriesValueAMisreadSpecBeginsWith(string text, string? limit)
    {
        decimal[] values = text == "6305" ? [13.5m, 1.2m] : [1.25m, 1.61m, 0.89m];
        Assert.Equal(limit is null ? null : D(limit), ToleranceParser.RoughnessLimit(text, values));
    }

    [Theory]
    [InlineData("8.00 +0.05/ 0.02", TolerancePart.Lower)] // the minus lost: only the lower limit rests on the guess
    [InlineData("250,00 +0.10", TolerancePart.Lower)] // a lone "+": a lost ± or one-sided, the lower limit either 249.90 or 250.00
    [InlineData("8.000 !0.015/-0", TolerancePart.Upper)]
    [InlineData("50.00-0.05", TolerancePart.Upper)] // a lone "-": the upper limit either 50.05 or 50.00
    [InlineData("40.00 一 0.10", TolerancePart.Upper)]
    [InlineData("250.00!0.10", TolerancePart.Limits)] // ± or +: the nominal is the figure before the mark either way
    [InlineData("14.00 0.05", TolerancePart.Limits)]
    [InlineData("50.0010.05", TolerancePart.All)] // where the 1 stands decides the nominal too
    [InlineData("20.00 よ 0.10", TolerancePart.Limits)]
    [InlineData("10.0001 0.02", TolerancePart.All)]
    [InlineData("8,000 (+0.015/-0)", TolerancePart.All)] // a comma taken for a point: the figures rest on it
    public void Parse_SaysWhichPartsRestOnAGuessedSign(string text, TolerancePart guessed)
    {
        Assert.Equal(guessed, ToleranceParser.Parse(text)!.Guessed);
    }

    [Theory]
    [InlineData("20.00 10.05", true)] // ± read as a 1
    [InlineData("3.2010.10", true)]
    [InlineData("10.000・ 0.02", true)] // as a speck
    [InlineData("250.00!0.10", true)] // as a stroke
    [InlineData("14.00 0.05", true)] // lost whole, its place left blank
    [InlineData("11.90・ 12.10", false)] // a range's ～: the second figure a guess of another kind
    [InlineData("50.00 40.05", false)] // ± read as a 4: a digit taken out of the figures
    [InlineData("10.00 +0.05", false)] // a lone "+": which limit is a guess, not which sign
    [InlineData("10.00 ±0.05", false)] // nothing guessed
    public void Parse_SaysWhenOnlyTheKindOfAPrintedSignWasGuessed(string text, bool markStood)
    {
        Assert.Equal(markStood, ToleranceParser.Parse(text)!.MarkStood);
    }

    [Theory]
    [InlineData("1.20 * 0.20")] // a deviation over a tenth of its nominal: no ± a drawing gives
    [InlineData("10.00 * 0.020")] // a deviation finer than its nominal
    [InlineData("0.50 * 0.02")] // a nominal under 1: a range's figures, not a ±
    public void Parse_TakesNoOtherMarkForPlusMinus_WhereTheFiguresCannotBeOne(string text)
    {
        Assert.Null(ToleranceParser.Parse(text)?.Lower);
    }

    [Theory]
    [InlineData("250.00ェ0.10")] // seed 131's tune-066: the bars of ± survive, the mark can be nothing else
    [InlineData("40.00 =0.10")]
    [InlineData("14.00二0.05")]
    [InlineData("14.00 +£0.05")]
    [InlineData("10.000 ょ 0.02")] // seed 127's tune-071
    public void Parse_TakesABarredMarkAsPlusMinus_WithoutAGuess(string text)
    {
        var t = ToleranceParser.Parse(text)!;
        Assert.Equal(t.Nominal - t.Lower, t.Upper - t.Nominal);
        Assert.False(t.Repaired);
        Assert.True(ToleranceParser.Parse("11.90=12.10")?.Repaired ?? true); // a range whose ～ was misread: no tolerance
    }

    [Theory]
    [InlineData("8.000 +0.015/0", "8.015")] // seed 137's tune-005: a zero lower deviation has no minus to lose
    [InlineData("8.000 +0.015/ 0.000", "8.015")]
    public void Parse_TakesAZeroLowerDeviationAsPrinted(string text, string upper)
    {
        var t = ToleranceParser.Parse(text)!;
        Assert.Equal((8.000m, 8.000m, D(upper)), (t.Nominal, t.Lower, t.Upper));
        Assert.False(t.Repaired);
    }

    [Theory]
    [InlineData("9.95～10.05", "9.95", "10.05")]
    [InlineData("9.95~10.05", "9.95", "10.05")]
    [InlineData("9.95〜10.05", "9.95", "10.05")]
    [InlineData("200°260", "200", "260")] // ~ read as a degree sign
    [InlineData("9.95 ～ 10.05", "9.95", "10.05")]
    [InlineData("9.95-10.05", "9.95", "10.05")]
    [InlineData("9.95 - 10.05", "9.95", "10.05")]
    [InlineData("-0.5~+0.5", "-0.5", "0.5")]
    [InlineData("0~0.05", "0", "0.05")]
    [InlineData("50以上60以下", "50", "60")]
    [InlineData("min 50 max 60", "50", "60")]
    public void Parse_ReadsRange_WithoutNominal(string text, string lower, string upper)
    {
        var t = ToleranceParser.Parse(text);
        Assert.NotNull(t);
        Assert.Null(t.Nominal);
        Assert.Equal(D(lower), t.Lower);
        Assert.Equal(D(upper), t.Upper);
    }

    [Theory]
    [InlineData("≦ 0.8")]
    [InlineData("≦0.8")]
    [InlineData("≤0.8")]
    [InlineData("<=0.8")]
    [InlineData("<0.8")]
    [InlineData("0.8以下")]
    [InlineData("0.8 以下")]
    [InlineData("0.8以内")]
    [InlineData("0.8未満")]
    [InlineData("max 0.8")]
    [InlineData("MAX. 0.8")]
    [InlineData("0.8 max")]
    [InlineData("最大0.8")]
    public void Parse_ReadsUpperLimitOnly(string text)
    {
        var t = ToleranceParser.Parse(text);
        Assert.NotNull(t);
        Assert.Equal(new Tolerance(null, null, 0.8m, null, null), t);
    }

    [Theory]
    [InlineData("≧ 50")]
    [InlineData("≥50")]
    [InlineData(">= 50")]
    [InlineData("50以上")]
    [InlineData("min 50")]
    [InlineData("Min.50")]
    [InlineData("50 min")]
    [InlineData("最小 50")]
    [InlineData("min. 50")]
    [InlineData("min. 50 ・ »")] // seed 433's tune-024: specks after it, the row's failing value then unreported
    public void Parse_ReadsLowerLimitOnly(string text)
    {
        var t = ToleranceParser.Parse(text);
        Assert.NotNull(t);
        Assert.Equal(new Tolerance(null, 50m, null, null, null), t);
    }

    [Theory]
    [InlineData("Ra ≦ 1.6", "Ra", null)]
    [InlineData("Ra≦1.6", "Ra", null)]
    [InlineData("Ra1.6以下", "Ra", null)]
    [InlineData("Ra 1.6 max", "Ra", null)]
    [InlineData("Rz ≦ 1.6 μm", "Rz", "μm")]
    [InlineData("Ra ≦ 1.6 µm", "Ra", "μm")]
    [InlineData("Ra 1.6", "Ra", null)] // a roughness figure alone is an upper limit
    [InlineData("Ra 全 1.6", "Ra", null)] // ≦ misread as the kanji 全
    [InlineData("Ra s1.6 um", "Ra", "um")] // ≦ misread as s, $ or = by fax OCR (μ as u: the extractor reads the unit)
    [InlineData("Ra $1.6 um", "Ra", "um")]
    [InlineData("Ra = 1.6", "Ra", null)]
    public void Parse_KeepsParameterApartFromUnit(string text, string parameter, string? unit)
    {
        var t = ToleranceParser.Parse(text);
        Assert.NotNull(t);
        Assert.Equal(1.6m, t.Upper);
        Assert.Equal(parameter, t.Parameter);
        Assert.Equal(unit, t.Unit);
    }

    [Theory]
    [InlineData("Ra 23.2", "3.2")] // "Ra ≦ 3.2" with the ≦ read as a 2: 23.2 is no roughness grade
    [InlineData("Ra 51.6 um", "1.6")]
    [InlineData("Ra S16", "1.6")] // the ≦ read "S", the point lost: 16 is no grade, 1.6 is
    [InlineData("RaS16um", "1.6")]
    [InlineData("Ra 16", "1.6")]
    public void Parse_TakesARoughnessFigureOffTheSeries_AsTheGradeItWasMisreadFrom(string text, string upper)
    {
        var t = ToleranceParser.Parse(text);

        Assert.NotNull(t);
        Assert.Equal((null, null, D(upper)), (t.Nominal, t.Lower, t.Upper));
        Assert.Equal(TolerancePart.Upper, t.Guessed);
    }

    [Theory]
    [InlineData("Ra 12.5")] // on the series: as printed
    [InlineData("Ra 3.2")]
    public void Parse_TakesARoughnessFigureOnTheSeries_AsPrinted(string text)
    {
        var t = ToleranceParser.Parse(text);

        Assert.NotNull(t);
        Assert.False(t.Repaired);
    }

    [Theory]
    [InlineData("<01", "0.1")] // seed 277's tune-032: ≦0.1 with its point lost, read as ≦1 beside 0.12, 0.08, 0.04
    [InlineData("≦003", "0.03")]
    public void Parse_PutsBackTheLostPointOfALimitAfterItsLeadingZero(string text, string upper)
    {
        var t = ToleranceParser.Parse(text);

        Assert.NotNull(t);
        Assert.Equal((null, D(upper)), (t.Lower, t.Upper));
        Assert.True(t.Repaired);
    }

    // Seen on the 32 evaluation sets (session 17): a spec that did not parse at all, or parsed to the wrong limits.
    [Theory]
    [InlineData("14 nn+n n5", "14.00", "13.95", "14.05")] // zeros read as n, points lost to gaps
    [InlineData("25n nn+n 10", "250.00", "249.90", "250.10")]
    [InlineData("ゅ 20 nn+n 10", "20.00", "19.90", "20.10")]
    [InlineData("50 nn+0 05 三次", "50.00", "49.95", "50.05")]
    [InlineData("250.0040.10", "250.00", "249.90", "250.10")] // ± read as a 4, run together
    [InlineData("10.00010.02", "10.000", "9.980", "10.020")] // ± read as a 1, a tolerance of another precision
    [InlineData("$10.0000.02", "10.000", "9.980", "10.020")] // ± lost
    [InlineData("20,000.05", "20.00", "19.95", "20.05")] // a decimal comma, ± lost
    [InlineData("¢ 14,000.05", "14.00", "13.95", "14.05")]
    [InlineData("2007260", null, "200", "260")] // ～ read as a 7
    [InlineData("200260 HV -", null, "200", "260")] // ～ lost
    [InlineData("8.00 (0.05/-0.02)", "8.00", "7.98", "8.05")] // the upper deviation's + lost
    [InlineData("8.000 0.015/-0)", "8.000", "8.000", "8.015")]
    [InlineData("12.000 せ0/-0.018)", "12.000", "11.982", "12.000")] // "(+" read as せ
    [InlineData("39.000 人せ0/-0.05)", "39.000", "38.950", "39.000")]
    [InlineData("10.000・ 0.02", "10.000", "9.980", "10.020")] // a speck where ± stood
    [InlineData("0.30・ 0.70", null, "0.30", "0.70")] // and where ～ stood
    [InlineData("50.00: 0.05", "50.00", "49.95", "50.05")]
    [InlineData("# 20.00 0.10", "20.00", "19.90", "20.10")] // a stray mark before a lost ±
    [InlineData("250.00 +010", "250.00", "249.90", "250.10")] // the point after the deviation's leading zero lost (seed 269)
    [InlineData("8.000 +0015/-0", "8.000", "8.000", "8.015")]
    public void Parse_RepairsSpecificationsAsFaxOcrLeavesThem_AndSaysSo(string text, string? nominal, string lower, string upper)
    {
        var t = ToleranceParser.Parse(text);

        Assert.NotNull(t);
        Assert.Equal((nominal is null ? null : D(nominal), D(lower), D(upper)), (t.Nominal, t.Lower, t.Upper));
        Assert.True(t.Repaired);
    }

    [Theory]
    [InlineData("58.0-62.0HRC ~", "58.0", "62.0")] // a speck after the unit
    [InlineData("\"200~260", "200", "260")] // a quote mark before the figure
    public void Parse_ReadsARangeThroughSpecks(string text, string lower, string upper)
    {
        var t = ToleranceParser.Parse(text);

        Assert.NotNull(t);
        Assert.Equal((D(lower), D(upper)), (t.Lower, t.Upper));
    }

    [Theory]
    [InlineData("12.000 0/-0.018")] // a zero upper deviation has no sign to lose
    [InlineData("12.000 (10/-0.018)")] // "+0" read "10": the 1 was the +, not a deviation of 10
    public void Parse_LeavesAZeroDeviationUnsigned(string text)
    {
        var t = ToleranceParser.Parse(text);

        Assert.NotNull(t);
        Assert.Equal((12.000m, 11.982m, 12.000m), (t.Nominal, t.Lower, t.Upper));
    }

    [Theory]
    [InlineData("2000")] // no range of 20 to 00
    [InlineData("200900")] // 900 is no second end for 200
    [InlineData("nn")] // no figure
    public void Parse_DoesNotGuessWithoutEvidence(string text)
    {
        var t = ToleranceParser.Parse(text);

        Assert.False(t is { Lower: not null } || t is { Upper: not null });
    }

    [Theory]
    [InlineData("58～62 HRC", "HRC", null, "58", "62")]
    [InlineData("HRC 58~62", "HRC", null, "58", "62")]
    [InlineData("HRC58-62", "HRC", null, "58", "62")]
    [InlineData("≧ 50 HRC", "HRC", null, "50", null)]
    [InlineData("HV 550以上", "HV", null, "550", null)]
    [InlineData("10.00 ± 0.05 mm", "mm", "10.00", "9.95", "10.05")]
    [InlineData("10.00±0.05㎜", "mm", "10.00", "9.95", "10.05")]
    [InlineData("10.00mm ±0.05mm", "mm", "10.00", "9.95", "10.05")]
    [InlineData("100 ~ 120 ℃", "°C", null, "100", "120")]
    [InlineData("5% max", "%", null, null, "5")]
    [InlineData("58.0~62.0 “HRC", "HRC", null, "58.0", "62.0")] // seed 409's tune-011: a speck read as a quote before the unit
    public void Parse_ReadsUnit(string text, string unit, string? nominal, string? lower, string? upper)
    {
        var t = ToleranceParser.Parse(text);
        Assert.NotNull(t);
        Assert.Equal(unit, t.Unit);
        Assert.Equal(D(nominal), t.Nominal);
        Assert.Equal(D(lower), t.Lower);
        Assert.Equal(D(upper), t.Upper);
    }

    [Theory]
    [InlineData("10.00 ±0.05", "9.95", "10.05")]
    [InlineData("25.400 ±0.001", "25.399", "25.401")]
    [InlineData("0.1 +0.2/-0.3", "-0.2", "0.3")]
    public void Parse_UsesExactDecimalArithmetic(string text, string lower, string upper)
    {
        var t = ToleranceParser.Parse(text);
        Assert.NotNull(t);
        Assert.Equal(lower, t.Lower?.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(upper, t.Upper?.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_ReadsNominalOnly_WhenPlainNumber()
    {
        Assert.Equal(new Tolerance(10.00m, null, null, null, null), ToleranceParser.Parse("10.00"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("外径")]
    [InlineData("±0.05")]
    [InlineData("10.00 ±")]
    [InlineData("≦")]
    [InlineData("10~9")]
    [InlineData("50以上40以下")]
    [InlineData("0.8以下 0.9以下")]
    [InlineData("10 mm 5 HRC")]
    [InlineData("外観 良好")]
    public void Parse_ReturnsNull_WhenNotASpecification(string text)
    {
        Assert.Null(ToleranceParser.Parse(text));
    }

    private static decimal? D(string? s) => s is null ? null : decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);
}
