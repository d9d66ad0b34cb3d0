using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class DespeckleTests
{
    [Fact]
    public void Remove_DeletesSpecksAndKeepsGlyphsAndDots_WhenFaxNoise()
    {
        var page = SyntheticPages.White(200, 100);
        var glyph = new PixelBox(20, 20, 30, 30);
        SyntheticPages.DrawGlyph(page, glyph.X, glyph.Y, glyph.Width, 3);
        var dot = new PixelBox(80, 30, 2, 2);
        SyntheticPages.FillRect(page, dot.X, dot.Y, dot.Width, dot.Height);
        page[120, 10] = 0;
        page[150, 60] = 0;
        page[151, 61] = 0;
        page[180, 90] = 0;
        page[181, 90] = 0;
        var keptInk = SyntheticPages.CountBlack(page, glyph) + 4;
        var maxPixels = Despeckle.MaxSpeckPixels(200);

        var (result, removed) = Despeckle.Remove(page, maxPixels);

        Assert.Equal(3, removed);
        Assert.Equal(keptInk, SyntheticPages.CountBlack(result));
        Assert.Equal(4, SyntheticPages.CountBlack(result, dot));
        Assert.Equal(0, page[120, 10]);
    }

    [Fact]
    public void Remove_ReturnsInput_WhenNothingIsSmallEnough()
    {
        var page = SyntheticPages.White(100, 100);
        SyntheticPages.DrawGlyph(page, 20, 20, 30, 3);

        var (result, removed) = Despeckle.Remove(page, 3);

        Assert.Same(page, result);
        Assert.Equal(0, removed);
    }

    [Fact]
    public void MaxSpeckPixels_GrowsWithResolution_WhenDpiIncreases()
    {
        Assert.True(Despeckle.MaxSpeckPixels(100) < Despeckle.MaxSpeckPixels(204));
        Assert.True(Despeckle.MaxSpeckPixels(204) < Despeckle.MaxSpeckPixels(300));
        Assert.True(Despeckle.MaxSpeckPixels(300) < Despeckle.MaxSpeckPixels(600));
        Assert.True(Despeckle.MaxSpeckPixels(204) < 4);
    }
}
