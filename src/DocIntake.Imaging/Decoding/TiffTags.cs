using System.Buffers.Binary;
using DocIntake.Core.Errors;

namespace DocIntake.Imaging.Decoding;

/// <summary>What one TIFF directory (page) declares, read without touching its pixel data.</summary>
internal sealed record TiffDirectory
{
    /// <summary>Offset of the directory in the file (to decode this page alone).</summary>
    public long Offset { get; init; }

    public long Width { get; init; }

    public long Height { get; init; }

    public int Compression { get; init; } = 1;

    public int Photometric { get; init; } = -1;

    public int SamplesPerPixel { get; init; } = 1;

    public int BitsPerSample { get; init; } = 1;

    public int Orientation { get; init; } = 1;

    public long T4Options { get; init; }

    public bool Tiled { get; init; }

    public long NewSubfileType { get; init; }

    /// <summary>A palette written with 8-bit values in its 16-bit slots (libtiff detects and scales it; ImageSharp shows black).</summary>
    public bool ColorMapIs8Bit { get; init; }

    public double XResolution { get; init; }

    public double YResolution { get; init; }

    /// <summary>1 none, 2 inch (the TIFF default when the tag is absent), 3 centimetre.</summary>
    public int ResolutionUnit { get; init; } = 2;

    public long Pixels => Width * Height;

    public bool IsColor => SamplesPerPixel > 1 || Photometric is 2 or 3 or 5 or 6 or 8;

    /// <summary>CCITT Group 3 with 2-D coding, which ImageSharp 2.1 does not decode.</summary>
    public bool IsG3TwoDimensional => Compression == 3 && (T4Options & 1) != 0;

    public double DpiX => ToDpi(XResolution);

    public double DpiY => ToDpi(YResolution);

    public string CompressionName => Compression switch
    {
        1 => "none",
        2 => "ccitt_rle",
        3 => IsG3TwoDimensional ? "ccitt_g3_2d" : "ccitt_g3_1d",
        4 => "ccitt_g4",
        5 => "lzw",
        6 => "ojpeg",
        7 => "jpeg",
        8 or 32946 => "deflate",
        32773 => "packbits",
        _ => "compression_" + Compression,
    };

    private double ToDpi(double value)
    {
        if (value is not > 0 || double.IsInfinity(value))
        {
            return 0;
        }

        return ResolutionUnit switch
        {
            2 => Math.Round(value, 1),
            3 => Math.Round(value * 2.54, 1),
            _ => 0, // "no absolute unit": only an aspect ratio, not a resolution
        };
    }
}

/// <summary>
/// A minimal reader of the TIFF directory chain (classic and BigTIFF): page count, sizes, orientation and
/// resolution before any decoder allocates pixels, plus a check that the image data lies inside the file.
/// </summary>
internal static class TiffTags
{
    /// <summary>A ceiling on directories walked, far above any page limit, so a crafted chain cannot spin.</summary>
    private const int MaxDirectories = 65_536;

    private const int MaxEntriesPerDirectory = 4_096;

    public static IReadOnlyList<TiffDirectory> ReadDirectories(string fileName, byte[] bytes)
    {
        var reader = new Reader(fileName, bytes);
        var directories = new List<TiffDirectory>();
        var visited = new HashSet<long>();
        var offset = reader.FirstDirectoryOffset();
        while (offset != 0)
        {
            if (!visited.Add(offset))
            {
                break; // a loop in the chain: the pages so far are all there is
            }

            if (directories.Count >= MaxDirectories)
            {
                throw new BadInputException(fileName, $"corrupt TIFF: more than {MaxDirectories} directories");
            }

            var (directory, next) = reader.ReadDirectory(offset, directories.Count + 1);

            // Reduced-resolution copies (thumbnails) are not pages.
            if ((directory.NewSubfileType & 1) == 0)
            {
                directories.Add(directory);
            }

            offset = next;
        }

        return directories;
    }

    private sealed class Reader(string fileName, byte[] bytes)
    {
        private readonly bool little = bytes[0] == (byte)'I';
        private readonly bool big = bytes.Length > 3 && bytes[2] + bytes[3] == 43;

        public long FirstDirectoryOffset()
        {
            var offset = big ? U64(8) : U32(4);
            if (offset == 0)
            {
                throw Corrupt("the file has no image directory", null);
            }

            return offset;
        }

        public (TiffDirectory Directory, long Next) ReadDirectory(long offset, int page)
        {
            var countSize = big ? 8 : 2;
            var entrySize = big ? 20 : 12;
            var count = big ? U64(offset) : U16(offset);
            if (count is 0 or > MaxEntriesPerDirectory)
            {
                throw Corrupt($"directory at offset {offset} has {count} entries", page);
            }

            var entries = new Dictionary<int, Entry>();
            for (var i = 0L; i < count; i++)
            {
                var at = offset + countSize + (i * entrySize);
                var entry = new Entry(
                    (int)U16(at),
                    (int)U16(at + 2),
                    big ? U64(at + 4) : U32(at + 4),
                    at + (big ? 12 : 8));
                entries.TryAdd(entry.Tag, entry); // first one wins, as in libtiff
            }

            var nextAt = offset + countSize + (count * entrySize);
            var next = big ? U64(nextAt) : U32(nextAt);
            var directory = new TiffDirectory
            {
                Offset = offset,
                Width = Integer(entries, 256, 0),
                Height = Integer(entries, 257, 0),
                BitsPerSample = (int)Math.Min(Integer(entries, 258, 1), 64),
                Compression = (int)Integer(entries, 259, 1),
                Photometric = (int)Integer(entries, 262, -1),
                Orientation = (int)Integer(entries, 274, 1),
                SamplesPerPixel = (int)Math.Min(Integer(entries, 277, 1), 64),
                XResolution = Rational(entries, 282),
                YResolution = Rational(entries, 283),
                ResolutionUnit = (int)Integer(entries, 296, 2),
                T4Options = Integer(entries, 292, 0),
                Tiled = entries.ContainsKey(322),
                NewSubfileType = Integer(entries, 254, 0),
                ColorMapIs8Bit = entries.TryGetValue(320, out var colorMap) && AllBelow256(colorMap),
            };

            if (directory.Width <= 0 || directory.Height <= 0)
            {
                throw Corrupt($"the page declares no size ({directory.Width}x{directory.Height})", page);
            }

            CheckDataInsideFile(entries, directory.Tiled ? 324 : 273, directory.Tiled ? 325 : 279, page);
            return (directory, next);
        }

        /// <summary>A truncated file keeps its directory but loses the data it points to.</summary>
        private void CheckDataInsideFile(Dictionary<int, Entry> entries, int offsetsTag, int countsTag, int page)
        {
            if (!entries.TryGetValue(offsetsTag, out var offsets))
            {
                throw Corrupt("the page has no image data (no strip or tile offsets)", page);
            }

            entries.TryGetValue(countsTag, out var counts);
            var n = offsets.Count;
            if (n == 0 || n > bytes.Length)
            {
                throw Corrupt($"the page declares {n} data strips", page);
            }

            for (var i = 0L; i < n; i++)
            {
                var start = Element(offsets, i);
                var length = counts is not null && i < counts.Count ? Element(counts, i) : 0;
                if (start >= bytes.Length || (length > 0 && start + length > bytes.Length))
                {
                    throw Corrupt("the image data runs past the end of the file (truncated?)", page);
                }
            }
        }

        private bool AllBelow256(Entry entry)
        {
            for (var i = 0L; i < entry.Count; i++)
            {
                if (Element(entry, i) > 255)
                {
                    return false;
                }
            }

            return entry.Count > 0;
        }

        private long Integer(Dictionary<int, Entry> entries, int tag, long fallback) =>
            entries.TryGetValue(tag, out var entry) && entry.Count > 0 ? Element(entry, 0) : fallback;

        private double Rational(Dictionary<int, Entry> entries, int tag)
        {
            if (!entries.TryGetValue(tag, out var entry) || entry.Count == 0)
            {
                return 0;
            }

            switch (entry.Type)
            {
                case 5 or 10:
                    var at = DataOffset(entry, 8);
                    var denominator = U32(at + 4);
                    return denominator == 0 ? 0 : (double)U32(at) / denominator;
                case 11:
                    return BitConverter.Int32BitsToSingle((int)U32(DataOffset(entry, 4)));
                case 12:
                    return BitConverter.Int64BitsToDouble(U64(DataOffset(entry, 8)));
                default:
                    return Element(entry, 0);
            }
        }

        /// <summary>The i-th unsigned integer of a SHORT/LONG/LONG8 (or BYTE) entry.</summary>
        private long Element(Entry entry, long index)
        {
            var size = entry.Type switch
            {
                1 or 6 or 7 => 1,
                3 or 8 => 2,
                4 or 9 or 13 => 4,
                16 or 17 or 18 => 8,
                _ => 0,
            };
            if (size == 0)
            {
                return 0;
            }

            var at = DataOffset(entry, size) + (index * size);
            return size switch
            {
                1 => Byte(at),
                2 => U16(at),
                4 => U32(at),
                _ => U64(at),
            };
        }

        private long DataOffset(Entry entry, int elementSize)
        {
            var total = entry.Count * elementSize;
            var inline = big ? 8 : 4;
            if (entry.Count > bytes.Length || total <= inline)
            {
                return entry.Count > bytes.Length ? throw Corrupt($"tag {entry.Tag} declares {entry.Count} values", null) : entry.ValueAt;
            }

            var at = big ? U64(entry.ValueAt) : U32(entry.ValueAt);
            if (at < 0 || at + total > bytes.Length)
            {
                throw Corrupt($"tag {entry.Tag} points past the end of the file (truncated?)", null);
            }

            return at;
        }

        private byte Byte(long at) => bytes[Check(at, 1)];

        private long U16(long at) => little
            ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(Check(at, 2)))
            : BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(Check(at, 2)));

        private long U32(long at) => little
            ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(Check(at, 4)))
            : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(Check(at, 4)));

        private long U64(long at)
        {
            var value = little
                ? BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(Check(at, 8)))
                : BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(Check(at, 8)));
            return value > long.MaxValue ? long.MaxValue : (long)value;
        }

        private int Check(long at, int size) =>
            at >= 0 && at + size <= bytes.Length ? (int)at : throw Corrupt("a directory points past the end of the file (truncated?)", null);

        private BadInputException Corrupt(string reason, int? page) => new(fileName, "corrupt TIFF: " + reason, page);
    }

    private sealed record Entry(int Tag, int Type, long Count, long ValueAt);
}
