using System.Globalization;
using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>The squared page and what was done to it (nothing, a resolution guess, a resampling or both).</summary>
public sealed record SquarePixelsResult(GrayImage Image, IReadOnlyList<string> Operations);

/// <summary>
/// Restores square pixels (fax "normal" 204x98 dpi pixels are twice as tall as wide) by adding rows or columns
/// to the lower-resolution axis, so no detail is lost. Runs before every other stage.
/// </summary>
public static class SquarePixels
{
    // 204x196 (fax "fine") and 200x196 count as square.
    private const double SquareTolerance = 0.06;

    /// <summary>
    /// Guesses the resolution when it is missing or absurd (see <see cref="PageResolution"/>), then resamples so that
    /// DpiX == DpiY: exact integer ratios (204x98 is 2x) duplicate rows/columns, other ratios interpolate linearly.
    /// Returns the input image itself when nothing had to change.
    /// </summary>
    public static SquarePixelsResult Apply(GrayImage image)
    {
        var operations = new List<string>();
        if (!PageResolution.IsPlausible(image.DpiX, image.DpiY))
        {
            var (dpiX, dpiY) = PageResolution.Guess(image.Width, image.Height);
            operations.Add($"resolution_guessed:{Format(image.DpiX, image.DpiY)}->{Format(dpiX, dpiY)}");
            image = image.WithResolution(dpiX, dpiY);
        }

        var squared = Square(image);
        if (!ReferenceEquals(squared, image))
        {
            operations.Add($"square_pixels:{Format(image.DpiX, image.DpiY)}->{Format(squared.DpiX, squared.DpiY)}");
        }

        return new SquarePixelsResult(squared, operations);
    }

    internal static GrayImage Square(GrayImage image)
    {
        var (dpiX, dpiY) = (image.DpiX, image.DpiY);
        if (dpiX <= 0 || dpiY <= 0 || Math.Abs((dpiX / dpiY) - 1) <= SquareTolerance)
        {
            return image;
        }

        var ratio = Math.Max(dpiX, dpiY) / Math.Min(dpiX, dpiY);
        var factor = (int)Math.Round(ratio);
        var integral = factor >= 2 && Math.Abs((ratio / factor) - 1) <= SquareTolerance;
        if (dpiX > dpiY)
        {
            return integral
                ? new GrayImage(image.Width, checked(image.Height * factor), RepeatRows(image, factor), dpiX, dpiY * factor)
                : ResampleRows(image, Math.Max(1, (int)Math.Round(image.Height * ratio)), dpiX);
        }

        var turned = ImageTransforms.Rotate(image, 90);
        var squared = integral
            ? new GrayImage(turned.Width, checked(turned.Height * factor), RepeatRows(turned, factor), turned.DpiX, turned.DpiY * factor)
            : ResampleRows(turned, Math.Max(1, (int)Math.Round(turned.Height * ratio)), turned.DpiX);
        return ImageTransforms.Rotate(squared, 270);
    }

    private static byte[] RepeatRows(GrayImage image, int factor)
    {
        var result = new byte[checked(image.Pixels.Length * factor)];
        var width = image.Width;
        for (var y = 0; y < image.Height; y++)
        {
            var row = image.Row(y);
            for (var copy = 0; copy < factor; copy++)
            {
                row.CopyTo(result.AsSpan(((y * factor) + copy) * width, width));
            }
        }

        return result;
    }

    private static GrayImage ResampleRows(GrayImage image, int newHeight, double newDpiY)
    {
        var width = image.Width;
        var result = new GrayImage(width, newHeight, image.DpiX, newDpiY);
        var scale = (double)image.Height / newHeight;
        for (var y = 0; y < newHeight; y++)
        {
            var source = Math.Max(0, ((y + 0.5) * scale) - 0.5);
            var upper = Math.Min((int)source, image.Height - 1);
            var lower = Math.Min(upper + 1, image.Height - 1);
            var weight = (int)Math.Round((source - upper) * 256);
            var a = image.Row(upper);
            var b = image.Row(lower);
            var target = result.Row(y);
            for (var x = 0; x < width; x++)
            {
                target[x] = (byte)(((a[x] * (256 - weight)) + (b[x] * weight) + 128) >> 8);
            }
        }

        return result;
    }

    private static string Format(double dpiX, double dpiY) =>
        string.Create(CultureInfo.InvariantCulture, $"{dpiX:0.##}x{dpiY:0.##}");
}
