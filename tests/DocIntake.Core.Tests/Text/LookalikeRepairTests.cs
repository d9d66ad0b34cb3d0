using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class LookalikeRepairTests
{
    [Theory]
    [InlineData("1O0", "100")]
    [InlineData("1o0", "100")]
    [InlineData("l23", "123")]
    [InlineData("I23", "123")]
    [InlineData("〇〇1", "001")]
    [InlineData("1|2", "112")]
    [InlineData("1丨2", "112")]
    [InlineData("12S4", "1254")]
    [InlineData("1B0", "180")]
    [InlineData("1Z3", "123")]
    [InlineData("S12", "S12")]
    [InlineData("B10", "B10")]
    [InlineData("12S", "12S")]
    [InlineData("1,234,5OO", "1,234,500")]
    [InlineData("1、234", "1,234")]
    [InlineData("0566ー12ー3456", "0566-12-3456")]
    [InlineData("0566一12一3456", "0566-12-3456")]
    [InlineData("0566－12－3456", "0566-12-3456")]
    [InlineData("0566—12—3456", "0566-12-3456")]
    [InlineData("０５６６‐１２‐３４５６", "0566-12-3456")]
    [InlineData("１２３", "123")]
    [InlineData("1 234 5", "12345")]
    [InlineData("", "")]
    public void ForNumber_RepairsDigits_WhenOcrReadLookalikes(string input, string expected)
    {
        Assert.Equal(expected, LookalikeRepair.ForNumber(input));
    }

    [Theory]
    [InlineData("P0-24-O112", "PO-24-0112")]
    [InlineData("PO-24-0112", "PO-24-0112")]
    [InlineData("po-24-0112", "PO-24-0112")]
    [InlineData("PO ー 24 ー 0112", "PO-24-0112")]
    [InlineData("PO - 24 - 0112", "PO-24-0112")]
    [InlineData("ＰＯ－２４－０１１２", "PO-24-0112")]
    [InlineData("P0-24-0ll2", "PO-24-0112")]
    [InlineData("SUS304", "SUS304")]
    [InlineData("SUS3O4", "SUS304")]
    [InlineData("S45C", "S45C")]
    [InlineData("M10", "M10")]
    [InlineData("A5052", "A5052")]
    [InlineData("L0T-2611-05", "LOT-2611-05")]
    [InlineData("AB-12O3", "AB-1203")]
    [InlineData("A-1S2", "A-152")]
    [InlineData("B-1203", "B-1203")]
    [InlineData("12l4", "1214")]
    [InlineData("DWG-1234/A", "DWG-1234/A")]
    [InlineData("K-100.5", "K-100.5")]
    [InlineData("ABC_12O", "ABC_120")]
    [InlineData("品番:AB-123", "AB-123")]
    [InlineData("BOLT", "BOLT")]
    [InlineData("", "")]
    public void ForCode_RepairsLettersAndDigits_WhenCodeWasMisread(string input, string expected)
    {
        Assert.Equal(expected, LookalikeRepair.ForCode(input));
    }

    [Theory]
    [InlineData("2O26/11/25", "2026/11/25")]
    [InlineData("TEL 0566ー12ー3456", "TEL 0566-12-3456")]
    [InlineData("数量 1OO 個", "数量 100 個")]
    [InlineData("Nov. 25, 2026", "Nov. 25, 2026")]
    [InlineData("PO-24-O112", "PO-24-0112")]
    [InlineData("LOT 1O", "LOT 10")]
    [InlineData("No.1O", "No.10")]
    [InlineData("Iot 5", "Iot 5")]
    [InlineData("φ1O.OO ±O.O5", "φ10.00 ±0.05")]
    [InlineData("1,2O0.", "1,200.")]
    [InlineData("Model X1O", "Model X1O")]
    [InlineData("ボルト一式 2個", "ボルト一式 2個")]
    [InlineData("No 10", "No 10")]
    public void ForDigitsInText_RepairsOnlyCharactersTouchingDigits(string input, string expected)
    {
        var repaired = LookalikeRepair.ForDigitsInText(input);
        Assert.Equal(expected, repaired);
        Assert.Equal(input.Length, repaired.Length);
    }

    [Theory]
    [InlineData("セ口ハン", "セロハン")]
    [InlineData("タ一ボ", "ターボ")]
    [InlineData("ワッシャ一", "ワッシャー")]
    [InlineData("二ッケル", "ニッケル")]
    [InlineData("工ンジン", "エンジン")]
    [InlineData("力バー", "カバー")]
    [InlineData("ス卜ッパー", "ストッパー")]
    [InlineData("ブラケッ卜", "ブラケット")]
    [InlineData("ス夕ッド", "スタッド")]
    [InlineData("八ンドル", "ハンドル")]
    [InlineData("ベ一ス", "ベース")]
    [InlineData("スペ一サ", "スペーサ")]
    [InlineData("プレ一ト 口ット", "プレート ロット")]
    [InlineData("ｽﾍﾟｰｻｰ", "スペーサー")]
    public void ForKatakana_Repairs_WhenLookalikeSitsInKatakanaRun(string input, string expected)
    {
        Assert.Equal(expected, LookalikeRepair.ForKatakana(input));
    }

    [Theory]
    [InlineData("入力")]
    [InlineData("工場")]
    [InlineData("ボルト一式")]
    [InlineData("入口")]
    [InlineData("二つ")]
    [InlineData("一二三")]
    [InlineData("八王子")]
    [InlineData("へいせい")]
    [InlineData("ステンレスパイプ")]
    [InlineData("加工")]
    public void ForKatakana_KeepsText_WhenContextIsNotKatakana(string input)
    {
        Assert.Equal(input, LookalikeRepair.ForKatakana(input));
    }

    [Theory]
    [InlineData("当社第二工場 資材受人", "当社第二工場 資材受入")]
    [InlineData("納人場所", "納入場所")]
    [InlineData("人荷時に検査", "入荷時に検査")]
    [InlineData("担当者 人江", "担当者 人江")]
    public void ForJapaneseWords_Puts入BackWhere人MakesNoWord(string text, string expected)
    {
        Assert.Equal(expected, LookalikeRepair.ForJapaneseWords(text));
    }

    [Theory]
    [InlineData("補強プラケット", "補強ブラケット")]
    [InlineData("カバーブレート", "カバープレート")]
    [InlineData("デーパーカラー", "テーパーカラー")]
    [InlineData("ブラケット", "ブラケット")]
    [InlineData("パイプ", "パイプ")]
    public void ForJapaneseWords_PutsBackAPartNamesKanaMark(string text, string expected)
    {
        Assert.Equal(expected, LookalikeRepair.ForJapaneseWords(text));
    }
}
