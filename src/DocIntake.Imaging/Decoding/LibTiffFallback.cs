using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using BitMiracle.LibTiff.Classic;
using DocIntake.Core.Errors;
using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Decoding;

/// <summary>
/// Decodes one TIFF directory with LibTiff.NET (a managed libtiff port): the route for what ImageSharp 2.1 refuses
/// (G3 2-D, tiles, old-style JPEG, damaged CCITT data). Its console output is replaced by a per-thread collector.
/// </summary>
internal static class LibTiffFallback
{
    /// <summary>A page in stored orientation, libtiff's complaints, and how colour was turned gray.</summary>
    public sealed record LibTiffPage(GrayImage Image, IReadOnlyList<string> Warnings, bool HadColor, bool DroppedRed);

    [ThreadStatic]
    private static Messages? current;

    static LibTiffFallback() => Tiff.SetErrorHandler(new CollectingHandler());

    /// <summary>Decodes the page in stored orientation (the caller turns it upright).</summary>
    public static LibTiffPage Decode(
        string fileName, byte[] bytes, TiffDirectory directory, int page, InputLimits limits, bool redDropout)
    {
        var collected = new Messages();
        current = collected;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var tiff = Tiff.ClientOpen(fileName, "r", stream, new TiffStream())
                ?? throw Corrupt(fileName, page, "libtiff cannot open it", collected);
            if (!tiff.SetSubDirectory(directory.Offset))
            {
                throw Corrupt(fileName, page, "libtiff cannot read the page directory", collected);
            }

            // Re-read the size as libtiff sees it: the limit must hold for what it will allocate.
            var width = tiff.GetField(TiffTag.IMAGEWIDTH)?[0].ToInt() ?? 0;
            var height = tiff.GetField(TiffTag.IMAGELENGTH)?[0].ToInt() ?? 0;
            if (width <= 0 || height <= 0)
            {
                throw Corrupt(fileName, page, "the page has no size", collected);
            }

            PageLimits.CheckPixels(fileName, width, height, limits, page);

            // Asking for the file's own orientation makes libtiff flip nothing: rows come out as stored.
            var orientation = PageOrientation.IsValid(directory.Orientation) ? (Orientation)directory.Orientation : Orientation.TOPLEFT;
            var raster = new int[checked(width * height)];
            if (!tiff.ReadRGBAImageOriented(width, height, raster, orientation, true))
            {
                throw Corrupt(fileName, page, "libtiff could not decode the image data", collected);
            }

            // Packed ABGR ints are R, G, B, A bytes in memory on little-endian machines.
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(raster, raster);
            }

            var rgba = MemoryMarshal.AsBytes(raster.AsSpan());
            var gray = new byte[raster.Length];
            var converter = new ColorToGray(redDropout);
            converter.Luminance(rgba, gray);
            var dropRed = converter.ShouldDropRed;
            if (dropRed)
            {
                ColorToGray.LiftRed(rgba, gray);
            }

            return new LibTiffPage(
                new GrayImage(width, height, gray, directory.DpiX, directory.DpiY),
                [.. collected.Errors, .. collected.Warnings],
                converter.HadColor,
                dropRed);
        }
        catch (BadInputException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Corrupt(fileName, page, "libtiff failed: " + ex.Message, collected, ex);
        }
        finally
        {
            current = null;
        }
    }

    private static BadInputException Corrupt(string fileName, int page, string reason, Messages collected, Exception? inner = null)
    {
        var first = collected.Errors.Count > 0 ? collected.Errors[^1] : collected.Warnings.Count > 0 ? collected.Warnings[^1] : null;
        var detail = first is null ? string.Empty : $" ({first})";
        return new BadInputException(fileName, $"corrupt TIFF: {reason}{detail}", page, inner);
    }

    private sealed class Messages
    {
        public List<string> Errors { get; } = [];

        public List<string> Warnings { get; } = [];
    }

    private sealed class CollectingHandler : TiffErrorHandler
    {
        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args) => Collect(current?.Errors, format, args);

        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }

        public override void WarningHandler(Tiff tif, string method, string format, params object[] args) => Collect(current?.Warnings, format, args);

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }

        private static void Collect(List<string>? list, string format, object[] args)
        {
            if (list is not { Count: < 100 })
            {
                return;
            }

            try
            {
                list.Add(string.Format(CultureInfo.InvariantCulture, format, args));
            }
            catch (FormatException)
            {
                list.Add(format);
            }
        }
    }
}
