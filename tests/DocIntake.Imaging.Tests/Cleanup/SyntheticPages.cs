using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Tests.Cleanup;

/// <summary>Small synthetic pages drawn in code, so every clean-up test states its own input.</summary>
internal static class SyntheticPages
{
    public static GrayImage White(int width, int height, double dpi = 200) => Filled(width, height, 255, dpi);

    public static GrayImage Filled(int width, int height, byte value, double dpi = 200)
    {
        var image = new GrayImage(width, height, dpi, dpi);
        image.Pixels.AsSpan().Fill(value);
        return image;
    }

    public static void FillRect(GrayImage image, int x, int y, int width, int height, byte value = 0)
    {
        for (var row = Math.Max(0, y); row < Math.Min(image.Height, y + height); row++)
        {
            for (var col = Math.Max(0, x); col < Math.Min(image.Width, x + width); col++)
            {
                image[col, row] = value;
            }
        }
    }

    /// <summary>A text-like glyph: a 3x3 arrangement of strokes (like 田/日), about <paramref name="size"/> square.</summary>
    public static void DrawGlyph(GrayImage image, int x, int y, int size, int stroke)
    {
        FillRect(image, x, y, size, stroke);
        FillRect(image, x, y + (size / 2), size, stroke);
        FillRect(image, x, y + size - stroke, size, stroke);
        FillRect(image, x, y, stroke, size);
        FillRect(image, x + size - stroke, y, stroke, size);
    }

    public static int CountBlack(GrayImage image) => image.Pixels.Count(p => p < 128);

    public static int CountBlack(GrayImage image, PixelBox box)
    {
        var count = 0;
        for (var y = box.Y; y < box.Bottom; y++)
        {
            for (var x = box.X; x < box.Right; x++)
            {
                count += image[x, y] < 128 ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>
    /// A page of text-like horizontal bars (lines of "words") turned counter-clockwise by <paramref name="degrees"/>,
    /// drawn analytically (each pixel un-rotated and tested), so it does not depend on the code under test.
    /// </summary>
    public static GrayImage RotatedTextBars(int width, int height, double degrees, double dpi = 200)
    {
        var image = White(width, height, dpi);
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        var cx = (width - 1) / 2.0;
        var cy = (height - 1) / 2.0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // Un-rotate: content turned counter-clockwise on screen means u = dx cos - dy sin, v = dx sin + dy cos.
                var dx = x - cx;
                var dy = y - cy;
                var u = (dx * cos) - (dy * sin) + cx;
                var v = (dx * sin) + (dy * cos) + cy;
                if (IsInk(u, v, width, height))
                {
                    image[x, y] = 0;
                }
            }
        }

        return image;
    }

    private static bool IsInk(double u, double v, int width, int height)
    {
        // Lines every 40 px, 14 px tall; "words" of 60 px with 20 px spaces; 10 % margins.
        if (u < width * 0.1 || u > width * 0.9 || v < height * 0.1 || v > height * 0.9)
        {
            return false;
        }

        var inLine = v % 40 < 14;
        var inWord = u % 80 < 60;
        var inLetter = u % 10 < 7;
        return inLine && inWord && inLetter;
    }
}
