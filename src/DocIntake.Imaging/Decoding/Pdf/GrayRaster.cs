using DocIntake.Core.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>PNG or JPEG bytes (from PdfPig or a DCT stream) to an 8-bit gray raster, size checked before decoding.</summary>
internal static class GrayRaster
{
    /// <returns>Null when the bytes do not decode or declare more pixels than the limit allows.</returns>
    public static GrayImage? FromEncoded(byte[] encoded, InputLimits limits)
    {
        try
        {
            var configuration = ImageSharpGray.ConfigurationFor(limits);
            using var stream = new MemoryStream(encoded);
            var info = Image.Identify(configuration, stream);
            if (info is null || (long)info.Width * info.Height > limits.MaxPixelsPerPage)
            {
                return null;
            }

            using var image = Image.Load(configuration, encoded);
            if (image is Image<L8> gray)
            {
                return ImageSharpGray.ToGray(gray, 0, 0);
            }

            using var rgba = image.CloneAs<Rgba32>(configuration);
            return ImageSharpGray.ToGray(rgba, redDropout: true, 0, 0).Image;
        }
        catch (Exception e) when (e is ImageFormatException or NotSupportedException or InvalidDataException or InvalidMemoryOperationException)
        {
            return null;
        }
    }
}
