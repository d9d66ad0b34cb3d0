using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class InspectionWordsTests
{
    [Theory]
    [InlineData("Overalllength", "Overall length")]
    [InlineData("Tipdiameter", "Tip diameter")] // seed 149's tune-051
    [InlineData("Facewidth", "Face width")]
    [InlineData("Innerdiameter", "Inner diameter")]
    [InlineData("Outer diameter", "Outer diameter")]
    [InlineData("Surfaceroughness", "Surface roughness")]
    [InlineData("Effectivecasehardening", "Effective case hardening")]
    [InlineData("Perpendicularity", "Perpendicularity")]
    [InlineData("Dimension A", "Dimension A")]
    [InlineData("DimensionB", "Dimension B")]
    [InlineData("Concentricit", "Concentricit")] // not two known words: left as read
    [InlineData("M10x1.25thread", "M10x1.25thread")]
    public void Split_SeparatesKnownWordsRunTogether(string read, string expected)
    {
        Assert.Equal(expected, InspectionWords.Split(read));
    }

    [Theory]
    [InlineData("外径", true)]
    [InlineData("表面粗さ", true)]
    [InlineData("寸法A", true)]
    [InlineData("Outer diameter", true)]
    [InlineData("Dimension B", true)]
    [InlineData("表庫粗き", false)] // misread
    [InlineData("He", false)]
    [InlineData("Couxiulity", false)]
    [InlineData("diameter Outer x", false)]
    public void IsKnownItem_AcceptsOnlyWholeKnownTerms(string item, bool known)
    {
        Assert.Equal(known, InspectionWords.IsKnownItem(item));
    }

    [Theory]
    [InlineData("穴ビッチ", "穴ピッチ")] // ピ read without its small circle
    [InlineData("ビッチ", "ピッチ")]
    [InlineData("長き", "長さ")] // さ and き are one stroke apart
    [InlineData("厚き", "厚さ")]
    [InlineData("穴ピッチ", null)] // already known
    [InlineData("穴ミッチ", null)] // a different kana, not a lost mark
    [InlineData("外経", null)]
    public void CorrectJapaneseItem_RestoresAKnownItemReadWithoutItsKanaMarks(string read, string? expected)
    {
        Assert.Equal(expected, InspectionWords.CorrectJapaneseItem(read));
    }

    [Theory]
    [InlineData("碑度", "硬度")] // one kanji misread (jpn re-read of "BE")
    [InlineData("回軸度", "同軸度")]
    [InlineData("内律", "内径")]
    [InlineData("岬取り", "面取り")]
    [InlineData("めっき膜太", "めっき膜厚")]
    [InlineData("外律.", null)] // one from 外径 and from 外観: no guess
    [InlineData("全高", null)] // a known item itself, not 全長 misread
    [InlineData("表箇相さ", null)] // two characters off
    [InlineData("穴ビピッチ", "穴ピッチ")] // a kana read twice over (seed 557's tune-049)
    [InlineData("めっき了膜厚", "めっき膜厚")] // a mark inside
    [InlineData("穴ピッ", "穴ピッチ")] // the last character lost
    [InlineData("外", null)] // too short to tell
    public void OneCharacterOff_GuessesTheOnlyKnownItemOneCharacterAway(string read, string? expected)
    {
        Assert.Equal(expected, InspectionWords.OneCharacterOff(read));
    }

    [Theory]
    [InlineData("外", true)] // 外径 or 外観 with its second character lost (fresh seed 653's tune-045)
    [InlineData("平面", true)]
    [InlineData("外径", false)] // an item itself
    [InlineData("寸法", false)] // an item, though 寸法A starts with it
    [InlineData("WE", false)]
    public void IsCutShortKnownItem_TellsTheStartOfAnItemAlone(string read, bool expected)
    {
        Assert.Equal(expected, InspectionWords.IsCutShortKnownItem(read));
    }

    [Theory]
    [InlineData("寸法 A", "寸法A")] // seed 241's tune-027: accepted with OCR's gap before the letter
    [InlineData("外 径", "外径")]
    [InlineData("外径", null)] // already as listed
    [InlineData("Dimension A", null)] // English items keep their spaces
    public void AsListed_WritesAKnownJapaneseItemWithoutOcrsGaps(string read, string? expected)
    {
        Assert.Equal(expected, InspectionWords.AsListed(read));
    }

    [Theory]
    [InlineData("外律", true, "外径")] // figures in its 規格: measured, so not 外観
    [InlineData("外律", false, "外観")] // words alone: a visual check
    [InlineData("外律", null, null)] // the row cannot tell
    [InlineData("人硬度", null, "硬度")] // a mark before a known item
    public void OneCharacterOff_LetsTheRowDecideBetweenAMeasuredAndAVisualItem(string read, bool? measured, string? expected)
    {
        Assert.Equal(expected, InspectionWords.OneCharacterOff(read, measured));
    }

    [Theory]
    [InlineData("Appedrance", "Appearance")] // seed 197's tune-049, accepted at 0.94
    [InlineData("Surtace roughness", "Surface roughness")]
    [InlineData("surface roughncss", "surface roughness")]
    [InlineData("Outer dia neter", "Outer diameter")] // seed 337's tune-001: a blank inside a word and m read n, accepted twice
    [InlineData("Outer dia meter", "Outer diameter")]
    [InlineData("Outer diameter", null)] // known words: nothing to guess
    [InlineData("Vike", null)] // too short to guess from
    [InlineData("Burr height", null)] // an item not in the list is left as read
    [InlineData("Appearance =", "Appearance")] // the cell's ruling read as a mark after it (seed 541's tune-009)
    [InlineData("Dimension B —", "Dimension B")]
    [InlineData("Surtace roughness.", "Surface roughness")]
    public void OneLetterOff_GuessesTheKnownWordOneLetterAway(string read, string? expected)
    {
        Assert.Equal(expected, InspectionWords.OneLetterOff(read));
    }
}
