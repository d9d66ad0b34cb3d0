using System.Diagnostics;
using DocIntake.Core.Errors;
using DocIntake.Core.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;
using ImageSharpTiffDecoder = SixLabors.ImageSharp.Formats.Tiff.TiffDecoder;

namespace DocIntake.Imaging.Decoding;

/// <summary>Which decoder a TIFF page may use; tests force the fallback to compare both.</summary>
internal enum TiffRoute
{
    ImageSharpThenLibTiff,
    LibTiffOnly,
}

/// <summary>
/// TIFF input, one page per directory. The directory chain is read up front (page count, sizes, limits) without
/// pixels; each page is then decoded on demand: ImageSharp first (fast, bit-identical to libtiff for CCITT G3 1-D
/// and G4), LibTiff.NET for what ImageSharp 2.1 refuses or fails on. Pages come out upright per the Orientation tag.
/// </summary>
internal static class TiffDecoder
{
    private static readonly ImageSharpTiffDecoder SinglePageDecoder = new() { DecodingMode = FrameDecodingMode.First };

    public static DecodedDocument Open(string fileName, byte[] bytes, DecodeOptions options) =>
        Open(fileName, bytes, options, TiffRoute.ImageSharpThenLibTiff);

    internal static DecodedDocument Open(string fileName, byte[] bytes, DecodeOptions options, TiffRoute route)
    {
        var directories = TiffTags.ReadDirectories(fileName, bytes);
        for (var i = 0; i < directories.Count; i++)
        {
            PageLimits.CheckPixels(fileName, directories[i].Width, directories[i].Height, options.Limits, i + 1);
        }

        return new DecodedDocument(fileName, "tiff", directories.Count, () => Pages(fileName, bytes, directories, options, route));
    }

    private static IEnumerable<DecodedPage> Pages(
        string fileName, byte[] bytes, IReadOnlyList<TiffDirectory> directories, DecodeOptions options, TiffRoute route)
    {
        for (var i = 0; i < directories.Count; i++)
        {
            yield return DecodePage(fileName, bytes, directories[i], i + 1, options, route);
        }
    }

    private static DecodedPage DecodePage(
        string fileName, byte[] bytes, TiffDirectory directory, int page, DecodeOptions options, TiffRoute route)
    {
        var limits = options.Limits;
        PageLimits.CheckPixels(fileName, directory.Width, directory.Height, limits, page);
        var clock = Stopwatch.StartNew();
        var operations = new List<string> { "tiff:" + directory.CompressionName };

        GrayImage? stored = null;
        bool hadColor = false, droppedRed = false;
        var refusal = route == TiffRoute.LibTiffOnly ? "forced" : ImageSharpRefusal(directory);
        if (refusal is null)
        {
            try
            {
                (stored, hadColor, droppedRed) = DecodeWithImageSharp(bytes, directory, limits, options.RedDropout);
                operations.Add("decode:imagesharp");
            }
            catch (OperationCanceledException)
            {
                throw PageLimits.TimeExceeded(fileName, clock, limits, page);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // ImageSharp's own exceptions (format, content, not supported, memory limit) and any bug it has on a
                // damaged file: libtiff gets its chance, and reports the page as corrupt if it cannot read it either.
                refusal = "failed";
            }
        }

        if (stored is null)
        {
            var fallback = LibTiffFallback.Decode(fileName, bytes, directory, page, limits, options.RedDropout);
            (stored, hadColor, droppedRed) = (fallback.Image, fallback.HadColor, fallback.DroppedRed);
            operations.Add("decode:libtiff");
            operations.Add("imagesharp:" + refusal);
            if (fallback.Warnings.Count > 0)
            {
                operations.Add($"libtiff_warnings:{fallback.Warnings.Count}");
            }
        }

        if (hadColor)
        {
            operations.Add(droppedRed ? "red_dropout" : "gray:luminance");
        }

        var upright = stored;
        if (directory.Orientation != 1)
        {
            operations.Add(PageOrientation.IsValid(directory.Orientation)
                ? $"tiff_orientation:{directory.Orientation}"
                : $"tiff_orientation_ignored:{directory.Orientation}");
            upright = PageOrientation.Apply(stored, directory.Orientation);
        }

        PageLimits.CheckTime(fileName, clock, limits, page);
        return new DecodedPage
        {
            Number = page,
            Image = upright,
            Operations = operations,
            Rotation = PageOrientation.Rotation(directory.Orientation),
        };
    }

    /// <summary>
    /// Known gaps of ImageSharp 2.1, sent straight to libtiff: what it refuses (G3 2-D, tiles, old-style JPEG), and
    /// what it decodes wrongly without an error, as seen on the sample corpus against libtiff: CCITT pages marked
    /// min-is-black come out inverted, JPEG-in-TIFF colours ignore the YCbCr tags (pink paper), 8-bit palettes go black.
    /// </summary>
    private static string? ImageSharpRefusal(TiffDirectory directory) => directory switch
    {
        { IsG3TwoDimensional: true } => "g3_2d_unsupported",
        { Tiled: true } => "tiles_unsupported",
        { Compression: 6 } => "ojpeg_unsupported",
        { Compression: 2 or 3 or 4, Photometric: 1 } => "ccitt_min_is_black_inverted",
        { Compression: 7 } => "jpeg_colors_unreliable",
        { ColorMapIs8Bit: true } => "8bit_colormap_unsupported",
        _ => null,
    };

    private static (GrayImage Image, bool HadColor, bool DroppedRed) DecodeWithImageSharp(
        byte[] bytes, TiffDirectory directory, InputLimits limits, bool redDropout)
    {
        var configuration = ImageSharpGray.ConfigurationFor(limits);
        using var deadline = PageLimits.Deadline(limits);
        using var stream = new TiffPageStream(bytes, directory.Offset);
        if (!directory.IsColor)
        {
            using var gray = SinglePageDecoder.Decode<L8>(configuration, stream, deadline.Token);
            return (ImageSharpGray.ToGray(gray, directory.DpiX, directory.DpiY), false, false);
        }

        using var color = SinglePageDecoder.Decode<Rgba32>(configuration, stream, deadline.Token);
        return ImageSharpGray.ToGray(color, redDropout, directory.DpiX, directory.DpiY);
    }
}
