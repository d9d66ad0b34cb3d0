using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>Pixel conventions shared by the stages: black is anything below mid-grey, removal paints white.</summary>
internal static class Bilevel
{
    public const byte Black = 0;
    public const byte White = 255;

    /// <summary>Values below this count as black on gray input.</summary>
    public const byte Threshold = 128;

    /// <summary>Resolution assumed when a page carries none.</summary>
    public const double FallbackDpi = 200;

    /// <summary>True when every pixel is exactly 0 or 255 (vectorised scan).</summary>
    public static bool IsBilevel(GrayImage image) => !image.Pixels.AsSpan().ContainsAnyExcept(Black, White);

    /// <summary>The resolution stages size their kernels by: horizontal, else vertical, else <see cref="FallbackDpi"/>.</summary>
    public static double DpiOf(GrayImage image) =>
        image.DpiX > 0 ? image.DpiX : image.DpiY > 0 ? image.DpiY : FallbackDpi;

    /// <summary>A length in inches as whole pixels, at least <paramref name="minimum"/>.</summary>
    public static int Pixels(double inches, double dpi, int minimum = 1) =>
        Math.Max(minimum, (int)Math.Round(inches * dpi));

    public static int CountBlack(ReadOnlySpan<byte> row)
    {
        var count = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated && row.Length >= Vector128<byte>.Count)
        {
            var threshold = Vector128.Create(Threshold);
            ref var start = ref MemoryMarshal.GetReference(row);
            for (; i <= row.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var below = Vector128.LessThan(Vector128.LoadUnsafe(ref start, (nuint)i), threshold);
                count += BitOperations.PopCount(below.ExtractMostSignificantBits());
            }
        }

        for (; i < row.Length; i++)
        {
            count += row[i] < Threshold ? 1 : 0;
        }

        return count;
    }

    /// <summary>Index of the first black pixel at or after <paramref name="from"/>, or -1.</summary>
    public static int NextBlack(ReadOnlySpan<byte> row, int from)
    {
        var i = row[from..].IndexOfAnyInRange((byte)0, (byte)(Threshold - 1));
        return i < 0 ? -1 : from + i;
    }

    /// <summary>Index of the first white pixel at or after <paramref name="from"/>, or the row length.</summary>
    public static int NextWhite(ReadOnlySpan<byte> row, int from)
    {
        var i = row[from..].IndexOfAnyInRange(Threshold, (byte)255);
        return i < 0 ? row.Length : from + i;
    }
}
