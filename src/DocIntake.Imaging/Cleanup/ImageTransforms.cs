using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>Exact quarter-turn rotations (orientation is decided elsewhere, e.g. by OCR OSD).</summary>
public static class ImageTransforms
{
    private const int Tile = 64;

    /// <summary>
    /// A new image turned clockwise by 0, 90, 180 or 270 degrees (negative and larger multiples of 90 are normalised).
    /// Quarter turns swap width/height and the two resolutions.
    /// </summary>
    public static GrayImage Rotate(GrayImage image, int degreesClockwise)
    {
        if (degreesClockwise % 90 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(degreesClockwise), degreesClockwise, "Only multiples of 90 degrees.");
        }

        switch (((degreesClockwise % 360) + 360) % 360)
        {
            case 0:
                return image.Clone();
            case 180:
                var turned = image.Clone();
                turned.Pixels.AsSpan().Reverse();
                return turned;
            case 90:
                return new GrayImage(image.Height, image.Width, QuarterTurn(image.Pixels, image.Width, image.Height, clockwise: true), image.DpiY, image.DpiX);
            default:
                return new GrayImage(image.Height, image.Width, QuarterTurn(image.Pixels, image.Width, image.Height, clockwise: false), image.DpiY, image.DpiX);
        }
    }

    /// <summary>Rows become columns: the result is <paramref name="height"/> wide and <paramref name="width"/> tall.</summary>
    internal static byte[] Transpose(byte[] source, int width, int height)
    {
        var result = new byte[source.Length];
        for (var ty = 0; ty < height; ty += Tile)
        {
            var yEnd = Math.Min(height, ty + Tile);
            for (var tx = 0; tx < width; tx += Tile)
            {
                var xEnd = Math.Min(width, tx + Tile);
                for (var y = ty; y < yEnd; y++)
                {
                    var row = y * width;
                    for (var x = tx; x < xEnd; x++)
                    {
                        result[(x * height) + y] = source[row + x];
                    }
                }
            }
        }

        return result;
    }

    private static byte[] QuarterTurn(byte[] source, int width, int height, bool clockwise)
    {
        // Clockwise: source (x, y) lands at (height-1-y, x); counter-clockwise at (y, width-1-x). Result is height wide.
        var result = new byte[source.Length];
        for (var ty = 0; ty < height; ty += Tile)
        {
            var yEnd = Math.Min(height, ty + Tile);
            for (var tx = 0; tx < width; tx += Tile)
            {
                var xEnd = Math.Min(width, tx + Tile);
                for (var y = ty; y < yEnd; y++)
                {
                    var row = y * width;
                    for (var x = tx; x < xEnd; x++)
                    {
                        var target = clockwise ? (x * height) + (height - 1 - y) : ((width - 1 - x) * height) + y;
                        result[target] = source[row + x];
                    }
                }
            }
        }

        return result;
    }
}
