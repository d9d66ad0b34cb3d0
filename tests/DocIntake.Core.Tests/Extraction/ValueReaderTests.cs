using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Tests.Extraction;

public class ValueReaderTests
{
    [Theory]
    [InlineData("PO-26-4395", "PO-26-4395")]
    [InlineData("PO-26-4395 2026-12-18", "PO-26-4395")] // the next cell's date run in
    [InlineData("HN2611-643 2026/11/04", "HN2611-643")]
    [InlineData("A-2612-96622026-12-11", "A-2612-9662")]
    [InlineData("A-2601-5797 2026年1月28日", "A-2601-5797")]
    [InlineData("-PO-26-4395", "PO-26-4395")] // a table border read as a dash
    public void Code_ReadsTheCodeAlone(string text, string code)
    {
        Assert.Equal(code, ValueReader.Code(text));
    }

    [Theory]
    [InlineData("TEL 0566-21-4410 / FAX 0566-21-4411", "0566-21-4410")]
    [InlineData("(0566)75 2208 ド AX: (0566)75 2209", "0566-75-2208")] // the FAX label garbled (seed 367's tune-067)
    [InlineData("; +81-52-203-5521", "052-203-5521")]
    public void Phone_ReadsTheFirstNumber(string text, string phone)
    {
        Assert.Equal(phone, ValueReader.Phone(text));
    }

    [Theory]
    [InlineData("1 200", 1200)] // one number OCR split
    [InlineData("4,863", 4863)]
    [InlineData("1,234 567", 1234567)] // a comma read as a space
    [InlineData("8.272", 8272)] // a comma read as a dot: money has no three decimals
    [InlineData("USD 1.920.00", 1920)] // thousands dots before the cents (seed 131's tune-030)
    [InlineData("1.351,100 円", 1351100)] // one of two
    [InlineData("¥1,351.100", 1351100)]
    [InlineData("85.50", 85.5)]
    [InlineData(". 619.37", 619.37)] // a speck before it
    public void Money_JoinsOneNumberOcrSplit(string text, double amount)
    {
        Assert.Equal((decimal)amount, ValueReader.Money(text));
    }

    [Theory]
    [InlineData("—-¥1,624,020|", 1624020)] // a rule read as dashes before the ¥ (seed 31's tune-045)
    [InlineData("(税拓 | 695,160円|", 695160)] // the garbled 税抜 label before its ruling (seed 181's tune-044)
    [InlineData("(税扱) | 102, 6 2 4 円 |", 102624)] // spaces after the comma and between figures
    [InlineData("Y¥ 2,584,600 |", 2584600)] // ¥ read Y and ¥
    [InlineData("Y2.203.296 |", 2203296)]
    [InlineData("usp 5,364.10 |", 5364.10)] // USD read "usp"
    [InlineData("USD.454.62 |", 454.62)]
    [InlineData("込) 128.40", 128.40)] // the tail of its (税込) label
    [InlineData("・\\276,839-", 276839)] // a speck, then ¥ as a backslash
    [InlineData("IPY 170,523", 170523)]
    [InlineData("¥276,/82", 276782)] // a 7 read "/" beside its comma
    [InlineData("Y2/5,000", 275000)] // inside the figures before the first comma (seed 463's tune-052)
    [InlineData("¥/5,000", 75000)]
    [InlineData("¥12/,000", 127000)]
    [InlineData("¥64, /23-", 64723)] // and a space after the comma (seed 311's tune-031: the total that did not add up, unread)
    [InlineData("\\252 005", 252005)] // the comma read as a space
    [InlineData(". 519.,670円|", 519670)] // a speck before the comma (seed 431's tune-026: the total that did not add up, unread)
    [InlineData("2 ’ 857 ’ 5 1 8 円", 2857518)] // thousands commas read as quote marks (seed 593's tune-035: the total that did not add up, unread)
    [InlineData("458,.700円", 458700)] // and after it
    public void Money_ReadsACellAsFaxOcrLeavesIt(string text, double amount)
    {
        Assert.Equal((decimal)amount, ValueReader.Money(text));
    }

    [Theory]
    [InlineData("1,052 2026/08/04", "1052")] // the 納期 column run into the amount (seed 71's tune-002)
    [InlineData("317,350 令和 8 年5月 18日", "317350")]
    [InlineData("924 令和8年 6月29日", "924")]
    [InlineData("900 2026-05-28", "900")]
    public void Money_DropsADateRunIntoTheCell(string text, string amount)
    {
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), ValueReader.Money(text));
    }

    [Theory]
    [InlineData("(109%)")] // a tax rate, "(10%)" with a speck
    [InlineData("?,880")] // a figure OCR could not read
    [InlineData("2/2")] // a page counter (seed 83's tune-047 had it read 272, a line of its own)
    [InlineData("481 *")] // figures lost to the star: "481,690"
    [InlineData("922 2/6,600")] // two numbers
    public void Money_DoesNotRepairWhatIsNoAmount(string text)
    {
        Assert.Null(ValueReader.Money(text));
    }

    [Theory]
    [InlineData("4,863 121,575")] // unit price and amount in one cell when the amount column was lost
    [InlineData("6.50 650")]
    public void Money_DoesNotJoinTwoNumbers(string text)
    {
        Assert.Null(ValueReader.Money(text));
    }

    [Theory]
    [InlineData(". 外観", "外観")] // a speck before the word (seed 113's tune-046)
    [InlineData("、 表面粗さ", "表面粗さ")]
    [InlineData(".5 mm", ".5 mm")]
    [InlineData("Ltd. Co.", "Ltd. Co.")]
    [InlineData("Ltd. Co. .", "Ltd. Co.")]
    [InlineData("カラー-", "カラー")] // the long mark read twice (seed 179's tune-070, accepted at 0.94)
    [InlineData("硬度 ~", "硬度")]
    [InlineData("佐藤 .", "佐藤")] // a speck after a space (seed 181's tune-019, accepted at 0.96)
    [InlineData("Bushing,", "Bushing")] // a speck after the word (seed 149's tune-009, accepted at 0.94)
    [InlineData("外観.", "外観")] // a point run into a Japanese word (seed 197's tune-068, accepted at 0.97)
    [InlineData("Dia.", "Dia.")] // an English abbreviation keeps its point
    [InlineData("‘Taper collar", "Taper collar")] // a quote mark no quote closes (seed 521's tune-035, accepted at 0.93)
    [InlineData("‘Taper’ collar", "‘Taper’ collar")]
    public void CleanText_DropsASpeckReadAsAWordAtEitherEnd(string text, string expected)
    {
        Assert.Equal(expected, ValueReader.CleanText(text));
    }

    [Theory]
    [InlineData(". 100", 100.0)] // a speck apart before a quantity (seed 373's tune-033, read 0.100)
    [InlineData(".5", 0.5)]
    [InlineData("1 200", 1200.0)]
    public void Number_DropsASpeckApartBeforeTheFigure(string text, double number)
    {
        Assert.Equal((decimal)number, ValueReader.Number(text));
    }

    [Theory]
    [InlineData("2026/04/1 6", "2026-04-16")] // the day's digits read apart (seed 127 tune-002)
    [InlineData("2026/05/3 1", "2026-05-31")]
    [InlineData("2026/04/9 6", "2026-04-09")] // no day 96: the 6 is something else
    [InlineData("2026/04/16", "2026-04-16")]
    [InlineData("ROB/09/2 1", "2026-09-21")] // a Reiwa year of look-alikes (seed 331's tune-026)
    [InlineData("R8.4.2/", "2026-04-27")] // the day's 7 read "/" (fresh seed 631's tune-073)
    [InlineData("R8.11.1/", "2026-11-17")]
    [InlineData("Ro8/03/1G", "2026-03-16")] // its 6 read "G" (seed 233's tune-071)
    [InlineData("R8.4.5/", "2026-04-05")] // no day 57
    [InlineData("NR8.5.28", "2026-05-28")] // a speck read as a letter before the era (seed 563's tune-045)
    public void Date_ReadsWhatTheFaxLeftOfADaysFiguresAndEra(string text, string expected)
    {
        var date = ValueReader.Date(text, ReadContext.Japanese);

        Assert.Equal(expected, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("8/31 ・", "2026-08-31")] // a speck beside a month/day (line delivery dates of seed 113)
    [InlineData("。 10/26", "2026-10-26")]
    [InlineData("5/25 -", "2026-05-25")] // seed 157's tune-068: unparsed, then re-read wrong as "9/25 ・" and accepted
    [InlineData("6月 25 晶", "2026-06-25")] // 日 read 晶
    [InlineData("8.6.10", "2026-06-10")] // R8.6.10 with its R lost: a one-figure year is 令和's
    [InlineData("信和8年6月11昌", "2026-06-11")] // seed 211's tune-067: 令 read 信, 日 read 昌
    [InlineData("信和8年9月291", "2026-09-29")] // fresh seed 643's tune-059: 日 read 1 after a day of two figures
    [InlineData("合和8人10月20日", "2026-10-20")] // 年 read 人
    [InlineData("令和8年9月21", "2026-09-21")] // a day of two figures is not cut
    [InlineData("倒和8 年 8月19日", "2026-08-19")] // 令 read 倒
    [InlineData("公和 8 年 7月28 昌", "2026-07-28")] // 令 read 公
    [InlineData("2026/1 2/07", "2026-12-07")] // a gap inside a figure read as a space
    [InlineData("2026-1 1 -30", "2026-11-30")] // seed 127's tune-039
    [InlineData("202 6-11-09", "2026-11-09")] // fresh seed 257's tune-006: a gap in the year; "6-11-09" had read as 2009
    [InlineData("2026 1 2/07 5", null)] // figures left over: no date
    public void Date_ReadsWhatAFaxLeftOfADate_NearTheOrderDate(string text, string? expected)
    {
        var date = ValueReader.Date(text, new ReadContext(false, new DateOnly(2026, 6, 1)));

        Assert.Equal(expected, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
