using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class PageCleanerTests
{
    [Fact]
    public void Clean_RunsEveryStageInOrder_WhenFaxNormalPageHasBorderSpecksSkewAndTable()
    {
        var page = FaxNormalForm(skewDegrees: 2);
        var original = (byte[])page.Pixels.Clone();

        var cleaned = PageCleaner.Clean(page, CleanupOptions.Default);

        Assert.Equal(page.Height * 2, cleaned.Image.Height);
        Assert.Equal(204, cleaned.Image.DpiX);
        Assert.Equal(196, cleaned.Image.DpiY);
        Assert.InRange(cleaned.SkewAngle, 1.7, 2.3);
        Assert.Equal(
            ["square_pixels", "fax_strokes", "edge_bands", "despeckle", "deskew", "ruling_lines", "fax_edges"],
            cleaned.Operations.Select(o => o.Split(':')[0]));
        Assert.Equal(3, cleaned.Rulings.Count(r => r.Horizontal));
        Assert.Equal(2, cleaned.Rulings.Count(r => !r.Horizontal));
        Assert.NotNull(cleaned.Unsmoothed);
        Assert.Same(cleaned.Unsmoothed, cleaned.OrientationImage);
        Assert.DoesNotContain(cleaned.Unsmoothed.Pixels, p => p is not 0 and not 255);
        Assert.Contains(cleaned.Image.Pixels, p => p is not 0 and not 255);
        Assert.Equal(original, page.Pixels);
    }

    [Fact]
    public void Clean_KeepsGlyphInk_WhenTableLinesAreRemoved()
    {
        var page = FaxNormalForm(skewDegrees: 0);
        var glyphInk = GlyphRows.Sum(area => SyntheticPages.CountBlack(page, area)) * 2;

        // Thickening adds ink and smoothing turns it gray on purpose (FaxStrokesTests, FaxSmoothingTests); this test is
        // about what line removal keeps.
        var cleaned = PageCleaner.Clean(page, CleanupOptions.Default with { ThickenFaxStrokes = false, SmoothFaxEdges = false });

        var squaredAreas = GlyphRows.Select(area => area with { Y = area.Y * 2, Height = area.Height * 2 }).ToList();
        var glyphInkAfter = squaredAreas.Sum(area => SyntheticPages.CountBlack(cleaned.Image, area));
        Assert.Equal(glyphInk, glyphInkAfter);

        // Everything outside the glyph rows (lines, border, specks) went.
        Assert.Equal(glyphInkAfter, SyntheticPages.CountBlack(cleaned.Image));
    }

    [Fact]
    public void Clean_ReturnsCopyOfInput_WhenEveryStageIsOff()
    {
        var page = FaxNormalForm(skewDegrees: 2);
        var off = new CleanupOptions
        {
            RestoreSquarePixels = false,
            NormalizeContrast = false,
            Binarize = false,
            RemoveEdgeBands = false,
            RemoveSpecks = false,
            ThickenFaxStrokes = false,
            SmoothFaxEdges = false,
            CorrectSkew = false,
            RemoveRulingLines = false,
        };

        var cleaned = PageCleaner.Clean(page, off);

        Assert.Equal(page.Pixels, cleaned.Image.Pixels);
        Assert.NotSame(page.Pixels, cleaned.Image.Pixels);
        Assert.Empty(cleaned.Operations);
        Assert.Empty(cleaned.Rulings);
    }

    [Fact]
    public void Clean_BinarizesAndStretches_WhenGrayLowContrastScan()
    {
        // Dull paper shading from 190 to 210, grey text at 120.
        var page = SyntheticPages.Filled(600, 400, 200, dpi: 300);
        for (var y = 0; y < page.Height; y++)
        {
            for (var x = 0; x < page.Width; x++)
            {
                page[x, y] = (byte)(190 + (x / 30));
            }
        }

        for (var x = 40; x < 560; x += 40)
        {
            var glyph = SyntheticPages.White(30, 30);
            SyntheticPages.DrawGlyph(glyph, 0, 0, 30, 4);
            for (var y = 0; y < 30; y++)
            {
                for (var i = 0; i < 30; i++)
                {
                    if (glyph[i, y] == 0)
                    {
                        page[x + i, 150 + y] = 120;
                    }
                }
            }
        }

        var cleaned = PageCleaner.Clean(page, CleanupOptions.Default);

        Assert.StartsWith("contrast:", cleaned.Operations[0], StringComparison.Ordinal);
        Assert.Equal("binarize:sauvola", cleaned.Operations[1]);
        Assert.DoesNotContain(cleaned.Image.Pixels, p => p is not 0 and not 255);
        Assert.Equal(SyntheticPages.CountBlack(page), SyntheticPages.CountBlack(cleaned.Image), tolerance: SyntheticPages.CountBlack(page) * 0.05);
    }

    /// <summary>The two rows of glyphs, in the 204x98 page's coordinates, clear of the table lines.</summary>
    private static readonly PixelBox[] GlyphRows = [new(300, 160, 1100, 40), new(300, 360, 1100, 40)];

    /// <summary>
    /// A 1728-wide fax page at 204x98: black band at the top, a 3x2 table, glyphs inside, a few specks; optionally
    /// skewed (drawn, then turned with the cleaner's own nearest-neighbour rotation before rows are halved).
    /// </summary>
    private static GrayImage FaxNormalForm(double skewDegrees)
    {
        var square = SyntheticPages.White(1728, 1400, dpi: 204);
        foreach (var y in (int[])[200, 600, 1000])
        {
            SyntheticPages.FillRect(square, 200, y, 1300, 3);
        }

        foreach (var x in (int[])[200, 1497])
        {
            SyntheticPages.FillRect(square, x, 200, 3, 803);
        }

        for (var row = 0; row < 2; row++)
        {
            for (var x = 320; x < 1350; x += 60)
            {
                SyntheticPages.DrawGlyph(square, x, 340 + (row * 400), 44, 4);
            }
        }

        var turned = skewDegrees == 0 ? square : FreeRotation.Rotate(square, skewDegrees, bilinear: false);
        SyntheticPages.FillRect(turned, 0, 0, 1728, 16);
        foreach (var (x, y) in (ReadOnlySpan<(int, int)>)[(100, 1200), (1600, 100), (900, 1300), (50, 700)])
        {
            turned[x, y] = 0;
        }

        var page = new GrayImage(1728, 700, 204, 98);
        for (var y = 0; y < 700; y++)
        {
            turned.Row(y * 2).CopyTo(page.Row(y));
        }

        return page;
    }
}
