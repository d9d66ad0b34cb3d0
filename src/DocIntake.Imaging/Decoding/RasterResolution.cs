using System.Buffers.Binary;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace DocIntake.Imaging.Decoding;

/// <summary>
/// The resolution a PNG/JPEG/BMP file states, or 0 when it states none. Read from the file's own fields because
/// ImageSharp reports 96 dpi for a file without any, which would be indistinguishable from a real 96.
/// </summary>
internal static class RasterResolution
{
    private const double InchesPerMeter = 0.0254;

    public static (double X, double Y) Read(InputFormat format, byte[] bytes, ExifProfile? exif) => format switch
    {
        InputFormat.Png => Png(bytes),
        InputFormat.Jpeg => Jpeg(bytes, exif),
        InputFormat.Bmp => Bmp(bytes),
        _ => (0, 0),
    };

    /// <summary>The pHYs chunk (pixels per metre when its unit is 1), which must come before the image data.</summary>
    private static (double, double) Png(byte[] bytes)
    {
        var at = 8;
        while (at + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
            var type = bytes.AsSpan(at + 4, 4);
            if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8) || length > (uint)(bytes.Length - at - 12))
            {
                break;
            }

            if (type.SequenceEqual("pHYs"u8) && length >= 9)
            {
                var data = bytes.AsSpan(at + 8);
                return data[8] == 1
                    ? (PerMeter(BinaryPrimitives.ReadUInt32BigEndian(data)), PerMeter(BinaryPrimitives.ReadUInt32BigEndian(data[4..])))
                    : (0, 0);
            }

            at += 12 + (int)length;
        }

        return (0, 0);
    }

    /// <summary>A JFIF density in dots per inch or cm wins; JFIF unit 0 is only an aspect ratio, then EXIF decides.</summary>
    private static (double, double) Jpeg(byte[] bytes, ExifProfile? exif)
    {
        var jfif = bytes.AsSpan();
        if (jfif.Length >= 18 && jfif[2] == 0xFF && jfif[3] == 0xE0 && jfif[6..11].SequenceEqual("JFIF\0"u8))
        {
            var unit = jfif[13];
            double x = BinaryPrimitives.ReadUInt16BigEndian(jfif[14..]), y = BinaryPrimitives.ReadUInt16BigEndian(jfif[16..]);
            if (unit is 1 or 2 && x > 0 && y > 0)
            {
                return unit == 1 ? (x, y) : (Math.Round(x * 2.54, 1), Math.Round(y * 2.54, 1));
            }
        }

        if (exif is null)
        {
            return (0, 0);
        }

        var exifUnit = exif.GetValue(ExifTag.ResolutionUnit)?.Value ?? 2;
        var ex = exif.GetValue(ExifTag.XResolution)?.Value.ToDouble() ?? 0;
        var ey = exif.GetValue(ExifTag.YResolution)?.Value.ToDouble() ?? 0;
        if (ex is not > 0 || ey is not > 0 || exifUnit is not (2 or 3))
        {
            return (0, 0);
        }

        return exifUnit == 2 ? (ex, ey) : (Math.Round(ex * 2.54, 1), Math.Round(ey * 2.54, 1));
    }

    /// <summary>BITMAPINFOHEADER and later carry pixels per metre at offsets 38 and 42.</summary>
    private static (double, double) Bmp(byte[] bytes)
    {
        if (bytes.Length < 46 || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(14)) < 40)
        {
            return (0, 0);
        }

        var x = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(38));
        var y = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(42));
        return x > 0 && y > 0 ? (PerMeter((uint)x), PerMeter((uint)y)) : (0, 0);
    }

    private static double PerMeter(uint value) => Math.Round(value * InchesPerMeter, 1);
}
