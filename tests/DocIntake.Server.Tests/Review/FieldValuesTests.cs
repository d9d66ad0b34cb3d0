using System.Text.Json.Nodes;
using DocIntake.Server.Review;

namespace DocIntake.Server.Tests.Review;

public class FieldValuesTests
{
    [Theory]
    [InlineData("Money", "¥１２，０００-", "12000")]
    [InlineData("Date", "令和8年11月25日", "2026-11-25")]
    [InlineData("Date", "R8.11.25", "2026-11-25")]
    [InlineData("Quantity", "１０個", "10")]
    [InlineData("Phone", "(0566)12-3456", "0566-12-3456")]
    [InlineData("Result", "合", "pass")]
    [InlineData("Numbers", "10.01 １０．０２、9.99", "10.01 10.02 9.99")]
    [InlineData("Text", "ＡＢ－１０５", "AB-105")]
    public void TryParse_NormalisesEverySpellingTheParsersAccept(string kind, string typed, string expected)
    {
        Assert.True(FieldValues.TryParse(Enum.Parse<FieldKind>(kind), typed, english: false, out var value));
        Assert.Equal(expected, FieldValues.Display(value));
    }

    [Fact]
    public void TryParse_RefusesText_WhenItIsNoValueOfItsKind()
    {
        Assert.False(FieldValues.TryParse(FieldKind.Money, "abc", false, out _));
        Assert.False(FieldValues.TryParse(FieldKind.Date, "2026-13-45", false, out _));
        Assert.True(FieldValues.TryParse(FieldKind.Money, "  ", false, out var empty));
        Assert.Null(empty);
    }

    [Fact]
    public void Same_TreatsEqualNumbersAsOneValue()
    {
        Assert.True(FieldValues.Same(JsonValue.Create(12000m), JsonNode.Parse("12000.0")));
        Assert.False(FieldValues.Same(JsonValue.Create(12000m), null));
    }
}
