using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>A page ready for OCR, with what clean-up found and did.</summary>
public sealed class CleanedPage
{
    /// <summary>
    /// The image to OCR: square pixels, bilevel (unless binarising was off; gray on smoothed 204x98 fax pages),
    /// straightened, rulings removed.
    /// </summary>
    public required GrayImage Image { get; init; }

    /// <summary>The bilevel page before fax edge smoothing, when <see cref="Image"/> was smoothed; else null.</summary>
    public GrayImage? Unsmoothed { get; init; }

    /// <summary>
    /// The image to detect orientation on: the bilevel one, as Tesseract's OSD missed an upside-down smoothed page.
    /// </summary>
    public GrayImage OrientationImage => Unsmoothed ?? Image;

    /// <summary>Ruling lines found, in <see cref="Image"/> coordinates (after deskew).</summary>
    public IReadOnlyList<RulingLine> Rulings { get; init; } = [];

    /// <summary>What was done, in order, e.g. "square_pixels:204x98->204x196", "deskew:1.35".</summary>
    public IReadOnlyList<string> Operations { get; init; } = [];

    /// <summary>
    /// Skew found, degrees counter-clockwise as seen on screen (lines rising to the right are positive). The page was
    /// turned back by it only when it was at least <see cref="CleanupOptions.MinSkewDegrees"/>.
    /// </summary>
    public double SkewAngle { get; init; }
}
