using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class EdgeBandsTests
{
    [Fact]
    public void Remove_WhitensBands_WhenTopAndLeftEdgesAreBlack()
    {
        var page = SyntheticPages.White(400, 300);
        SyntheticPages.FillRect(page, 0, 0, 400, 20);
        SyntheticPages.FillRect(page, 0, 0, 15, 300);
        var glyph = new PixelBox(150, 120, 30, 30);
        SyntheticPages.DrawGlyph(page, glyph.X, glyph.Y, glyph.Width, 3);
        var glyphInk = SyntheticPages.CountBlack(page, glyph);

        var (result, whitened) = EdgeBands.Remove(page);

        Assert.Equal(glyphInk, SyntheticPages.CountBlack(result));
        Assert.Equal(glyphInk, SyntheticPages.CountBlack(result, glyph));
        Assert.True(whitened >= (400 * 20) + (15 * 280));
    }

    [Fact]
    public void Remove_WhitensWedge_WhenSkewedFeedLeftATriangleAtTheBottom()
    {
        var page = SyntheticPages.White(400, 300);
        for (var x = 0; x < 400; x++)
        {
            var depth = x / 10;
            SyntheticPages.FillRect(page, x, 300 - depth, 1, depth);
        }

        SyntheticPages.DrawGlyph(page, 100, 100, 30, 3);
        var glyphInk = SyntheticPages.CountBlack(page, new PixelBox(100, 100, 30, 30));

        var (result, _) = EdgeBands.Remove(page);

        Assert.Equal(glyphInk, SyntheticPages.CountBlack(result));
    }

    [Fact]
    public void Remove_KeepsCharacters_WhenFaxHeaderTouchesTheTopEdge()
    {
        var page = SyntheticPages.White(400, 300);
        for (var x = 10; x < 300; x += 20)
        {
            SyntheticPages.DrawGlyph(page, x, -4, 12, 2);
        }

        var ink = SyntheticPages.CountBlack(page);

        var (result, whitened) = EdgeBands.Remove(page);

        Assert.Same(page, result);
        Assert.Equal(0, whitened);
        Assert.Equal(ink, SyntheticPages.CountBlack(result));
    }

    [Fact]
    public void Remove_KeepsRulingLineAndText_WhenNoBandTouchesTheEdge()
    {
        var page = SyntheticPages.White(400, 300);
        SyntheticPages.FillRect(page, 0, 30, 400, 2);
        SyntheticPages.DrawGlyph(page, 100, 100, 30, 3);

        var (result, whitened) = EdgeBands.Remove(page);

        Assert.Same(page, result);
        Assert.Equal(0, whitened);
    }
}
