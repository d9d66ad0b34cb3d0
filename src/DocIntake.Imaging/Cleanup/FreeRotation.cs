using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>Rotation by any angle about the page centre, same size, uncovered corners white.</summary>
internal static class FreeRotation
{
    private const int FixedShift = 16;
    private const int FixedOne = 1 << FixedShift;
    private const int FixedMask = FixedOne - 1;

    /// <summary>
    /// Turns the content counter-clockwise (as seen on screen) by <paramref name="degrees"/>; negative turns clockwise.
    /// Bilinear for gray; otherwise three shears (Paeth), which keep a bilevel page bilevel and are only row and
    /// segment copies.
    /// </summary>
    public static GrayImage Rotate(GrayImage image, double degrees, bool bilinear)
    {
        var radians = degrees * Math.PI / 180;
        if (bilinear)
        {
            return RotateBilinear(image, radians);
        }

        // Target-to-source mapping [[cos, -sin], [sin, cos]] = X(-tan(a/2)) * Y(sin a) * X(-tan(a/2)), each a pull-shear.
        var alpha = -Math.Tan(radians / 2);
        var beta = Math.Sin(radians);
        var first = ShearRows(image.Pixels, image.Width, image.Height, alpha);
        var second = ShearColumns(first, image.Width, image.Height, beta);
        var third = ShearRows(second, image.Width, image.Height, alpha);
        return new GrayImage(image.Width, image.Height, third, image.DpiX, image.DpiY);
    }

    /// <summary>result(x, y) = source(x + round(factor * (y - centreY)), y).</summary>
    private static byte[] ShearRows(byte[] source, int width, int height, double factor)
    {
        var result = new byte[source.Length];
        var centerY = (height - 1) / 2.0;
        for (var y = 0; y < height; y++)
        {
            var shift = (int)Math.Round(factor * (y - centerY));
            var target = result.AsSpan(y * width, width);
            target.Fill(Bilevel.White);
            var from = Math.Max(0, -shift);
            var to = Math.Min(width, width - shift);
            if (to > from)
            {
                source.AsSpan((y * width) + from + shift, to - from).CopyTo(target[from..to]);
            }
        }

        return result;
    }

    /// <summary>result(x, y) = source(x, y + round(factor * (x - centreX))), copied as runs of columns sharing a shift.</summary>
    private static byte[] ShearColumns(byte[] source, int width, int height, double factor)
    {
        var result = new byte[source.Length];
        result.AsSpan().Fill(Bilevel.White);
        var centerX = (width - 1) / 2.0;
        var start = 0;
        while (start < width)
        {
            var shift = (int)Math.Round(factor * (start - centerX));
            var end = start + 1;
            while (end < width && (int)Math.Round(factor * (end - centerX)) == shift)
            {
                end++;
            }

            for (var y = Math.Max(0, -shift); y < Math.Min(height, height - shift); y++)
            {
                source.AsSpan(((y + shift) * width) + start, end - start).CopyTo(result.AsSpan((y * width) + start));
            }

            start = end;
        }

        return result;
    }

    private static GrayImage RotateBilinear(GrayImage image, double radians)
    {
        var width = image.Width;
        var height = image.Height;
        var (sin, cos) = Math.SinCos(radians);
        var result = new GrayImage(width, height, image.DpiX, image.DpiY);
        var source = image.Pixels;
        var centerX = (width - 1) / 2.0;
        var centerY = (height - 1) / 2.0;
        var stepX = (long)Math.Round(cos * FixedOne);
        var stepY = (long)Math.Round(sin * FixedOne);

        // Each target pixel samples the source at the inverse rotation: s = c + R(-angle) (t - c), stepped along x in 16.16 fixed point.
        for (var y = 0; y < height; y++)
        {
            var dy = y - centerY;
            var sourceX = (long)Math.Round(((-centerX * cos) - (dy * sin) + centerX) * FixedOne);
            var sourceY = (long)Math.Round(((-centerX * sin) + (dy * cos) + centerY) * FixedOne);
            var target = result.Row(y);
            for (var x = 0; x < width; x++, sourceX += stepX, sourceY += stepY)
            {
                target[x] = Bilinear(
                    source, width, height, (int)(sourceX >> FixedShift), (int)(sourceY >> FixedShift),
                    (int)(sourceX & FixedMask) >> 8, (int)(sourceY & FixedMask) >> 8);
            }
        }

        return result;
    }

    private static byte Bilinear(byte[] source, int width, int height, int x, int y, int fractionX, int fractionY)
    {
        int At(int px, int py) => (uint)px < (uint)width && (uint)py < (uint)height ? source[(py * width) + px] : Bilevel.White;
        var top = (At(x, y) * (256 - fractionX)) + (At(x + 1, y) * fractionX);
        var bottom = (At(x, y + 1) * (256 - fractionX)) + (At(x + 1, y + 1) * fractionX);
        return (byte)(((top * (256 - fractionY)) + (bottom * fractionY) + 32768) >> 16);
    }
}
