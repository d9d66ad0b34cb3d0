using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Decoding;

/// <summary>
/// Turns a raster stored in TIFF/EXIF orientation 1-8 upright. Orientations 5-8 swap width and height
/// (and the resolutions). Mirrored orientations are read as "turn by <see cref="Rotation"/>, then mirror".
/// </summary>
internal static class PageOrientation
{
    public static bool IsValid(int orientation) => orientation is >= 1 and <= 8;

    /// <summary>Clockwise degrees the orientation asks for.</summary>
    public static int Rotation(int orientation) => orientation switch
    {
        3 or 4 => 180,
        5 or 6 => 90,
        7 or 8 => 270,
        _ => 0,
    };

    public static GrayImage Apply(GrayImage stored, int orientation)
    {
        if (!IsValid(orientation) || orientation == 1)
        {
            return stored;
        }

        int w = stored.Width, h = stored.Height;
        var transposed = orientation >= 5;
        var outWidth = transposed ? h : w;

        // Destination index of stored pixel (x, y) is origin + x * stepX + y * stepY.
        var (origin, stepX, stepY) = orientation switch
        {
            2 => (w - 1, -1, w),
            3 => ((w * h) - 1, -1, -w),
            4 => ((h - 1) * w, 1, -w),
            5 => (0, outWidth, 1),
            6 => (h - 1, outWidth, -1),
            7 => (((w - 1) * outWidth) + h - 1, -outWidth, -1),
            _ => ((w - 1) * outWidth, -outWidth, 1), // 8
        };

        var source = stored.Pixels;
        var target = new byte[source.Length];
        for (var y = 0; y < h; y++)
        {
            var row = source.AsSpan(y * w, w);
            var at = origin + (y * stepY);
            if (stepX == 1)
            {
                row.CopyTo(target.AsSpan(at, w));
                continue;
            }

            foreach (var value in row)
            {
                target[at] = value;
                at += stepX;
            }
        }

        return transposed
            ? new GrayImage(h, w, target, stored.DpiY, stored.DpiX)
            : new GrayImage(w, h, target, stored.DpiX, stored.DpiY);
    }
}
