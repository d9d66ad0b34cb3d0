using System.Globalization;
using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class MoneyParserTests
{
    [Theory]
    [InlineData("¥1,234,500", "1234500", "JPY")]
    [InlineData("¥501;700", "501700", "JPY")] // a comma read as a semicolon (seed 373's tune-078)
    [InlineData("￥1,234,500", "1234500", "JPY")]
    [InlineData("¥ 1,234,500", "1234500", "JPY")]
    [InlineData("1,234,500円", "1234500", "JPY")]
    [InlineData("1,234,500 円", "1234500", "JPY")]
    [InlineData("1234500", "1234500", null)]
    [InlineData("1,234,500", "1234500", null)]
    [InlineData("$1,234.50", "1234.50", "USD")]
    [InlineData("US$ 1,234.50", "1234.50", "USD")]
    [InlineData("USD 99.99", "99.99", "USD")]
    [InlineData("USD1,000", "1000", "USD")]
    [InlineData("JPY 1,234,500", "1234500", "JPY")]
    [InlineData("1,234,500 JPY", "1234500", "JPY")]
    [InlineData("€1.234,50", "1234.50", "EUR")]
    [InlineData("EUR 1,234.50", "1234.50", "EUR")]
    [InlineData("£12.50", "12.50", "GBP")]
    [InlineData("₹319.00", "319.00", "INR")]
    [InlineData("RMB 1,000", "1000", "CNY")]
    [InlineData("１，２３４，５００円", "1234500", "JPY")]
    [InlineData("￥１，２３４，５００－", "1234500", "JPY")]
    [InlineData("\\1,234,500", "1234500", "JPY")]
    [InlineData("¥1,234,5OO", "1234500", "JPY")]
    [InlineData("1, 234, 500円", "1234500", "JPY")]
    [InlineData("1.234.500円", "1234500", "JPY")]
    [InlineData("¥0", "0", "JPY")]
    [InlineData("△1,000", "-1000", null)]
    [InlineData("▲1,000円", "-1000", "JPY")]
    [InlineData("-¥1,000", "-1000", "JPY")]
    [InlineData("¥-1,000", "-1000", "JPY")]
    [InlineData("-1,000", "-1000", null)]
    [InlineData("USD 3,856.60 | -", "3856.60", "USD")]
    [InlineData("| ¥910,420", "910420", "JPY")]
    public void Parse_ReadsAmountAndCurrency(string text, string amount, string? currency)
    {
        var money = MoneyParser.Parse(text);
        Assert.NotNull(money);
        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), money.Amount);
        Assert.Equal(currency, money.Currency);
    }

    [Theory]
    [InlineData("¥1,234,500-", true)]
    [InlineData("￥1,234,500－", true)]
    [InlineData("¥1,234,500ー", true)]
    [InlineData("¥1,234,500.-", true)]
    [InlineData("¥ 1,234,500 -", true)]
    [InlineData("金1,234,500円也", true)]
    [InlineData("¥1,234,500", false)]
    [InlineData("1,234,500円", false)]
    public void Parse_ReportsExactMark_WhenTrailingDashOrNari(string text, bool exact)
    {
        var money = MoneyParser.Parse(text);
        Assert.NotNull(money);
        Assert.Equal(1234500m, money.Amount);
        Assert.Equal(exact, money.ExactMark);
    }

    [Theory]
    [InlineData("1,234,500 円(税込)", TaxLabel.Included)]
    [InlineData("¥1,234,500（税込）", TaxLabel.Included)]
    [InlineData("税込 ¥1,234,500", TaxLabel.Included)]
    [InlineData("¥1,234,500 税込み", TaxLabel.Included)]
    [InlineData("¥1,234,500 (内税)", TaxLabel.Included)]
    [InlineData("1,234,500円(税抜)", TaxLabel.Excluded)]
    [InlineData("1,234,500円 税抜き", TaxLabel.Excluded)]
    [InlineData("¥1,234,500 (税別)", TaxLabel.Excluded)]
    [InlineData("1,234,500 (tax incl.)", TaxLabel.Included)]
    [InlineData("1,234,500 excl. tax", TaxLabel.Excluded)]
    [InlineData("¥1,234,500", TaxLabel.None)]
    public void Parse_ReportsTaxLabel_WithoutChangingAmount(string text, TaxLabel tax)
    {
        var money = MoneyParser.Parse(text);
        Assert.NotNull(money);
        Assert.Equal(1234500m, money.Amount);
        Assert.Equal(tax, money.Tax);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("¥")]
    [InlineData("円")]
    [InlineData("abc")]
    [InlineData("¥1,234 ¥5,678")]
    [InlineData("1,234 5,678")]
    [InlineData("100 200")]
    [InlineData("¥1,234 $5")]
    [InlineData("合計 ¥1,000")]
    [InlineData("1,23,4")]
    [InlineData("12,34")]
    [InlineData("1,234,500円(税込) 税抜")]
    [InlineData("1,000円 (2件)")]
    [InlineData("2026/11/25")]
    public void Parse_ReturnsNull_WhenNotExactlyOneAmount(string text)
    {
        Assert.Null(MoneyParser.Parse(text));
    }

    [Fact]
    public void Parse_ReturnsNull_WhenNull()
    {
        Assert.Null(MoneyParser.Parse(null));
    }
}
