using System.Globalization;
using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class DateParserTests
{
    [Theory]
    [InlineData("2026/11/25", "2026-11-25")]
    [InlineData("2026-11-25", "2026-11-25")]
    [InlineData("2026.11.25", "2026-11-25")]
    [InlineData("2026/1/5", "2026-01-05")]
    [InlineData("2026年11月25日", "2026-11-25")]
    [InlineData("2026年1月5日", "2026-01-05")]
    [InlineData("2026 年 11 月 25 日", "2026-11-25")]
    [InlineData("２０２６年１１月２５日", "2026-11-25")]
    [InlineData("２０２６／１１／２５", "2026-11-25")]
    [InlineData("2026 / 11 / 25", "2026-11-25")]
    [InlineData("令和8年11月25日", "2026-11-25")]
    [InlineData("令和 8 年 11 月 25 日", "2026-11-25")]
    [InlineData("令和08年11月25日", "2026-11-25")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("令和1年5月1日", "2019-05-01")]
    [InlineData("㋿8年11月25日", "2026-11-25")]
    [InlineData("R8.11.25", "2026-11-25")]
    [InlineData("R08/11/25", "2026-11-25")]
    [InlineData("RO8/11/30", "2026-11-30")] // O for 0 after the era letter (fax)
    [InlineData("R8-11-25", "2026-11-25")]
    [InlineData("R.8.11.25", "2026-11-25")]
    [InlineData("Ｒ８．１１．２５", "2026-11-25")]
    [InlineData("R8年11月25日", "2026-11-25")]
    [InlineData("令和8.11.25", "2026-11-25")]
    [InlineData("H31.4.30", "2019-04-30")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData("平成元年1月8日", "1989-01-08")]
    [InlineData("㍻31年4月30日", "2019-04-30")]
    [InlineData("昭和64年1月7日", "1989-01-07")]
    [InlineData("S64.1.7", "1989-01-07")]
    [InlineData("昭和45年3月14日", "1970-03-14")]
    [InlineData("26/11/25", "2026-11-25")]
    [InlineData("25 Nov 2026", "2026-11-25")]
    [InlineData("25-Nov-2026", "2026-11-25")]
    [InlineData("25 November 2026", "2026-11-25")]
    [InlineData("25th Nov. 2026", "2026-11-25")]
    [InlineData("Nov. 25, 2026", "2026-11-25")]
    [InlineData("Nov 25, 2026", "2026-11-25")]
    [InlineData("NOV-25-2026", "2026-11-25")] // a fax machine's header date (seed 197's tune-002: the sent date unread)
    [InlineData("November 25, 2026", "2026-11-25")]
    [InlineData("NOVEMBER 25 2026", "2026-11-25")]
    [InlineData("Sept. 3, 2026", "2026-09-03")]
    [InlineData("May 1, 2026", "2026-05-01")]
    [InlineData("Wed, Nov 25, 2026", "2026-11-25")]
    [InlineData("11/25/2026", "2026-11-25")]
    [InlineData("25.11.2026", "2026-11-25")]
    [InlineData("25/11/2026", "2026-11-25")]
    [InlineData("2026年11月25日(水)", "2026-11-25")]
    [InlineData("2026/11/25 (水)", "2026-11-25")]
    [InlineData("令和8年11月25日（水曜日）", "2026-11-25")]
    [InlineData(" 2026/11/25. ", "2026-11-25")]
    [InlineData("2028/2/29", "2028-02-29")]
    [InlineData("2O26/11/25", "2026-11-25")]
    [InlineData("2026ー11ー25", "2026-11-25")]
    [InlineData("2026/l1/25", "2026-11-25")]
    [InlineData("令和8年l1月25日", "2026-11-25")]
    [InlineData("2026 04 06", "2026-04-06")] // the hyphens lost on a 98-lpi fax
    [InlineData("~20260918", "2026-09-18")] // lost with their gaps (seed 457's tune-008), a speck before
    [InlineData("2026 1012", "2026-10-12")]
    [InlineData("。 R8.II.17", "2026-11-17")] // the month's ones read as capital I (seed 547's tune-017)
    [InlineData("2026/l/17", "2026-01-17")]
    [InlineData("。 R8.11.17", "2026-11-17")] // a speck before it read as a Japanese full stop
    [InlineData("202 6-11-09", "2026-11-09")] // a gap inside the year, not 6-11-09 of 2009
    public void Parse_ReadsDate_WhenPrintedInAnyCommonSpelling(string text, string expected)
    {
        Assert.Equal(Date(expected), DateParser.Parse(text));
    }

    [Theory]
    [InlineData("2026/02/30")]
    [InlineData("2026/13/01")]
    [InlineData("2026/11/31")]
    [InlineData("2027/2/29")]
    [InlineData("R8.2.29")]
    [InlineData("令和元年4月30日")]
    [InlineData("平成31年5月1日")]
    [InlineData("平成元年1月7日")]
    [InlineData("昭和64年1月8日")]
    [InlineData("0566-12-3456")]
    [InlineData("052-123-4567")]
    [InlineData("P.001/002")]
    [InlineData("1/2")]
    [InlineData("PO-24-0112")]
    [InlineData("10.00 ±0.05")]
    [InlineData("2026/11/25 2026/11/26")]
    [InlineData("納期 2026/11/25")]
    [InlineData("11月25日")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0001/01/01")]
    [InlineData("2026 13 06")]
    [InlineData("20264420")] // a hyphen read as a 4: no month 44
    [InlineData("20261312")]
    [InlineData("120260918")]
    [InlineData("0566 21 4410")]
    [InlineData("注文日 2026 04 06 PO 12")]
    public void Parse_ReturnsNull_WhenNoSingleValidDate(string text)
    {
        Assert.Null(DateParser.Parse(text));
    }

    [Fact]
    public void Parse_ReturnsNull_WhenNull()
    {
        Assert.Null(DateParser.Parse(null));
    }

    [Theory]
    [InlineData("11月25日", "2026-11-20", "2026-11-25")]
    [InlineData("11 月 25 日", "2026-11-20", "2026-11-25")]
    [InlineData("1月10日", "2026-12-20", "2027-01-10")]
    [InlineData("2月15日", "2026-11-20", "2027-02-15")]
    [InlineData("12月28日", "2027-01-05", "2026-12-28")]
    [InlineData("11月25日", "2026-04-01", "2026-11-25")]
    [InlineData("11月25日", "2027-02-10", "2026-11-25")]
    [InlineData("2月29日", "2027-12-01", "2028-02-29")]
    [InlineData("11/25", "2026-11-01", "2026-11-25")]
    [InlineData("1/10 (金)", "2026-12-20", "2027-01-10")]
    public void Parse_InfersYear_WhenOnlyMonthAndDayPrinted(string text, string reference, string expected)
    {
        Assert.True(DateParser.TryParse(text, out var match, reference: Date(reference)));
        Assert.Equal(Date(expected), match.Date);
        Assert.Equal(DateKind.MonthDayOnly, match.Kind);
    }

    [Theory]
    [InlineData("ROB/09/16", "2026-09-20", "2026-09-16")] // seed 137's tune-006: 0 read O, 8 read B
    [InlineData("R0O8/11/20", "2026-11-25", "2026-11-20")] // a figure read twice
    [InlineData("ROB8/05/04", "2026-05-10", "2026-05-04")]
    [InlineData("ROS/07/27", "2026-07-30", "2026-07-27")] // S: 8 is nearer the fax's year than 5
    [InlineData("ROS/07/27", "2023-07-30", "2023-07-27")] // …and 5 nearer this one
    [InlineData("令机 8 年 2月27 日", "2026-03-02", "2026-02-27")] // 和 read 机 (seed 163's tune-065)
    [InlineData("令和S 年3月 5 日", "2026-03-09", "2026-03-05")]
    public void Parse_ReadsAReiwaYearAFaxGarbled(string text, string reference, string expected)
    {
        Assert.Equal(Date(expected), DateParser.Parse(text, reference: Date(reference)));
    }

    [Theory]
    [InlineData("08/09/21", "2026-09-25", "2026-09-21")] // "R08/09/21" with its R lost (seed 197's tune-002)
    [InlineData("26/09/21", "2026-09-25", "2026-09-21")]
    [InlineData("22/09/21", "2026-09-25", "2022-09-21")]
    [InlineData("08/09/21", null, "2008-09-21")] // nothing to say which era
    public void Parse_ReadsATwoDigitYearAsReiwa_WhenThatIsNearerTheReference(string text, string? reference, string expected)
    {
        Assert.Equal(Date(expected), DateParser.Parse(text, reference: reference is null ? null : Date(reference)));
    }

    [Theory]
    [InlineData("2月30日", "2026-11-20")]
    [InlineData("13/25", "2026-11-20")]
    public void Parse_ReturnsNull_WhenMonthDayIsImpossible(string text, string reference)
    {
        Assert.Null(DateParser.Parse(text, reference: Date(reference)));
    }

    [Theory]
    [InlineData("05/06/2026", false, "2026-06-05")]
    [InlineData("05/06/2026", true, "2026-05-06")]
    [InlineData("11/25/2026", false, "2026-11-25")]
    [InlineData("25/11/2026", true, "2026-11-25")]
    [InlineData("11/05/26", true, "2026-11-05")]
    [InlineData("26/11/05", false, "2026-11-05")]
    public void Parse_HonoursPreferMonthFirst_WhenOrderIsOpen(string text, bool monthFirst, string expected)
    {
        Assert.Equal(Date(expected), DateParser.Parse(text, preferMonthFirst: monthFirst));
    }

    [Theory]
    [InlineData("05/06/2026", true)]
    [InlineData("11/25/2026", false)]
    [InlineData("06/06/2026", false)]
    public void TryParse_ReportsOrderAmbiguity_WhenBothReadingsAreValid(string text, bool ambiguous)
    {
        Assert.True(DateParser.TryParse(text, out var match));
        Assert.Equal(ambiguous, match.OrderAmbiguous);
    }

    [Theory]
    [InlineData("令和8年11月25日", DateKind.Full)]
    [InlineData("2026/11/25", DateKind.Full)]
    [InlineData("26/11/25", DateKind.TwoDigitYear)]
    [InlineData("25-Nov-26", DateKind.TwoDigitYear)]
    [InlineData("26年11月25日", DateKind.TwoDigitYear)]
    public void TryParse_ReportsKind(string text, DateKind kind)
    {
        Assert.True(DateParser.TryParse(text, out var match));
        Assert.Equal(kind, match.Kind);
        Assert.Equal(Date("2026-11-25"), match.Date);
    }

    [Theory]
    [InlineData("注文日: 令和8年11月25日(水)", "2026-11-25", "令和8年11月25日")]
    [InlineData("発行日 2026/11/25 担当 山田", "2026-11-25", "2026/11/25")]
    [InlineData("FAX 0566-12-3456 2026/11/20 10:32 P.001/002", "2026-11-20", "2026/11/20")]
    [InlineData("Order Date: Nov. 25, 2026", "2026-11-25", "Nov. 25, 2026")]
    [InlineData("Date 25 Nov 2026 Page 1", "2026-11-25", "25 Nov 2026")]
    [InlineData("注文日：２０２６年１１月２５日", "2026-11-25", "２０２６年１１月２５日")]
    [InlineData("発行 ㍻31年4月30日 以上", "2019-04-30", "㍻31年4月30日")]
    [InlineData("2026/02/30 訂正 2026/03/02", "2026-03-02", "2026/03/02")]
    [InlineData("No. 2026-0112 検査日 R8.11.25", "2026-11-25", "R8.11.25")]
    public void TryFind_FindsFirstValidDate_WhenInsideLongerText(string text, string expected, string printed)
    {
        Assert.True(DateParser.TryFind(text, out var match));
        Assert.Equal(Date(expected), match.Date);
        Assert.Equal(printed, text.Substring(match.Index, match.Length));
    }

    [Fact]
    public void TryFind_FindsMonthDay_OnlyWithReference()
    {
        const string text = "納期 12月5日 必着";
        Assert.False(DateParser.TryFind(text, out _));
        Assert.True(DateParser.TryFind(text, out var match, reference: Date("2026-11-20")));
        Assert.Equal(Date("2026-12-05"), match.Date);
        Assert.Equal("12月5日", text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("no date here")]
    [InlineData("TEL 0566-12-3456 FAX 0566-12-3457")]
    [InlineData("P.1/2 PO-24-0112")]
    [InlineData("数量 100 単価 1,234")]
    [InlineData("令和99年99月99日")]
    [InlineData("2026/02/2/")] // the day's 7 read "/" at 98 lpi (seed 179's tune-054, accepted as 2026-02-02)
    public void TryFind_ReturnsFalse_WhenNoDateInside(string text)
    {
        Assert.False(DateParser.TryFind(text, out _));
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
