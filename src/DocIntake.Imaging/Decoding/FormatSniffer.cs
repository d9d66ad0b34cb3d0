namespace DocIntake.Imaging.Decoding;

internal enum InputFormat
{
    Unknown,
    Tiff,
    Pdf,
    Png,
    Jpeg,
    Bmp,
    Gif,
}

/// <summary>Recognises a file by its first bytes.</summary>
internal static class FormatSniffer
{
    public static InputFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8) || bytes.StartsWith("II+\0"u8) || bytes.StartsWith("MM\0+"u8))
        {
            return InputFormat.Tiff;
        }

        // A PDF header may follow some junk; readers accept it within the first 1024 bytes.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return InputFormat.Pdf;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return InputFormat.Png;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return InputFormat.Jpeg;
        }

        if (bytes.StartsWith("BM"u8))
        {
            return InputFormat.Bmp;
        }

        return bytes.StartsWith("GIF8"u8) ? InputFormat.Gif : InputFormat.Unknown;
    }
}
