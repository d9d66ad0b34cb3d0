using DocIntake.Core.Text;

namespace DocIntake.Core.Tests.Text;

public class InspectionWordsTests
{
    [Theory]
    [InlineData("Overalllength", "Overall length")]
    [InlineData("Innerdiameter", "Inner diameter")]
    [InlineData("Outer diameter", "Outer diameter")]
    [InlineData("Surfaceroughness", "Surface roughness")]
    [InlineData("Effectivecasehardening", "Effective case hardening")]
    [InlineData("Perpendicularity", "Perpendicularity")]
    [InlineData("Dimension A", "Dimension A")]
    [InlineData("Concentricit", "Concentricit")] // not two known words: left as read
    [InlineData("M10x1.25thread", "M10x1.25thread")]
    public void Split_SeparatesKnownWordsRunTogether(string read, string expected)
    {
        Assert.Equal(expected, InspectionWords.Split(read));
    }
}
