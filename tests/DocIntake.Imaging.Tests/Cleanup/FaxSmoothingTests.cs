using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class FaxSmoothingTests
{
    [Fact]
    public void Soften_SpreadsABlackPixelOverFiveByFive_WithBinomialWeights()
    {
        var page = SyntheticPages.White(11, 11, dpi: 204);
        page[5, 5] = 0;

        var soft = FaxSmoothing.Soften(page);

        // Ink of weight w/256 at a pixel leaves 255 - 255 * w / 256 (rounded); the centre weight is 6 * 6.
        Assert.Equal(219, soft[5, 5]);
        Assert.Equal(soft[4, 5], soft[6, 5]);
        Assert.Equal(soft[5, 4], soft[5, 6]);
        Assert.Equal(soft[3, 3], soft[7, 7]);
        Assert.True(soft[5, 5] < soft[4, 5] && soft[4, 5] < soft[3, 5] && soft[3, 5] < 255);
        Assert.Equal(255, soft[2, 5]);
        Assert.Equal(255, soft[5, 8]);
        Assert.InRange(Enumerable.Range(0, 121).Sum(i => 255 - soft.Pixels[i]), 250, 260);
        Assert.Equal((11, 11, 204.0, 204.0), (soft.Width, soft.Height, soft.DpiX, soft.DpiY));
        Assert.Equal(0, page[5, 5]);
    }

    [Fact]
    public void Soften_KeepsFlatAreasAndEdgesOfThePage_WhenAllOneColour()
    {
        var black = SyntheticPages.Filled(7, 5, 0, dpi: 204);
        var white = SyntheticPages.White(7, 5, dpi: 204);

        Assert.All(FaxSmoothing.Soften(black).Pixels, p => Assert.Equal(0, p));
        Assert.All(FaxSmoothing.Soften(white).Pixels, p => Assert.Equal(255, p));
    }

    [Fact]
    public void Clean_SmoothsOnlyFaxNormalPages_AndKeepsTheBilevelPageForOrientation()
    {
        var normal = StrokePage(204, 98);
        var fine = StrokePage(204, 196);

        var smoothed = PageCleaner.Clean(normal, CleanupOptions.Default);
        var bilevel = PageCleaner.Clean(normal, CleanupOptions.Default with { SmoothFaxEdges = false });
        var fineCleaned = PageCleaner.Clean(fine, CleanupOptions.Default);

        Assert.Equal("fax_edges:smoothed", smoothed.Operations[^1]);
        Assert.Equal(bilevel.Image.Pixels, smoothed.OrientationImage.Pixels);
        Assert.Equal(FaxSmoothing.Soften(bilevel.Image).Pixels, smoothed.Image.Pixels);
        Assert.Null(bilevel.Unsmoothed);
        Assert.Same(bilevel.Image, bilevel.OrientationImage);

        Assert.DoesNotContain(fineCleaned.Operations, op => op.StartsWith("fax_edges", StringComparison.Ordinal));
        Assert.Null(fineCleaned.Unsmoothed);
        Assert.DoesNotContain(fineCleaned.Image.Pixels, p => p is not 0 and not 255);
    }

    private static GrayImage StrokePage(double dpiX, double dpiY)
    {
        var page = new GrayImage(400, 200, dpiX, dpiY);
        page.Pixels.AsSpan().Fill(255);
        for (var x = 40; x < 360; x += 16)
        {
            SyntheticPages.FillRect(page, x, 60, 3, 40);
            SyntheticPages.FillRect(page, x, 60, 10, 2);
        }

        return page;
    }
}
