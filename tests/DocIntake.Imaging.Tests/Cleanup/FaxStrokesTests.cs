using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class FaxStrokesTests
{
    [Fact]
    public void Thicken_WidensStrokesOnePixelToTheRight_WhenStrokeIsOnePixelWide()
    {
        var page = SyntheticPages.White(20, 10, dpi: 204);
        SyntheticPages.FillRect(page, 5, 2, 1, 6);

        var thick = FaxStrokes.Thicken(page);

        for (var y = 0; y < 10; y++)
        {
            var expected = y is >= 2 and < 8 ? new[] { 5, 6 } : [];
            Assert.Equal(expected, Enumerable.Range(0, 20).Where(x => thick[x, y] == 0));
        }

        Assert.Equal(6, SyntheticPages.CountBlack(page));
    }

    [Fact]
    public void Clean_ThickensThinStrokes_WhenRowsOfA204x98PageWereDoubled()
    {
        var page = ThinStrokePage(204, 98);

        var cleaned = PageCleaner.Clean(page, CleanupOptions.Default);
        var plain = PageCleaner.Clean(page, CleanupOptions.Default with { ThickenFaxStrokes = false });

        Assert.Contains("fax_strokes:thickened", cleaned.Operations);
        Assert.Equal(2 * SyntheticPages.CountBlack(plain.OrientationImage), SyntheticPages.CountBlack(cleaned.OrientationImage));
    }

    [Fact]
    public void Clean_StillRemovesOnePixelSpecks_WhenStrokesWereThickened()
    {
        var page = ThinStrokePage(204, 98);
        var strokesOnly = PageCleaner.Clean(page, CleanupOptions.Default);
        page[200, 20] = 0;
        page[30, 150] = 0;

        var cleaned = PageCleaner.Clean(page, CleanupOptions.Default);

        Assert.Contains("despeckle:2", cleaned.Operations);
        Assert.Equal(SyntheticPages.CountBlack(strokesOnly.Image), SyntheticPages.CountBlack(cleaned.Image));
    }

    [Fact]
    public void Clean_LeavesStrokes_WhenPageIsFaxFine()
    {
        var page = ThinStrokePage(204, 196);

        var cleaned = PageCleaner.Clean(page, CleanupOptions.Default);

        Assert.DoesNotContain(cleaned.Operations, op => op.StartsWith("fax_strokes", StringComparison.Ordinal));
        Assert.Equal(SyntheticPages.CountBlack(page), SyntheticPages.CountBlack(cleaned.Image));
    }

    /// <summary>Short one-pixel-wide vertical strokes (too short for ruling lines, too big for specks).</summary>
    private static GrayImage ThinStrokePage(double dpiX, double dpiY)
    {
        var page = new GrayImage(400, 200, dpiX, dpiY);
        page.Pixels.AsSpan().Fill(255);
        for (var x = 40; x < 360; x += 16)
        {
            SyntheticPages.FillRect(page, x, 80, 1, 12);
        }

        return page;
    }
}
