using DocIntake.Server.Mail;

namespace DocIntake.Server.Tests;

public class FaxNumberParserTests
{
    [Theory]
    [InlineData("FAX受信 0566-12-3456", "0566-12-3456")]
    [InlineData("Fax from +81 566 12 3456", "0566-12-3456")]
    [InlineData("ＦＡＸ受信　０５６６１２３４５６", "0566-12-3456")]
    [InlineData("FAX from (0566)12-3456 (2 pages)", "0566-12-3456")]
    [InlineData("Fax from 03-1234-5678", "03-1234-5678")]
    [InlineData("Fax from +1 614 555 0143", "614-555-0143")]
    public void FromSubject_FormatsNumber_WhenGatewaySubjectNamesIt(string subject, string expected) =>
        Assert.Equal(expected, FaxNumberParser.FromSubject(subject));

    [Theory]
    [InlineData("Order 0566-12-3456")]
    [InlineData("FAX受信")]
    [InlineData("FAX page 12")]
    [InlineData(null)]
    public void FromSubject_ReturnsNull_WhenNoFaxNumber(string? subject) => Assert.Null(FaxNumberParser.FromSubject(subject));
}
