using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>Reads a binary 8-bit PGM (P5), as pdftoppm -gray and Ghostscript's pgmraw write it.</summary>
internal static class PgmReader
{
    public static GrayImage Read(ReadOnlySpan<byte> data, double dpi)
    {
        var position = 0;
        if (NextToken(data, ref position) != "P5")
        {
            throw new InvalidDataException("not a binary PGM (P5)");
        }

        var width = int.Parse(NextToken(data, ref position), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(NextToken(data, ref position), System.Globalization.CultureInfo.InvariantCulture);
        var maxValue = int.Parse(NextToken(data, ref position), System.Globalization.CultureInfo.InvariantCulture);
        position++; // the single white-space byte after the header
        if (width <= 0 || height <= 0 || maxValue != 255 || data.Length - position < (long)width * height)
        {
            throw new InvalidDataException($"unexpected PGM {width}x{height} max {maxValue} with {data.Length - position} bytes");
        }

        return new GrayImage(width, height, data.Slice(position, width * height).ToArray(), dpi, dpi);
    }

    private static string NextToken(ReadOnlySpan<byte> data, ref int position)
    {
        while (position < data.Length)
        {
            if (data[position] == (byte)'#')
            {
                while (position < data.Length && data[position] != (byte)'\n')
                {
                    position++;
                }
            }
            else if (data[position] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                position++;
            }
            else
            {
                break;
            }
        }

        var start = position;
        while (position < data.Length && data[position] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            position++;
        }

        return System.Text.Encoding.ASCII.GetString(data[start..position]);
    }
}
