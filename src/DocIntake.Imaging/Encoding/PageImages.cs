using DocIntake.Core.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace DocIntake.Imaging.Encoding;

/// <summary>Writes page rasters as 8-bit grayscale PNG (review UI, benchmark reference, blob store).</summary>
public static class PageImages
{
    private static readonly PngEncoder Encoder = new()
    {
        ColorType = PngColorType.Grayscale,
        BitDepth = PngBitDepth.Bit8,
        CompressionLevel = PngCompressionLevel.BestSpeed,
    };

    public static byte[] EncodePng(GrayImage page)
    {
        using var image = Image.LoadPixelData<L8>(page.Pixels, page.Width, page.Height);
        if (page.DpiX > 0 && page.DpiY > 0)
        {
            image.Metadata.HorizontalResolution = page.DpiX;
            image.Metadata.VerticalResolution = page.DpiY;
            image.Metadata.ResolutionUnits = SixLabors.ImageSharp.Metadata.PixelResolutionUnit.PixelsPerInch;
        }

        using var stream = new MemoryStream();
        image.SaveAsPng(stream, Encoder);
        return stream.ToArray();
    }
}
