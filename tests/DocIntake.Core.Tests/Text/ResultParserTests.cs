using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class ResultParserTests
{
    [Theory]
    [InlineData("合格")]
    [InlineData("合 格")]
    [InlineData("(合格)")]
    [InlineData("判定: 合格")]
    [InlineData("総合判定 合格")]
    [InlineData("合")]
    [InlineData("OK")]
    [InlineData("ok")]
    [InlineData("Ok.")]
    [InlineData("ＯＫ")]
    [InlineData("O.K.")]
    [InlineData("○")]
    [InlineData("〇")]
    [InlineData("◯")]
    [InlineData("O")]
    [InlineData("良")]
    [InlineData("良品")]
    [InlineData("可")]
    [InlineData("適合")]
    [InlineData("PASS")]
    [InlineData("Pass")]
    [InlineData("passed")]
    [InlineData("G")]
    [InlineData("OK OK ・")] // a neighbour's verdict run into the cell (seed 101 tune-072)
    [InlineData("©")] // ○ on an image PDF (seed 101 tune-019)
    [InlineData("判定: OK")]
    [InlineData("Result: PASS")]
    [InlineData("GOOD")]
    [InlineData("の")] // ○ as fax OCR reads it (seed 113 tune-030)
    [InlineData("0")] // ○ read as a zero (seed 149 tune-016: the one row of four that hid an overall 不合格 disagreeing)
    [InlineData("@")] // ◎ (seed 149 tune-069)
    [InlineData("oO")] // one mark read twice
    [InlineData("良良")]
    [InlineData("合・")] // a speck after it
    [InlineData("恨")] // 良 misread: no other verdict looks so
    [InlineData("良 \"")] // a quote mark after it (seed 181's tune-037, the row that hid an overall 不合格 disagreeing)
    [InlineData("OK *")]
    public void Parse_ReturnsPass_WhenVerdictIsGood(string text)
    {
        Assert.Equal(ResultParser.Pass, ResultParser.Parse(text));
    }

    [Theory]
    [InlineData("不合格")]
    [InlineData("不 合 格")]
    [InlineData("総合判定: 不合格")]
    [InlineData("否")]
    [InlineData("NG")]
    [InlineData("ng")]
    [InlineData("ＮＧ")]
    [InlineData("N.G.")]
    [InlineData("×")]
    [InlineData("✕")]
    [InlineData("✖")]
    [InlineData("X")]
    [InlineData("x")]
    [InlineData("不良")]
    [InlineData("不可")]
    [InlineData("不適合")]
    [InlineData("FAIL")]
    [InlineData("FAIL °")] // a speck after it read as a degree sign (seed 313's tune-002, the overall verdict lost)
    [InlineData("Fail")]
    [InlineData("Rejected")]
    [InlineData("判定 NG")]
    [InlineData("合否: ×")]
    [InlineData("NG NG")]
    [InlineData("Xx")]
    [InlineData("=X")] // a speck before ×
    [InlineData("FAIL,")] // a speck after it (seed 137's tune-069, the overall verdict)
    public void Parse_ReturnsFail_WhenVerdictIsBad(string text)
    {
        Assert.Equal(ResultParser.Fail, ResultParser.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("合計")]
    [InlineData("合・否")]
    [InlineData("合格 / 不合格")]
    [InlineData("良 否")]
    [InlineData("OK NG")]
    [InlineData("OK abc")]
    [InlineData("abc")]
    [InlineData("10.05")]
    [InlineData("判定")]
    [InlineData("OX")]
    [InlineData("台")] // 合 or 否 (both over 口): its cell is read again
    [InlineData("合・否・")]
    public void Parse_ReturnsNull_WhenNoSingleVerdict(string text)
    {
        Assert.Null(ResultParser.Parse(text));
    }

    [Fact]
    public void Parse_ReturnsNull_WhenNull()
    {
        Assert.Null(ResultParser.Parse(null));
    }

    [Theory]
    [InlineData("R", "pass")] // 良 as fax OCR reads it (seed 163's tune-069, the row that hid an overall 不合格 disagreeing)
    [InlineData("#8", "pass")]
    [InlineData("和良", "pass")]
    [InlineData("良", null)] // read, not guessed
    [InlineData("&", "pass")] // ○ or 合 read so: 96 of 99 over 32 sets (session 17), a guess for review
    [InlineData("谷", "pass")]
    [InlineData("%", null)]
    [InlineData("F", null)]
    [InlineData("不馬格", "fail")] // 不合格 with its middle misread (seed 227's tune-079)
    [InlineData("不馬", null)]
    [InlineData("在合格", "fail")] // 不 read 在 (seed 269's tune-039, and 3 more over 37 sets: all fails)
    [InlineData("不may合格", "fail")]
    [InlineData("合格", null)] // read, not guessed
    [InlineData("十合格", null)]
    [InlineData("()", "pass")] // ○ read as brackets (seeds 233, 263 and others: 11 such, all ○)
    [InlineData("<>", "pass")]
    [InlineData("() °", "pass")]
    [InlineData("。()", "pass")]
    [InlineData("含", "pass")]
    [InlineData("(", null)]
    [InlineData("不人台格", "fail")] // 合 torn in two (seeds 307, 313, 541)
    [InlineData("不ア谷> 格", "fail")] // seed 233's tune-046
    [InlineData("人台格", "pass")]
    [InlineData("a百格", "pass")]
    [InlineData("TAIL", "fail")] // seed 601's tune-072
    [InlineData("FAL.", "fail")]
    [InlineData("PA5S", "pass")]
    [InlineData("FA", null)] // two letters lost: too little to guess
    public void LookAlike_GuessesAnUnreadMarkByItsShape(string text, string? expected)
    {
        Assert.Equal(expected, ResultParser.LookAlike(text));
    }
}
