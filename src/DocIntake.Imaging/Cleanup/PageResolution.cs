namespace DocIntake.Imaging.Cleanup;

/// <summary>Checks a page's declared resolution and guesses one when it is missing or absurd.</summary>
public static class PageResolution
{
    /// <summary>Standard fax width (A4/Letter, 8 dots/mm); B4 and A3 faxes are 2048 and 2432 wide.</summary>
    public const int FaxWidth = 1728;

    /// <summary>Fax horizontal resolution, always the same whatever the vertical mode.</summary>
    public const double FaxDpiX = 204;

    /// <summary>Fax "normal" vertical resolution (pixels twice as tall as wide).</summary>
    public const double FaxNormalDpiY = 98;

    /// <summary>Fax "fine" vertical resolution.</summary>
    public const double FaxFineDpiY = 196;

    public const double MinDpi = 50;
    public const double MaxDpi = 2400;

    private const int FaxWidthTolerance = 16;

    // Height/width of an A4 fax is ~0.66 at 98 dpi and ~1.32 at 196 dpi; the geometric middle splits them.
    private const double FineAspectThreshold = 0.95;

    // A4 width in inches; Letter's 8.5 is within the snapping tolerance below.
    private const double PageWidthInches = 8.27;
    private const double SnapTolerance = 0.06;
    private static readonly double[] CommonDpi = [72, 75, 96, 100, 120, 150, 200, 240, 300, 360, 400, 600, 720, 1200];

    /// <summary>
    /// True when both resolutions are within [50, 2400] dpi and their ratio is about 1 (square) or about 2 (fax normal).
    /// </summary>
    public static bool IsPlausible(double dpiX, double dpiY)
    {
        if (!(dpiX >= MinDpi && dpiX <= MaxDpi && dpiY >= MinDpi && dpiY <= MaxDpi))
        {
            return false;
        }

        var ratio = Math.Max(dpiX, dpiY) / Math.Min(dpiX, dpiY);
        return ratio <= 1.1 || Math.Abs(ratio - 2) <= 0.2;
    }

    /// <summary>
    /// A resolution for a page of this size: fax widths (1728/2048/2432 px, give or take a few) are 204 dpi across
    /// and 98 or 196 down by the page's aspect; anything else is taken as an A4/Letter page width, snapped to a common
    /// scanner resolution.
    /// </summary>
    public static (double DpiX, double DpiY) Guess(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (IsFaxWidth(width))
        {
            var fine = (double)height / width >= FineAspectThreshold;
            return (FaxDpiX, fine ? FaxFineDpiY : FaxNormalDpiY);
        }

        var dpi = Snap(Math.Min(width, height) / PageWidthInches);
        return (dpi, dpi);
    }

    internal static bool IsFaxWidth(int width) =>
        Math.Abs(width - FaxWidth) <= FaxWidthTolerance
        || Math.Abs(width - 2048) <= FaxWidthTolerance
        || Math.Abs(width - 2432) <= FaxWidthTolerance;

    private static double Snap(double dpi)
    {
        foreach (var common in CommonDpi)
        {
            if (Math.Abs(dpi - common) <= common * SnapTolerance)
            {
                return common;
            }
        }

        return Math.Clamp(Math.Round(dpi), CommonDpi[0], CommonDpi[^1]);
    }
}
