using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("ＴＥＬ：０５６６－１２－３４５６", "TEL:0566-12-3456")]
    [InlineData("ｶﾞｲｹｲ", "ガイケイ")]
    [InlineData("ﾊﾟｲﾌﾟ", "パイプ")]
    [InlineData("㈱山田", "(株)山田")]
    [InlineData("㈱ 山田", "(株)山田")]
    [InlineData("山田 ㈱", "山田(株)")]
    [InlineData("  Acme   Corp. ", "Acme Corp.")]
    [InlineData("Acme Corp.", "Acme Corp.")]
    [InlineData("株 式 会 社 山 田", "株式会社山田")]
    [InlineData("注 文 書", "注文書")]
    [InlineData("ご 注 文 番 号 PO-24-0112", "ご注文番号 PO-24-0112")]
    [InlineData("PO - 24 - 0112", "PO - 24 - 0112")]
    [InlineData("山田\t\n製作所", "山田製作所")]
    [InlineData("\u3000全角\u3000スペース\u3000", "全角スペース")]
    [InlineData("ａ\u200Bｂ", "ab")]
    [InlineData("1,234,500 円", "1,234,500 円")]
    [InlineData("TEL 0566-12-3456  FAX 0566-12-3457", "TEL 0566-12-3456 FAX 0566-12-3457")]
    [InlineData("𠮷 野 家", "𠮷野家")]
    [InlineData("「 検 査 成 績 書 」", "「検査成績書」")]
    [InlineData("納品書 2 部添付のこと", "納品書2部添付のこと")] // Japanese sets no space around a number: seed 397's tune-024
    [InlineData("第3 工場", "第3工場")]
    [InlineData("ベアリング 6204 ZZ", "ベアリング 6204 ZZ")]
    [InlineData("ﾛｯﾄNo.", "ロットNo.")]
    [InlineData("2026 年 11 月", "2026 年11月")] // a number with Japanese on both sides only
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Normalize_GivesContractForm_WhenOcrTextIsMessy(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_ReturnsEmpty_WhenNull()
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(null));
    }

    [Theory]
    [InlineData("ご 注 文 番 号 PO-24-0112", "PO-24-0112")]
    [InlineData("株 式 会 社 山 田", "山田")]
    [InlineData("Acme   Corp.", "Corp.")]
    public void Normalize_IsIdempotent(string input, string tail)
    {
        var once = TextNormalizer.Normalize(input);
        Assert.Equal(once, TextNormalizer.Normalize(once));
        Assert.EndsWith(tail, once, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("注 文 No .", "注文No.")]
    [InlineData("Order  Date", "OrderDate")]
    [InlineData("ＰＯ　Ｎｏ．", "PONo.")]
    [InlineData(" 納 入 場 所 ", "納入場所")]
    public void Compact_RemovesEverySpace(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Compact(input));
    }
}
