using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class PhoneNumberFormatterTests
{
    [Theory]
    [InlineData("(0566)12-3456", "0566-12-3456")]
    [InlineData("+81 566 12 3456", "0566-12-3456")]
    [InlineData("0566123456", "0566-12-3456")]
    [InlineData("0566-12-3456", "0566-12-3456")]
    [InlineData("+81-566-12-3456", "0566-12-3456")]
    [InlineData("+81(0)566-12-3456", "0566-12-3456")]
    [InlineData("0566 12 3456", "0566-12-3456")]
    [InlineData("TEL 052(123)4567", "052-123-4567")]
    [InlineData("TEL:052-123-4567", "052-123-4567")]
    [InlineData("Tel. 052-123-4567", "052-123-4567")]
    [InlineData("FAX: 0566-12-3456", "0566-12-3456")]
    [InlineData("ＦＡＸ　０５６６－１２－３４５６", "0566-12-3456")]
    [InlineData("℡ 0566-12-3456", "0566-12-3456")]
    [InlineData("電話 0566-12-3456", "0566-12-3456")]
    [InlineData("電話番号：0566-12-3456", "0566-12-3456")]
    [InlineData("O566-l2-3456", "0566-12-3456")]
    [InlineData("0566ー12ー3456", "0566-12-3456")]
    [InlineData("0566一12一3456", "0566-12-3456")]
    [InlineData("03-1234-5678", "03-1234-5678")]
    [InlineData("0312345678", "03-1234-5678")]
    [InlineData("090-1234-5678", "090-1234-5678")]
    [InlineData("0120-123-456", "0120-123-456")]
    [InlineData("81566123456", "0566-12-3456")]
    [InlineData("FAX 0566-21-4411", "0566-21-4411")]
    [InlineData("0566 21 4411", "0566-21-4411")]
    [InlineData("81 566 12 3456", "0566-12-3456")]
    public void Format_GivesJapaneseNationalFormat(string text, string expected)
    {
        Assert.Equal(expected, PhoneNumberFormatter.Format(text));
    }

    [Theory]
    [InlineData("(614) 555-0143", "US", "614-555-0143")]
    [InlineData("614.555.0143", "US", "614-555-0143")]
    [InlineData("Phone: 614-555-0143", "US", "614-555-0143")]
    [InlineData("+1 614 555 0143", "JP", "614-555-0143")]
    [InlineData("+44 20 7946 0958", "JP", "020-7946-0958")]
    [InlineData("+49 30 123456", "JP", "030-123456")]
    public void Format_GivesOtherCountriesNationalFormat(string text, string region, string expected)
    {
        Assert.Equal(expected, PhoneNumberFormatter.Format(text, region));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12345")]
    [InlineData("0566-12-3456 0566-12-3457")]
    [InlineData("TEL 0566-12-3456 FAX 0566-12-3457")]
    [InlineData("Fax from 0566-12-3456")]
    [InlineData("2026/11/25")]
    [InlineData("0000-00-0000")]
    [InlineData("PO-24-0112")]
    public void Format_ReturnsNull_WhenNotOneValidNumber(string text)
    {
        Assert.Null(PhoneNumberFormatter.Format(text));
    }

    [Theory]
    [InlineData("566 75 2208", "0566-75-2208")] // the leading 0 lost, the groups its own (seed 311's tune-045)
    [InlineData("O3—3762-4481", "03-3762-4481")]
    public void Format_GivesBackALostLeadingZero_WhenThePrintedGroupsAreTheNumbers(string text, string expected)
    {
        Assert.Equal(expected, PhoneNumberFormatter.Format(text));
    }

    [Fact]
    public void Format_GivesNoJapaneseNumber_WhoseGroupsAreNotThePrintedOnes()
    {
        // A US number read twice over itself (seed 331's tune-005) parses as Osaka's 06-1455-5555 with a 0 put in front.
        Assert.Null(PhoneNumberFormatter.Format("614-555 -555-"));
    }

    [Theory]
    [InlineData("(0566)75 2208 ド AX: (0566)75 2209", "0566-75-2208")] // the FAX label garbled (seed 367's tune-067)
    [InlineData("; +81-52-203-5521", "052-203-5521")]
    [InlineData("!81-52-621-8850 FAX. : (052)621-8851", "052-621-8850")]
    public void Leading_GivesTheNumberThatOpensTheText(string text, string expected)
    {
        Assert.Equal(expected, PhoneNumberFormatter.Leading(text));
    }

    [Theory]
    [InlineData("担当 0566-75-2208")]
    [InlineData("No. 12 0566-75-2208")]
    [InlineData("abc")]
    public void Leading_GivesNothing_WhenWordsOrFiguresComeFirst(string text)
    {
        Assert.Null(PhoneNumberFormatter.Leading(text));
    }
}
