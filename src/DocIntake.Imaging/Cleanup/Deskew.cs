using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>
/// Skew estimation by projection profiles: text lines and rulings give the sharpest row profile (largest sum of
/// squared bin counts) when projected along their own direction. Coarse then fine search on a reduced grid.
/// </summary>
internal static class Deskew
{
    public const double DefaultMaxDegrees = 10;

    private const double CoarseStep = 0.5;
    private const double FineStep = 0.05;

    /// <summary>The estimate works at about this resolution: enough for 0.1 degree, cheap on 200-600 dpi pages.</summary>
    private const double WorkingDpi = 100;

    private const int MinBlackPixels = 200;

    /// <summary>Profiles must be this much sharper at the best angle than on average, or the page has no lines to go by.</summary>
    private const double MinSharpness = 1.02;

    /// <summary>
    /// The angle in degrees by which the content is turned counter-clockwise as seen on screen (lines rising to the
    /// right are positive), within +-<paramref name="maxDegrees"/>; 0 when the page has too little structure to tell.
    /// </summary>
    public static double EstimateAngle(GrayImage image, double maxDegrees = DefaultMaxDegrees)
    {
        // Coarse steps of 0.5 degree need only half the working resolution; the fine search uses all of it.
        var factor = Math.Max(1, (int)(Bilevel.DpiOf(image) / WorkingDpi));
        var fine = Profile.Of(image, factor, maxDegrees);
        if (fine.BlackCells < MinBlackPixels)
        {
            return 0;
        }

        var coarse = Profile.Of(image, factor * 2, maxDegrees);
        var best = 0.0;
        var bestScore = double.MinValue;
        var sum = 0.0;
        var count = 0;
        for (var angle = -maxDegrees; angle <= maxDegrees + 1e-9; angle += CoarseStep)
        {
            var score = coarse.Score(angle);
            sum += score;
            count++;
            if (score > bestScore)
            {
                (best, bestScore) = (angle, score);
            }
        }

        if (bestScore < sum / count * MinSharpness)
        {
            return 0;
        }

        var center = best;
        bestScore = double.MinValue;
        for (var angle = center - CoarseStep; angle <= center + CoarseStep + 1e-9; angle += FineStep)
        {
            if (Math.Abs(angle) > maxDegrees + 1e-9)
            {
                continue;
            }

            var score = fine.Score(angle);
            if (score > bestScore)
            {
                (best, bestScore) = (angle, score);
            }
        }

        return Math.Round(best, 2);
    }

    /// <summary>Straightens content that is turned by <paramref name="angle"/> (as estimated above).</summary>
    public static GrayImage Straighten(GrayImage image, double angle) =>
        FreeRotation.Rotate(image, -angle, bilinear: !Bilevel.IsBilevel(image));

    /// <summary>
    /// Row profiles of vertical strips of the page (black pixel counts, reduced by a factor). Projecting along an angle
    /// shifts each strip's profile by its centre's offset and adds them: cost per angle is strips x rows, not pixels.
    /// </summary>
    private sealed class Profile
    {
        /// <summary>Strip width in reduced pixels: the shift error inside a strip stays below a bin near the answer.</summary>
        private const int StripWidth = 8;

        private readonly int[][] strips;
        private readonly int height;
        private readonly long[] bins;
        private readonly int offset;

        private Profile(int[][] strips, int width, int height, double maxDegrees, long blackCells)
        {
            this.strips = strips;
            this.height = height;
            BlackCells = blackCells;
            offset = (int)Math.Ceiling(width * Math.Tan(maxDegrees * Math.PI / 180)) + 2;
            bins = new long[height + (2 * offset) + 2];
        }

        public long BlackCells { get; }

        public static Profile Of(GrayImage image, int factor, double maxDegrees)
        {
            var width = (image.Width + factor - 1) / factor;
            var height = (image.Height + factor - 1) / factor;
            var stripCount = (width + StripWidth - 1) / StripWidth;
            var strips = new int[stripCount][];
            for (var s = 0; s < stripCount; s++)
            {
                strips[s] = new int[height];
            }

            long black = 0;
            for (var y = 0; y < image.Height; y++)
            {
                var row = image.Row(y);
                var reducedY = y / factor;
                var x = 0;
                while (x < row.Length && (x = Bilevel.NextBlack(row, x)) >= 0)
                {
                    var end = Bilevel.NextWhite(row, x);
                    black += end - x;
                    for (; x < end; x++)
                    {
                        strips[x / factor / StripWidth][reducedY]++;
                    }
                }
            }

            return new Profile(strips, width, height, maxDegrees, black);
        }

        /// <summary>Sum of squared bin counts: largest when the projection runs along the text lines.</summary>
        public double Score(double angle)
        {
            // A line turned counter-clockwise by `angle` satisfies y + x tan(angle) = const (y grows downward).
            var tan = Math.Tan(angle * Math.PI / 180);
            Array.Clear(bins);
            for (var s = 0; s < strips.Length; s++)
            {
                var shift = (int)Math.Round(((s * StripWidth) + (StripWidth / 2.0)) * tan) + offset;
                var strip = strips[s];
                var target = bins.AsSpan(shift, height);
                for (var y = 0; y < strip.Length; y++)
                {
                    target[y] += strip[y];
                }
            }

            double score = 0;
            foreach (var bin in bins)
            {
                score += (double)bin * bin;
            }

            return score;
        }
    }
}
