namespace DocIntake.Imaging.Decoding;

/// <summary>
/// Colour to 8-bit gray in two steps. First luminance (BT.601), transparent pixels composited on white paper, while
/// counting red ink and neutral dark ink. Then, with red dropout on, and only when red ink is a minority overlay on
/// black text (seals, 社印, received-stamps), the amount by which red exceeds both green and blue is added back so
/// the red goes light while black text (all channels low) and blue ink (red low) stay dark. A page whose text itself
/// is red (red ink outnumbers black) keeps plain luminance, or its text would vanish.
/// </summary>
internal sealed class ColorToGray(bool redDropout)
{
    /// <summary>Red exceeds green and blue by this much: clearly red ink, not a warm paper tint.</summary>
    private const int RedExcess = 60;

    private long redInk;
    private long darkInk;

    /// <summary>True when any pixel had colour (R, G, B not all equal).</summary>
    public bool HadColor { get; private set; }

    /// <summary>Whether <see cref="LiftRed"/> should run, known after every row went through <see cref="Luminance"/>.</summary>
    public bool ShouldDropRed => redDropout && redInk > 0 && redInk < darkInk;

    /// <summary>Packed R, G, B, A bytes to gray, one pixel each.</summary>
    public void Luminance(ReadOnlySpan<byte> rgba, Span<byte> gray)
    {
        long red = 0, dark = 0;
        var anyColor = false;
        for (int i = 0, p = 0; i < gray.Length; i++, p += 4)
        {
            int r = rgba[p], g = rgba[p + 1], b = rgba[p + 2], a = rgba[p + 3];
            var excess = r - Math.Max(g, b);
            anyColor |= r != g || g != b;
            var value = Composite(((306 * r) + (601 * g) + (117 * b) + 512) >> 10, a);
            if (excess > RedExcess && value < 200)
            {
                red++;
            }
            else if (value < 100 && Math.Abs(excess) < 30)
            {
                dark++;
            }

            gray[i] = (byte)value;
        }

        redInk += red;
        darkInk += dark;
        HadColor |= anyColor;
    }

    /// <summary>Second pass over the same pixels: red ink goes light.</summary>
    public static void LiftRed(ReadOnlySpan<byte> rgba, Span<byte> gray)
    {
        for (int i = 0, p = 0; i < gray.Length; i++, p += 4)
        {
            var excess = rgba[p] - Math.Max(rgba[p + 1], rgba[p + 2]);
            if (excess > 0)
            {
                gray[i] = (byte)Math.Min(255, gray[i] + (excess * rgba[p + 3] / 255));
            }
        }
    }

    /// <summary>A gray value seen through alpha over white paper.</summary>
    private static int Composite(int value, int alpha) =>
        alpha == 255 ? value : ((value * alpha) + (255 * (255 - alpha)) + 127) / 255;
}
