using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Decoding;

/// <summary>
/// One page out of a decoder: a raster to clean and OCR, or words from a PDF text layer (then
/// <see cref="Image"/> may be null), never neither.
/// </summary>
public sealed class DecodedPage
{
    public required int Number { get; init; }

    /// <summary>The page raster, upright per the file's own orientation metadata, square pixels not yet restored.</summary>
    public GrayImage? Image { get; init; }

    /// <summary>Words of a good PDF text layer in page pixels (see <see cref="PdfTextScale"/>), or null.</summary>
    public PageText? TextLayer { get; init; }

    /// <summary>What the decoder did (e.g. "tiff:ccitt_g3_2d:libtiff", "exif_orientation:6", "pdf_render:pdftoppm").</summary>
    public List<string> Operations { get; init; } = [];

    /// <summary>Clockwise degrees the decoder already turned the page (TIFF/EXIF Orientation, PDF /Rotate).</summary>
    public int Rotation { get; init; }
}
