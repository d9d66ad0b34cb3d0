using System.Globalization;
using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class QuantityParserTests
{
    [Theory]
    [InlineData("。 150", "150", null)] // a speck before the figure (32 sets, session 17: 35 quantities lost so)
    [InlineData("“24", "24", null)]
    [InlineData("・ 24", "24", null)]
    [InlineData("2,000 _", "2000", null)]
    [InlineData("50・", "50", null)]
    [InlineData("100個", "100", "個")]
    [InlineData("1,000 pcs", "1000", "pcs")]
    [InlineData("1,000PCS", "1000", "PCS")]
    [InlineData("2.5kg", "2.5", "kg")]
    [InlineData("2.5 ㎏", "2.5", "kg")]
    [InlineData("12 本", "12", "本")]
    [InlineData("3セット", "3", "セット")]
    [InlineData("3ｾｯﾄ", "3", "セット")]
    [InlineData("10 m", "10", "m")]
    [InlineData("20㎜", "20", "mm")]
    [InlineData("1 式", "1", "式")]
    [InlineData("500枚", "500", "枚")]
    [InlineData("１００個", "100", "個")]
    [InlineData("1OO個", "100", "個")]
    [InlineData("10oz", "10", "oz")]
    [InlineData("10l", "10", "l")]
    [InlineData("5 m2", "5", "m2")]
    [InlineData("100 (個)", "100", "個")]
    [InlineData("100", "100", null)]
    [InlineData(" 1,000 ", "1000", null)]
    [InlineData("1OO", "100", null)]
    [InlineData("-5個", "-5", "個")]
    [InlineData("0.5 L", "0.5", "L")]
    [InlineData("50 %", "50", "%")]
    public void Parse_ReadsNumberAndUnit(string text, string value, string? unit)
    {
        var q = QuantityParser.Parse(text);
        Assert.NotNull(q);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("個")]
    [InlineData("abc")]
    [InlineData("OK")]
    [InlineData("100個 200個")]
    [InlineData("1,00個")]
    [InlineData("100/200")]
    [InlineData("100-")]
    [InlineData("10 x 20")]
    public void Parse_ReturnsNull_WhenNotOneQuantity(string text)
    {
        Assert.Null(QuantityParser.Parse(text));
    }
}
