using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class FuzzyTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("注文番号", "注文番兮", 1)]
    [InlineData("注文番号", "発注番号", 2)]
    [InlineData("ab", "ba", 2)]
    public void Distance_CountsEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, Fuzzy.Distance(a, b));
        Assert.Equal(expected, Fuzzy.Distance(b, a));
    }

    [Theory]
    [InlineData("注 文 番 号", "注文番号", 1.0)]
    [InlineData("ＰＯ Ｎｏ．", "po no.", 1.0)]
    [InlineData("発注番号", "注文番号", 0.5)]
    [InlineData("注文番兮", "注文番号", 0.75)]
    [InlineData("", "", 1.0)]
    [InlineData("abc", "", 0.0)]
    [InlineData("abcd", "wxyz", 0.0)]
    public void Similarity_IsNormalizedAndIgnoresWidthCaseAndSpaces(string a, string b, double expected)
    {
        Assert.Equal(expected, Fuzzy.Similarity(a, b), 6);
    }

    [Fact]
    public void Best_PicksMostSimilarCandidate()
    {
        string[] master = ["株式会社山田商事", "株式会社山田製作所", "山田工業株式会社"];
        var (index, score) = Fuzzy.Best("株式会社山田製作所 ", master);
        Assert.Equal(1, index);
        Assert.Equal(1.0, score, 6);

        var (ocrIndex, ocrScore) = Fuzzy.Best("株式会社山田製作冊", master);
        Assert.Equal(1, ocrIndex);
        Assert.True(ocrScore is > 0.85 and < 1.0);
    }

    [Fact]
    public void Best_ReturnsMinusOne_WhenNoCandidates()
    {
        Assert.Equal(-1, Fuzzy.Best("x", []).Index);
    }
}
