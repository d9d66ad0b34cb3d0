namespace DocIntake.Imaging.Decoding;

/// <summary>PDF text-layer coordinates (points, origin bottom-left) map to page pixels at the render resolution.</summary>
public static class PdfTextScale
{
    public static double PixelsPerPoint(int dpi) => dpi / 72.0;
}
