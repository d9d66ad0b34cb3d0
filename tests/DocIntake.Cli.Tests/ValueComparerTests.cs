using System.Text.Json.Nodes;
using DocIntake.Cli.Commands.Eval;

namespace DocIntake.Cli.Tests;

public class ValueComparerTests
{
    [Theory]
    [InlineData("ＭＳ-１００２-Ａ", "MS-1002-A", true)] // NFKC: full-width letters and digits are the half-width ones
    [InlineData(" 弊社  安城工場 ", "弊社 安城工場", true)] // trimmed, white space folded
    [InlineData("当社第二工場 資材受入", "当社第二工場資材受入", false)] // a printed space between Japanese words counts
    [InlineData("(株)三河精密", "㈱三河精密", true)]
    [InlineData("Meiko Trading Co., Ltd.", "Meiko Trading Co.,Ltd.", false)]
    public void Same_ComparesStringsInTheContractsStringForm(string truth, string actual, bool same) =>
        Assert.Equal(same, ValueComparer.Same(JsonValue.Create(truth), JsonValue.Create(actual)));

    [Theory]
    [InlineData(10.0, 10.0000001, true)]
    [InlineData(9.98, 9.99, false)]
    public void Same_ComparesNumbersWithinAMillionth(double truth, double actual, bool same) =>
        Assert.Equal(same, ValueComparer.Same(JsonValue.Create(truth), JsonValue.Create(actual)));

    [Fact]
    public void Same_ComparesArraysElementByElement_AndNullOnlyWithNull()
    {
        Assert.True(ValueComparer.Same(new JsonArray(10.007, 10.0), new JsonArray(10.007, 10.0)));
        Assert.False(ValueComparer.Same(new JsonArray(10.007, 10.0), new JsonArray(10.007)));
        Assert.False(ValueComparer.Same(JsonValue.Create("L2609-12"), null));
        Assert.True(ValueComparer.Same(null, null));
    }
}
