using System.IO.Compression;
using DocIntake.Core.Pages;
using UglyToad.PdfPig.Content;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>The outcome of taking a page's one image out of the PDF: the upright raster, or why to render instead.</summary>
internal sealed record ExtractionResult(GrayImage? Image, string Route)
{
    public static ExtractionResult Render(string reason) => new(null, reason);
}

/// <summary>
/// Takes the single full-page image of a scanned page out as stored (no resampling), turned upright per its
/// placement, with its own resolution. Anything PdfPig does not decode exactly (JBIG2, JPEG 2000, CCITT with
/// EncodedByteAlign, masks, CMYK JPEG) is left to the renderer.
/// </summary>
internal static class PdfImageExtractor
{
    public static ExtractionResult Extract(IPdfImage image, ImagePlacement placement, InputLimits limits)
    {
        var dictionary = image.ImageDictionary;
        var filters = PdfImageDictionary.Filters(dictionary);
        var last = filters.Count == 0 ? "none" : filters[^1];
        var reason = RenderReason(image, placement, filters, last);
        if (reason is not null)
        {
            return ExtractionResult.Render(reason);
        }

        GrayImage? stored;
        string route;
        if (last == "DCTDecode")
        {
            stored = DecodeJpeg(image, filters, limits);
            route = "pdf_image:dct:imagesharp";
        }
        else if (RawSamples.Applies(image))
        {
            var softMask = PdfImageDictionary.Has(image.ImageDictionary, "SMask") ? image.MaskImage : null;
            stored = RawSamples.ToGray(image, softMask);
            route = $"pdf_image:{ShortName(last)}:pdfpig" + (softMask is null ? "" : ":soft_mask_on_white");
        }
        else
        {
            stored = image.TryGetPng(out var png) ? GrayRaster.FromEncoded(png, limits) : null;
            route = $"pdf_image:{ShortName(last)}:pdfpig";
        }

        if (stored is null || stored.Width != image.WidthInSamples || stored.Height != image.HeightInSamples)
        {
            return ExtractionResult.Render("image_decode_failed");
        }

        var withDpi = stored.WithResolution(
            image.WidthInSamples / (placement.RowLength / 72.0),
            image.HeightInSamples / (placement.ColumnLength / 72.0));
        return new ExtractionResult(PageOrientation.Apply(withDpi, placement.Orientation), route);
    }

    private static string? RenderReason(IPdfImage image, ImagePlacement placement, IReadOnlyList<string> filters, string last)
    {
        if (image.IsImageMask)
        {
            return "stencil_mask";
        }

        if (placement.Orientation == 0)
        {
            return "image_skewed";
        }

        if (PdfImageDictionary.Has(image.ImageDictionary, "Mask"))
        {
            return "image_mask";
        }

        if (PdfImageDictionary.Has(image.ImageDictionary, "SMask") && (!RawSamples.Applies(image) || last is "DCTDecode"))
        {
            return "soft_mask";
        }

        switch (last)
        {
            case "JBIG2Decode":
                return "jbig2";
            case "JPXDecode":
                return "jpx";
            case "CCITTFaxDecode" when PdfImageDictionary.CcittByteAlignedOrUnknown(image.ImageDictionary):
                return "ccitt_encoded_byte_align";
            case "DCTDecode" when filters.Count > 2 || (filters.Count == 2 && filters[0] != "FlateDecode"):
                return "dct_filter_chain";
            case "DCTDecode" when image.ColorSpaceDetails?.NumberOfColorComponents == 4 || image.Decode is { Count: > 0 } decode && decode[0] > decode[1]:
                return "dct_cmyk_or_inverted";
            case "DCTDecode" or "CCITTFaxDecode" or "FlateDecode" or "LZWDecode" or "RunLengthDecode" or "ASCIIHexDecode" or "ASCII85Decode" or "none":
                return null;
            default:
                return "unsupported_filter";
        }
    }

    private static GrayImage? DecodeJpeg(IPdfImage image, IReadOnlyList<string> filters, InputLimits limits)
    {
        var jpeg = image.RawMemory.ToArray();
        if (filters.Count == 2)
        {
            // A JPEG is far smaller than its pixels: stop inflating a stream that grows past them.
            using var inflater = new ZLibStream(new MemoryStream(jpeg), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > limits.MaxPixelsPerPage * 3)
                {
                    return null;
                }
            }

            jpeg = output.ToArray();
        }

        return GrayRaster.FromEncoded(jpeg, limits);
    }

    private static string ShortName(string filter) => filter switch
    {
        "CCITTFaxDecode" => "ccitt",
        "FlateDecode" => "flate",
        "LZWDecode" => "lzw",
        "RunLengthDecode" => "runlength",
        _ => "raw",
    };
}
