using DocIntake.Server.Mail;

namespace DocIntake.Server.Tests;

public class SenderAllowListTests
{
    [Theory]
    [InlineData("fax@example.jp", true)]
    [InlineData("FAX@Example.JP", true)]
    [InlineData("other@example.jp", false)]
    [InlineData("someone@partner.co.jp", true)]
    [InlineData("someone@evil.partner.co.jp.attacker.com", false)]
    [InlineData(null, false)]
    public void Allows_MatchesAddressesAndDomains_WhenListIsSet(string? address, bool expected) =>
        Assert.Equal(expected, SenderAllowList.Allows(["fax@example.jp", "@partner.co.jp"], address));

    [Fact]
    public void Allows_AllowsEveryone_WhenListIsEmpty() => Assert.True(SenderAllowList.Allows([], "anyone@anywhere.example"));
}
