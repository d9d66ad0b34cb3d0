using System.Buffers.Binary;

namespace DocIntake.Imaging.Decoding;

/// <summary>
/// The TIFF file as seen with its header pointing at one chosen directory, so a decoder told to read only the
/// first frame reads exactly that page. Nothing is copied but the header.
/// </summary>
internal sealed class TiffPageStream : Stream
{
    private readonly byte[] bytes;
    private readonly byte[] header;
    private long position;

    public TiffPageStream(byte[] bytes, long directoryOffset)
    {
        this.bytes = bytes;
        var big = bytes[2] + bytes[3] == 43;
        header = bytes.AsSpan(0, big ? 16 : 8).ToArray();
        var little = bytes[0] == (byte)'I';
        if (big)
        {
            if (little)
            {
                BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), directoryOffset);
            }
            else
            {
                BinaryPrimitives.WriteInt64BigEndian(header.AsSpan(8), directoryOffset);
            }
        }
        else if (little)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)directoryOffset);
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)directoryOffset);
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => bytes.Length;

    public override long Position
    {
        get => position;
        set => position = Math.Clamp(value, 0, bytes.Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, bytes.Length - position);
        if (n <= 0)
        {
            return 0;
        }

        bytes.AsSpan((int)position, n).CopyTo(buffer);
        if (position < header.Length)
        {
            var overlap = (int)Math.Min(n, header.Length - position);
            header.AsSpan((int)position, overlap).CopyTo(buffer);
        }

        position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => bytes.Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
