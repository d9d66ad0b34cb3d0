using UglyToad.PdfPig.Core;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Where an image is drawn on the upright page. PdfPig gives the image's unit square transformed by the
/// current matrix: <c>TopLeft</c> is where the first sample of the first row lands, <c>TopRight</c> the end of
/// that row, <c>BottomLeft</c> the start of the last row.
/// </summary>
/// <param name="Orientation">TIFF/EXIF orientation 1-8 that turns the stored samples upright.</param>
/// <param name="RowLength">Length in points of one sample row on the page.</param>
/// <param name="ColumnLength">Length in points of one sample column on the page.</param>
/// <param name="Coverage">Share of the page area the image covers (0..1).</param>
internal readonly record struct ImagePlacement(int Orientation, double RowLength, double ColumnLength, double Coverage)
{
    /// <summary>An image drawn over at least this share of the page is the page (a scan).</summary>
    public const double FullPage = 0.5;

    public bool CoversPage => Coverage >= FullPage;

    /// <summary>The placement, with <see cref="Orientation"/> 0 when the image is skewed or sheared (not a multiple of 90 degrees).</summary>
    public static ImagePlacement Of(PdfRectangle bounds, double pageWidth, double pageHeight)
    {
        // Screen directions (y down) of increasing column and increasing row.
        var (ux, uy) = (bounds.TopRight.X - bounds.TopLeft.X, -(bounds.TopRight.Y - bounds.TopLeft.Y));
        var (vx, vy) = (bounds.BottomLeft.X - bounds.TopLeft.X, -(bounds.BottomLeft.Y - bounds.TopLeft.Y));
        var rowLength = Math.Sqrt((ux * ux) + (uy * uy));
        var columnLength = Math.Sqrt((vx * vx) + (vy * vy));

        var xs = new[] { bounds.TopLeft.X, bounds.TopRight.X, bounds.BottomLeft.X, bounds.BottomRight.X };
        var ys = new[] { bounds.TopLeft.Y, bounds.TopRight.Y, bounds.BottomLeft.Y, bounds.BottomRight.Y };
        var covered = Overlap(xs.Min(), xs.Max(), 0, pageWidth) * Overlap(ys.Min(), ys.Max(), 0, pageHeight);
        var coverage = pageWidth * pageHeight > 0 ? covered / (pageWidth * pageHeight) : 0;

        var orientation = rowLength > 0 && columnLength > 0 ? OrientationOf(Axis(ux, uy), Axis(vx, vy)) : 0;
        return new ImagePlacement(orientation, rowLength, columnLength, coverage);
    }

    private static double Overlap(double a0, double a1, double b0, double b1) => Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));

    /// <summary>"+x", "-x", "+y", "-y" for a vector within 1% of an axis, else null.</summary>
    private static string? Axis(double x, double y)
    {
        var length = Math.Sqrt((x * x) + (y * y));
        if (Math.Abs(y) <= 0.01 * length)
        {
            return x > 0 ? "+x" : "-x";
        }

        if (Math.Abs(x) <= 0.01 * length)
        {
            return y > 0 ? "+y" : "-y";
        }

        return null;
    }

    private static int OrientationOf(string? row, string? column) => (row, column) switch
    {
        ("+x", "+y") => 1,
        ("-x", "+y") => 2,
        ("-x", "-y") => 3,
        ("+x", "-y") => 4,
        ("+y", "+x") => 5,
        ("+y", "-x") => 6,
        ("-y", "-x") => 7,
        ("-y", "+x") => 8,
        _ => 0,
    };
}
