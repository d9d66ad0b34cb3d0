using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>Stretches a low-contrast scan so that its darkest and lightest percentiles span 0..255.</summary>
internal static class ContrastStretch
{
    // Below this spread the page is blank (or nearly so): stretching would only magnify noise.
    private const int MinSpread = 32;

    // Already full range: nothing to gain.
    private const int FullLow = 8;
    private const int FullHigh = 247;

    /// <summary>
    /// Maps the <paramref name="lowFraction"/> and <paramref name="highFraction"/> percentiles to black and white.
    /// Returns the input itself (and null bounds) when the page is already full range, bilevel or blank.
    /// </summary>
    public static (GrayImage Image, (int Low, int High)? Bounds) Apply(GrayImage image, double lowFraction = 0.005, double highFraction = 0.995)
    {
        if (Bilevel.IsBilevel(image))
        {
            return (image, null);
        }

        Span<int> histogram = stackalloc int[256];
        foreach (var value in image.Pixels)
        {
            histogram[value]++;
        }

        var total = (long)image.Pixels.Length;
        var low = Percentile(histogram, (long)(total * lowFraction));
        var high = Percentile(histogram, (long)(total * highFraction));
        if (high - low < MinSpread || (low <= FullLow && high >= FullHigh))
        {
            return (image, null);
        }

        Span<byte> map = stackalloc byte[256];
        for (var v = 0; v < 256; v++)
        {
            map[v] = (byte)Math.Clamp(((v - low) * 255) / (high - low), 0, 255);
        }

        var result = new GrayImage(image.Width, image.Height, image.DpiX, image.DpiY);
        var source = image.Pixels;
        var target = result.Pixels;
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = map[source[i]];
        }

        return (result, (low, high));
    }

    private static int Percentile(ReadOnlySpan<int> histogram, long rank)
    {
        long seen = 0;
        for (var v = 0; v < histogram.Length; v++)
        {
            seen += histogram[v];
            if (seen > rank)
            {
                return v;
            }
        }

        return histogram.Length - 1;
    }
}
