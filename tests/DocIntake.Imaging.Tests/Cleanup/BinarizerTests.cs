using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class BinarizerTests
{
    [Fact]
    public void Binarize_ReturnsInput_WhenAlreadyBilevel()
    {
        var page = SyntheticPages.White(64, 64);
        SyntheticPages.DrawGlyph(page, 10, 10, 20, 3);

        var result = Binarizer.Binarize(page);

        Assert.Same(page, result);
    }

    [Fact]
    public void Binarize_KeepsTextAndWhitensStampAndShading_WhenGrayScan()
    {
        // Paper darkening from 245 to 205 left to right, a pale grey stamp, and grey text.
        var page = SyntheticPages.White(400, 200);
        for (var y = 0; y < page.Height; y++)
        {
            for (var x = 0; x < page.Width; x++)
            {
                page[x, y] = (byte)(245 - (x / 10));
            }
        }

        var stamp = new PixelBox(250, 20, 100, 60);
        SyntheticPages.FillRect(page, stamp.X, stamp.Y, stamp.Width, stamp.Height, 190);
        var glyphs = new List<PixelBox>();
        for (var i = 0; i < 8; i++)
        {
            var box = new PixelBox(20 + (i * 45), 120, 24, 24);
            glyphs.Add(box);
            DrawGrayGlyph(page, box, 70);
        }

        var inkBefore = glyphs.Sum(g => CountBelow(page, g, 128));

        var result = Binarizer.Binarize(page);

        Assert.DoesNotContain(result.Pixels, p => p is not 0 and not 255);
        var inkAfter = glyphs.Sum(g => SyntheticPages.CountBlack(result, g));
        Assert.InRange(inkAfter, inkBefore * 0.95, inkBefore * 1.1);
        Assert.True(SyntheticPages.CountBlack(result, new PixelBox(stamp.X + 5, stamp.Y + 5, stamp.Width - 10, stamp.Height - 10)) == 0);
        var background = new PixelBox(0, 0, 240, 100);
        Assert.True(SyntheticPages.CountBlack(result, background) < background.Width * background.Height / 100);
    }

    private static void DrawGrayGlyph(GrayImage page, PixelBox box, byte value)
    {
        var ink = SyntheticPages.White(box.Width, box.Height);
        SyntheticPages.DrawGlyph(ink, 0, 0, box.Width, 3);
        for (var y = 0; y < box.Height; y++)
        {
            for (var x = 0; x < box.Width; x++)
            {
                if (ink[x, y] == 0)
                {
                    page[box.X + x, box.Y + y] = value;
                }
            }
        }
    }

    private static int CountBelow(GrayImage image, PixelBox box, byte threshold)
    {
        var count = 0;
        for (var y = box.Y; y < box.Bottom; y++)
        {
            for (var x = box.X; x < box.Right; x++)
            {
                count += image[x, y] < threshold ? 1 : 0;
            }
        }

        return count;
    }
}
