using DocIntake.Ocr.Interop;

namespace DocIntake.Ocr.Tests;

public sealed class LineTextTests
{
    [Fact]
    public void SpaceBefore_IsTrueOnlyForWordsAfterABlankInTheLineText()
    {
        var line = new LineText("納品先 当社第二工場 資材受入\n");

        List<string> words = ["納品先", "当社", "第", "二", "工場", "資材", "受入"];

        var marks = words.Select(line.SpaceBefore).ToList();

        Assert.Equal([false, true, false, false, false, true, false], marks);
    }

    [Fact]
    public void SpaceBefore_IsFalseForAWordTheLineTextDoesNotHold_AndTheWalkGoesOn()
    {
        var line = new LineText("A B");

        Assert.False(line.SpaceBefore("A"));
        Assert.False(line.SpaceBefore("X"));
        Assert.True(line.SpaceBefore("B"));
    }
}
