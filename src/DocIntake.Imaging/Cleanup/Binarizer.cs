using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>
/// Sauvola adaptive thresholding: threshold = mean * (1 + k * (stddev / 128 - 1)) over a window that scales with dpi.
/// Flat light areas (paper, pale stamps, grey background) fall far below their own mean's threshold and stay white.
/// </summary>
internal static class Binarizer
{
    public const double DefaultK = 0.34;

    /// <summary>Window side of ~0.15 inch: wider than text strokes, narrow enough to follow uneven lighting.</summary>
    public const double DefaultWindowInches = 0.15;

    // Pixels this dark are black whatever their neighbourhood (inside large dark areas the window mean is dark too).
    private const int AlwaysBlackBelow = 40;

    /// <summary>A 0/255 image; the input itself when it already is bilevel.</summary>
    public static GrayImage Binarize(GrayImage image, double k = DefaultK, double windowInches = DefaultWindowInches)
    {
        if (Bilevel.IsBilevel(image))
        {
            return image;
        }

        var width = image.Width;
        var height = image.Height;
        var radius = Bilevel.Pixels(windowInches / 2, Bilevel.DpiOf(image), minimum: 3);
        var result = new GrayImage(width, height, image.DpiX, image.DpiY);
        var factor = (float)k;

        // Column sums over the rows of the current window, slid down one row at a time; then prefix sums along x.
        var columnSum = new int[width];
        var columnSquares = new int[width];
        var prefixSum = new int[width + 1];
        var prefixSquares = new long[width + 1];
        var windowColumns = new int[width];
        var inverseArea = new float[width];
        for (var x = 0; x < width; x++)
        {
            windowColumns[x] = Math.Min(width - 1, x + radius) - Math.Max(0, x - radius) + 1;
        }

        for (var y = 0; y < Math.Min(radius, height); y++)
        {
            AddRow(image.Row(y), columnSum, columnSquares);
        }

        var previousRows = 0;
        for (var y = 0; y < height; y++)
        {
            if (y + radius < height)
            {
                AddRow(image.Row(y + radius), columnSum, columnSquares);
            }

            if (y - radius - 1 >= 0)
            {
                SubtractRow(image.Row(y - radius - 1), columnSum, columnSquares);
            }

            for (var x = 0; x < width; x++)
            {
                prefixSum[x + 1] = prefixSum[x] + columnSum[x];
                prefixSquares[x + 1] = prefixSquares[x] + columnSquares[x];
            }

            var rows = Math.Min(height - 1, y + radius) - Math.Max(0, y - radius) + 1;
            if (rows != previousRows)
            {
                for (var x = 0; x < width; x++)
                {
                    inverseArea[x] = 1f / (rows * windowColumns[x]);
                }

                previousRows = rows;
            }

            var source = image.Row(y);
            var target = result.Row(y);
            for (var x = 0; x < width; x++)
            {
                var x0 = Math.Max(0, x - radius);
                var x1 = Math.Min(width, x + radius + 1);
                var inverse = inverseArea[x];
                var mean = (prefixSum[x1] - prefixSum[x0]) * inverse;
                var variance = ((prefixSquares[x1] - prefixSquares[x0]) * inverse) - (mean * mean);
                var threshold = mean * (1 + (factor * ((MathF.Sqrt(MathF.Max(0, variance)) / 128) - 1)));
                var value = source[x];
                target[x] = value <= threshold || value < AlwaysBlackBelow ? Bilevel.Black : Bilevel.White;
            }
        }

        return result;
    }

    private static void AddRow(ReadOnlySpan<byte> row, Span<int> sums, Span<int> squares)
    {
        for (var x = 0; x < row.Length; x++)
        {
            int value = row[x];
            sums[x] += value;
            squares[x] += value * value;
        }
    }

    private static void SubtractRow(ReadOnlySpan<byte> row, Span<int> sums, Span<int> squares)
    {
        for (var x = 0; x < row.Length; x++)
        {
            int value = row[x];
            sums[x] -= value;
            squares[x] -= value * value;
        }
    }
}
