using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class RulingLinesTests
{
    // A 3x3-cell table at 200 dpi: lines at these positions, 2 px thick.
    private static readonly int[] Rows = [50, 150, 250, 350];
    private static readonly int[] Columns = [40, 240, 440, 640];

    [Fact]
    public void FindAndRemove_RemovesGridAndKeepsGlyphs_WhenTableHasTextInCells()
    {
        var (page, glyphs) = TableWithGlyphs();
        var inkBefore = glyphs.Select(g => SyntheticPages.CountBlack(page, g)).ToList();

        var removal = RulingLines.FindAndRemove(page);

        Assert.Equal(4, removal.Lines.Count(l => l.Horizontal));
        Assert.Equal(4, removal.Lines.Count(l => !l.Horizontal));
        Assert.All(removal.Lines.Where(l => l.Horizontal), l => Assert.InRange(l.Box.Width, 598, 604));
        Assert.All(removal.Lines.Where(l => l.Horizontal), l => Assert.InRange(l.Box.Height, 2, 3));
        Assert.All(removal.Lines.Where(l => !l.Horizontal), l => Assert.InRange(l.Box.Height, 298, 304));
        for (var i = 0; i < glyphs.Count; i++)
        {
            Assert.Equal(inkBefore[i], SyntheticPages.CountBlack(removal.Image, glyphs[i]));
        }

        // What is left is the glyphs, plus only the crossing stroke where it runs through a line.
        var leftover = SyntheticPages.CountBlack(removal.Image) - inkBefore.Sum();
        Assert.InRange(leftover, 0, 10);
        Assert.Equal(255, removal.Image[100, 50]);
        Assert.Equal(255, removal.Image[240, 100]);
    }

    [Fact]
    public void FindAndRemove_KeepsStroke_WhenCharacterCrossesLine()
    {
        var page = SyntheticPages.White(600, 200);
        SyntheticPages.FillRect(page, 20, 100, 560, 2);
        SyntheticPages.FillRect(page, 300, 80, 3, 40);

        var removal = RulingLines.FindAndRemove(page);

        Assert.Single(removal.Lines);
        for (var y = 80; y < 120; y++)
        {
            Assert.Equal(0, removal.Image[301, y]);
        }

        Assert.Equal(255, removal.Image[200, 100]);
        Assert.Equal(3 * 40, SyntheticPages.CountBlack(removal.Image));
    }

    [Fact]
    public void FindAndRemove_RemovesDashedLine_WhenGapsAreSmall()
    {
        var page = SyntheticPages.White(600, 200);
        for (var x = 50; x < 550; x += 8)
        {
            SyntheticPages.FillRect(page, x, 100, 5, 2);
        }

        var removal = RulingLines.FindAndRemove(page);

        var line = Assert.Single(removal.Lines);
        Assert.True(line.Horizontal);
        Assert.InRange(line.Box.Width, 480, 505);
        Assert.Equal(0, SyntheticPages.CountBlack(removal.Image));
    }

    [Fact]
    public void FindAndRemove_FindsNothing_WhenPageIsDenseTextAt300Dpi()
    {
        // Lines of 0.15-inch glyphs 3 px apart: bridged rows through them are long, but they stack up thick.
        var page = SyntheticPages.White(1200, 600, dpi: 300);
        for (var line = 0; line < 8; line++)
        {
            for (var x = 30; x < 1150; x += 48)
            {
                SyntheticPages.DrawGlyph(page, x, 30 + (line * 70), 45, 4);
            }
        }

        var removal = RulingLines.FindAndRemove(page);

        Assert.Empty(removal.Lines);
        Assert.Same(page, removal.Image);
    }

    [Fact]
    public void FindAndRemove_IgnoresFilledBlock_WhenItIsThickerThanALine()
    {
        var page = SyntheticPages.White(600, 200);
        SyntheticPages.FillRect(page, 50, 50, 400, 40);

        var removal = RulingLines.FindAndRemove(page);

        Assert.Empty(removal.Lines);
    }

    [Fact]
    public void FindAndRemove_FindsSkewedLine_WhenSlightlyOffHorizontal()
    {
        var page = SyntheticPages.White(1000, 200);
        for (var x = 50; x < 950; x++)
        {
            SyntheticPages.FillRect(page, x, 100 + (x / 300), 1, 2);
        }

        var removal = RulingLines.FindAndRemove(page);

        var line = Assert.Single(removal.Lines);
        Assert.InRange(line.Box.Width, 895, 905);
        Assert.Equal(0, SyntheticPages.CountBlack(removal.Image));
    }

    private static (GrayImage Page, List<PixelBox> Glyphs) TableWithGlyphs()
    {
        var page = SyntheticPages.White(700, 400);
        foreach (var y in Rows)
        {
            SyntheticPages.FillRect(page, Columns[0], y, Columns[^1] - Columns[0] + 2, 2);
        }

        foreach (var x in Columns)
        {
            SyntheticPages.FillRect(page, x, Rows[0], 2, Rows[^1] - Rows[0] + 2);
        }

        var glyphs = new List<PixelBox>();
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                // Two glyphs per cell; the first of every cell sits on the line below it (touching from above).
                var bottom = Rows[row + 1];
                var left = Columns[column] + 20;
                glyphs.Add(new PixelBox(left, bottom - 30, 30, 30));
                glyphs.Add(new PixelBox(left + 50, bottom - 60, 30, 30));
            }
        }

        foreach (var glyph in glyphs)
        {
            SyntheticPages.DrawGlyph(page, glyph.X, glyph.Y, glyph.Width, 3);
        }

        // A stroke crossing the middle horizontal line, as in a character written over it.
        SyntheticPages.FillRect(page, 600, Rows[1] - 10, 2, 22);
        glyphs.Add(new PixelBox(600, Rows[1] - 10, 2, 10));
        glyphs.Add(new PixelBox(600, Rows[1] + 2, 2, 10));
        return (page, glyphs);
    }
}
