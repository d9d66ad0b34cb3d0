using DocIntake.Core.Pages;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// The fast path for 8-bit gray and RGB images: PdfPig's decoded samples straight to gray (no PNG round
/// trip, which took seconds for a 9000x9000 page), with an 8-bit soft mask composited over white paper.
/// </summary>
internal static class RawSamples
{
    public static bool Applies(IPdfImage image) =>
        image.BitsPerComponent == 8
        && Components(image) is 1 or 3
        && (image.Decode is null || image.Decode.Count == 0 || IsDefaultDecode(image.Decode));

    /// <summary>Null when PdfPig cannot give the samples or their length is not what the size says.</summary>
    public static GrayImage? ToGray(IPdfImage image, IPdfImage? softMask)
    {
        var width = image.WidthInSamples;
        var height = image.HeightInSamples;
        var components = Components(image);
        if (!image.TryGetBytesAsMemory(out var memory) || memory.Length < (long)width * height * components)
        {
            return null;
        }

        ReadOnlyMemory<byte> alpha = default;
        if (softMask is not null)
        {
            if (softMask.WidthInSamples != width || softMask.HeightInSamples != height || softMask.BitsPerComponent != 8
                || !softMask.TryGetBytesAsMemory(out var maskBytes) || maskBytes.Length < (long)width * height)
            {
                return null;
            }

            alpha = maskBytes;
        }

        var result = new GrayImage(width, height);
        var converter = new ColorToGray(redDropout: true);
        var rgba = new byte[width * 4];
        for (var y = 0; y < height; y++)
        {
            FillRow(memory.Span.Slice(y * width * components, width * components), alpha.IsEmpty ? default : alpha.Span.Slice(y * width, width), components, rgba);
            converter.Luminance(rgba, result.Row(y));
        }

        if (converter.ShouldDropRed)
        {
            for (var y = 0; y < height; y++)
            {
                FillRow(memory.Span.Slice(y * width * components, width * components), alpha.IsEmpty ? default : alpha.Span.Slice(y * width, width), components, rgba);
                ColorToGray.LiftRed(rgba, result.Row(y));
            }
        }

        return result;
    }

    private static void FillRow(ReadOnlySpan<byte> samples, ReadOnlySpan<byte> alpha, int components, Span<byte> rgba)
    {
        for (int x = 0, s = 0, p = 0; p < rgba.Length; x++, s += components, p += 4)
        {
            rgba[p] = samples[s];
            rgba[p + 1] = samples[components == 3 ? s + 1 : s];
            rgba[p + 2] = samples[components == 3 ? s + 2 : s];
            rgba[p + 3] = alpha.IsEmpty ? (byte)255 : alpha[x];
        }
    }

    private static int Components(IPdfImage image) => image.ColorSpaceDetails?.Type switch
    {
        ColorSpace.DeviceGray or ColorSpace.CalGray => 1,
        ColorSpace.DeviceRGB or ColorSpace.CalRGB => 3,
        ColorSpace.ICCBased => image.ColorSpaceDetails.NumberOfColorComponents,
        _ => 0,
    };

    private static bool IsDefaultDecode(IReadOnlyList<double> decode)
    {
        for (var i = 0; i + 1 < decode.Count; i += 2)
        {
            if (decode[i] != 0 || decode[i + 1] != 1)
            {
                return false;
            }
        }

        return true;
    }
}
