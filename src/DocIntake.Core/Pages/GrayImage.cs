namespace DocIntake.Core.Pages;

/// <summary>
/// An 8-bit grayscale page raster (0 = black, 255 = white), row-major, no padding.
/// The common currency between decoding, clean-up and OCR: plain bytes, so every stage is a pure function.
/// </summary>
public sealed class GrayImage
{
    public GrayImage(int width, int height, double dpiX = 0, double dpiY = 0)
        : this(width, height, new byte[checked(width * height)], dpiX, dpiY)
    {
    }

    public GrayImage(int width, int height, byte[] pixels, double dpiX = 0, double dpiY = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != (long)width * height)
        {
            throw new ArgumentException($"Expected {width}x{height} = {(long)width * height} bytes, got {pixels.Length}.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
        DpiX = dpiX;
        DpiY = dpiY;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major 8-bit gray values.</summary>
    public byte[] Pixels { get; }

    /// <summary>Horizontal resolution in dots per inch (0 when unknown).</summary>
    public double DpiX { get; }

    /// <summary>Vertical resolution in dots per inch (0 when unknown).</summary>
    public double DpiY { get; }

    public byte this[int x, int y]
    {
        get => Pixels[(y * Width) + x];
        set => Pixels[(y * Width) + x] = value;
    }

    public Span<byte> Row(int y) => Pixels.AsSpan(y * Width, Width);

    public GrayImage WithResolution(double dpiX, double dpiY) => new(Width, Height, Pixels, dpiX, dpiY);

    public GrayImage Clone() => new(Width, Height, (byte[])Pixels.Clone(), DpiX, DpiY);

    /// <summary>A copy of a rectangle, clipped to the image.</summary>
    public GrayImage Crop(PixelBox box)
    {
        var x0 = Math.Clamp(box.X, 0, Width - 1);
        var y0 = Math.Clamp(box.Y, 0, Height - 1);
        var x1 = Math.Clamp(box.X + box.Width, x0 + 1, Width);
        var y1 = Math.Clamp(box.Y + box.Height, y0 + 1, Height);
        var result = new GrayImage(x1 - x0, y1 - y0, DpiX, DpiY);
        for (var y = y0; y < y1; y++)
        {
            Pixels.AsSpan((y * Width) + x0, x1 - x0).CopyTo(result.Row(y - y0));
        }

        return result;
    }
}
