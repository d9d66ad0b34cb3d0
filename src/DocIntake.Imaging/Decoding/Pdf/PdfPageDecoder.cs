using DocIntake.Core.Errors;
using DocIntake.Core.Pages;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Decides, page by page, between the text layer, the page's one image taken out as stored, a rendering by
/// poppler, or a white page (nothing drawn), and records the decision in <see cref="DecodedPage.Operations"/>.
/// </summary>
internal sealed class PdfPageDecoder(string fileName, byte[] bytes, DecodeOptions options)
{
    /// <summary>Resolution of the white raster that stands in for an empty page.</summary>
    public const int BlankPageDpi = 100;

    public DecodedPage Decode(PdfDocument document, int number)
    {
        Page page;
        try
        {
            page = document.GetPage(number);
        }
        catch (Exception e) when (e is not BadInputException and not OutOfMemoryException)
        {
            // PdfPig could not read the page (odd content, fonts, resources): poppler may still draw it.
            return RenderFallback(number, 0, new PageGeometry(612, 792), "pdf_page_unreadable", e);
        }

        var rotation = ((page.Rotation.Value % 360) + 360) % 360;
        var geometry = new PageGeometry(page.Width, page.Height);
        try
        {
            return DecodePage(page, number, rotation, geometry);
        }
        catch (Exception e) when (e is not BadInputException and not OutOfMemoryException)
        {
            return RenderFallback(number, rotation, geometry, "pdf_content_unreadable", e);
        }
    }

    private DecodedPage DecodePage(Page page, int number, int rotation, PageGeometry geometry)
    {
        var operations = new List<string>();
        if (rotation != 0)
        {
            operations.Add($"pdf_rotate:{rotation}");
        }

        var letters = LetterDeduplicator.Deduplicate(page.Letters);
        var inkLetters = letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
        var images = page.GetImages().ToList();
#pragma warning disable CS0618 // IPdfImage.Bounds: the interface has no replacement yet; the four corners are what we need.
        var placements = images.Select(i => ImagePlacement.Of(i.Bounds, geometry.Width, geometry.Height)).ToList();
#pragma warning restore CS0618
        var overImage = placements.Any(p => p.CoversPage);

        if (inkLetters > 0)
        {
            var invisible = letters.Count(l => l.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip) > letters.Count / 2;
            if (!LostGlyphs.In(page))
            {
                var words = PdfTextLayer.ExtractWords(letters);
                var verdict = TextLayerQuality.Assess(words.Select(w => w.Text).ToList(), overImage || invisible);
                operations.Add(verdict.Operation);
                if (verdict.Good)
                {
                    var text = PdfTextLayer.Build(number, geometry.Width, geometry.Height, options.PdfRenderDpi, words, verdict.Confidence, rotation);
                    return new DecodedPage { Number = number, TextLayer = text, Operations = operations, Rotation = rotation };
                }
            }
            else if (PopplerText(number, rotation, geometry, overImage || invisible, operations) is { } text)
            {
                return new DecodedPage { Number = number, TextLayer = text, Operations = operations, Rotation = rotation };
            }
        }

        foreach (var image in images)
        {
            var declared = (long)image.WidthInSamples * image.HeightInSamples;
            if (declared > options.Limits.MaxPixelsPerPage)
            {
                throw new LimitExceededException(fileName, "pixels per page", declared, options.Limits.MaxPixelsPerPage, number);
            }
        }

        if (images.Count == 0 && inkLetters == 0 && !HasDrawing(page))
        {
            operations.Add("pdf_blank_page");
            return new DecodedPage { Number = number, Image = Blank(geometry), Operations = operations, Rotation = rotation };
        }

        var renderReason = images.Count switch
        {
            0 => "no_image",
            > 1 => "several_images",
            _ when !placements[0].CoversPage => "image_not_full_page",
            _ when HasDrawing(page) => "vector_content",
            _ => null,
        };
        if (renderReason is null)
        {
            var extraction = PdfImageExtractor.Extract(images[0], placements[0], options.Limits);
            if (extraction.Image is { } image)
            {
                operations.Add(extraction.Route);
                if (placements[0].Orientation != 1)
                {
                    operations.Add($"pdf_image_orientation:{placements[0].Orientation}");
                }

                return new DecodedPage { Number = number, Image = image, Operations = operations, Rotation = rotation };
            }

            renderReason = extraction.Route;
        }

        operations.Add($"pdf_render_reason:{renderReason}");
        return Render(number, rotation, geometry, operations);
    }

    /// <summary>
    /// The text layer read by poppler when PdfPig lost letters of it; null (the page is then rendered and read by OCR)
    /// when the page is turned, poppler is missing or its words are no good text.
    /// </summary>
    private PageText? PopplerText(int number, int rotation, PageGeometry geometry, bool suspect, List<string> operations)
    {
        operations.Add("pdf_text_lost_glyphs");
        if (rotation != 0)
        {
            return null;
        }

        var scale = PdfTextScale.PixelsPerPoint(options.PdfRenderDpi);
        var width = Math.Max(1, (int)Math.Round(geometry.Width * scale));
        var height = Math.Max(1, (int)Math.Round(geometry.Height * scale));
        if (PopplerTextLayer.Read(bytes, number, scale, width, height, options.Limits.MaxTimePerPage) is not { Count: > 0 } words)
        {
            return null;
        }

        var verdict = TextLayerQuality.Assess(words.Select(w => w.Text).ToList(), suspect);
        operations.Add(verdict.Operation);
        if (!verdict.Good)
        {
            return null;
        }

        operations.Add("pdf_text:pdftotext");
        return PdfTextLayer.Build(number, width, height, words, verdict.Confidence, rotation);
    }

    private DecodedPage RenderFallback(int number, int rotation, PageGeometry geometry, string reason, Exception cause)
    {
        try
        {
            return Render(number, rotation, geometry, [$"pdf_render_reason:{reason}"]);
        }
        catch (BadInputException e) when (e is not LimitExceededException)
        {
            throw new BadInputException(fileName, "the page cannot be read (damaged PDF content)", number, cause);
        }
    }

    private DecodedPage Render(int number, int rotation, PageGeometry geometry, List<string> operations)
    {
        var dpi = PdfRenderer.ChooseDpi(fileName, number, geometry.Width, geometry.Height, options.PdfRenderDpi, options.Limits.MaxPixelsPerPage);
        var (image, operation) = PdfRenderer.Render(fileName, bytes, number, dpi, options.Limits.MaxTimePerPage);
        operations.Add(operation);
        return new DecodedPage { Number = number, Image = image, Operations = operations, Rotation = rotation };
    }

    /// <summary>Filled or stroked paths (a vector form, outlined text); clipping paths alone do not count.</summary>
    private static bool HasDrawing(Page page) => page.Paths.Any(p => p.IsFilled || p.IsStroked);

    private static GrayImage Blank(PageGeometry geometry)
    {
        var scale = BlankPageDpi / 72.0;
        var image = new GrayImage(
            Math.Clamp((int)Math.Round(geometry.Width * scale), 1, 20_000),
            Math.Clamp((int)Math.Round(geometry.Height * scale), 1, 20_000),
            BlankPageDpi,
            BlankPageDpi);
        image.Pixels.AsSpan().Fill(255);
        return image;
    }

    /// <summary>The upright page size in points.</summary>
    private readonly record struct PageGeometry(double Width, double Height);
}
