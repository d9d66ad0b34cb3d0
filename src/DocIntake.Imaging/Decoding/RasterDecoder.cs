using System.Diagnostics;
using DocIntake.Core.Errors;
using DocIntake.Core.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace DocIntake.Imaging.Decoding;

/// <summary>
/// PNG, JPEG, BMP and GIF (first frame): one page each, through ImageSharp, turned upright per EXIF orientation and
/// converted to gray (red dropout for colour by default). The size is read before any pixel is allocated.
/// </summary>
internal static class RasterDecoder
{
    public static DecodedDocument Open(string fileName, byte[] bytes, DecodeOptions options)
    {
        var format = FormatSniffer.Detect(bytes);
        var (name, decoder) = DecoderFor(format, fileName);
        var configuration = ImageSharpGray.ConfigurationFor(options.Limits);

        IImageInfo info;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            info = ((IImageInfoDetector)decoder).Identify(configuration, stream, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new BadInputException(fileName, $"corrupt {name.ToUpperInvariant()}: {ex.Message}", 1, ex);
        }

        if (info is null || info.Width <= 0 || info.Height <= 0)
        {
            throw new BadInputException(fileName, $"corrupt {name.ToUpperInvariant()}: no image size found", 1);
        }

        PageLimits.CheckPixels(fileName, info.Width, info.Height, options.Limits, 1);
        if (!HasEndMarker(format, bytes))
        {
            // ImageSharp fills the missing part in silently; half a page must not reach OCR unnoticed.
            throw new BadInputException(fileName, $"corrupt {name.ToUpperInvariant()}: the file is truncated (no end marker)", 1);
        }

        return new DecodedDocument(fileName, name, 1, () => [DecodePage(fileName, bytes, format, decoder, configuration, options)]);
    }

    private static DecodedPage DecodePage(
        string fileName, byte[] bytes, InputFormat format, IImageDecoder decoder, Configuration configuration, DecodeOptions options)
    {
        var limits = options.Limits;
        var clock = Stopwatch.StartNew();
        var name = format.ToString().ToLowerInvariant();
        var operations = new List<string> { "decode:imagesharp" };
        GrayImage stored;
        ExifProfile? exif;
        try
        {
            using var deadline = PageLimits.Deadline(limits);
            using var stream = new MemoryStream(bytes, writable: false);
            using var image = decoder.Decode<Rgba32>(configuration, stream, deadline.Token);
            PageLimits.CheckPixels(fileName, image.Width, image.Height, limits, 1);
            exif = image.Metadata.ExifProfile;
            var (dpiX, dpiY) = RasterResolution.Read(format, bytes, exif);
            (stored, var hadColor, var droppedRed) = ImageSharpGray.ToGray(image, options.RedDropout, dpiX, dpiY);
            if (hadColor)
            {
                operations.Add(droppedRed ? "red_dropout" : "gray:luminance");
            }
        }
        catch (OperationCanceledException)
        {
            throw PageLimits.TimeExceeded(fileName, clock, limits, 1);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or BadInputException))
        {
            throw new BadInputException(fileName, $"corrupt {name.ToUpperInvariant()}: {ex.Message}", 1, ex);
        }

        var orientation = Orientation(exif);
        var upright = stored;
        if (orientation != 1)
        {
            operations.Add(PageOrientation.IsValid(orientation) ? $"exif_orientation:{orientation}" : $"exif_orientation_ignored:{orientation}");
            upright = PageOrientation.Apply(stored, orientation);
        }

        PageLimits.CheckTime(fileName, clock, limits, 1);
        return new DecodedPage
        {
            Number = 1,
            Image = upright,
            Operations = operations,
            Rotation = PageOrientation.Rotation(orientation),
        };
    }

    /// <summary>PNG ends with an IEND chunk, JPEG with an EOI marker; a few trailing bytes after them are tolerated.</summary>
    private static bool HasEndMarker(InputFormat format, byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 4096));
        return format switch
        {
            InputFormat.Png => tail.IndexOf("IEND"u8) >= 0,
            InputFormat.Jpeg => tail.IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0,
            _ => true,
        };
    }

    private static int Orientation(ExifProfile? exif)
    {
        var value = exif?.GetValue(ExifTag.Orientation)?.Value;
        return value is null or 0 ? 1 : value.Value;
    }

    private static (string Name, IImageDecoder Decoder) DecoderFor(InputFormat format, string fileName) => format switch
    {
        InputFormat.Png => ("png", new PngDecoder()),
        InputFormat.Jpeg => ("jpeg", new JpegDecoder()),
        InputFormat.Bmp => ("bmp", new BmpDecoder()),
        InputFormat.Gif => ("gif", new GifDecoder { DecodingMode = FrameDecodingMode.First }),
        _ => throw new BadInputException(fileName, "not a PNG, JPEG, BMP or GIF file"),
    };
}
