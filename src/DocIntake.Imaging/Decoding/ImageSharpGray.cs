using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using DocIntake.Core.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;

namespace DocIntake.Imaging.Decoding;

/// <summary>ImageSharp set up for hostile input, and its images turned into <see cref="GrayImage"/> bytes.</summary>
internal static class ImageSharpGray
{
    private static readonly ConcurrentDictionary<long, Configuration> Configurations = new();

    /// <summary>
    /// A configuration whose allocator refuses any single buffer larger than an allowed page needs (RGBA, 4 bytes a
    /// pixel, plus slack), so a size check that a crafted file slips past still cannot run memory away.
    /// </summary>
    public static Configuration ConfigurationFor(InputLimits limits) => Configurations.GetOrAdd(limits.MaxPixelsPerPage, static maxPixels =>
    {
        var megabytes = Math.Clamp((maxPixels * 4 / (1024 * 1024)) + 32, 32, int.MaxValue);
        var configuration = Configuration.Default.Clone();
        configuration.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { AllocationLimitMegabytes = (int)megabytes });
        return configuration;
    });

    public static GrayImage ToGray(Image<L8> image, double dpiX, double dpiY)
    {
        var pixels = new byte[checked(image.Width * image.Height)];
        image.CopyPixelDataTo(pixels);
        return new GrayImage(image.Width, image.Height, pixels, dpiX, dpiY);
    }

    /// <summary>Colour to gray row by row (no full-size intermediate copy); see <see cref="ColorToGray"/>.</summary>
    /// <returns>The gray page, whether any pixel had colour, and whether red was dropped.</returns>
    public static (GrayImage Image, bool HadColor, bool DroppedRed) ToGray(Image<Rgba32> image, bool redDropout, double dpiX, double dpiY)
    {
        var width = image.Width;
        var pixels = new byte[checked(width * image.Height)];
        var converter = new ColorToGray(redDropout);
        image.ProcessPixelRows(accessor =>
        {
            for (var y = 0; y < accessor.Height; y++)
            {
                converter.Luminance(MemoryMarshal.AsBytes(accessor.GetRowSpan(y)), pixels.AsSpan(y * width, width));
            }
        });

        var dropRed = converter.ShouldDropRed;
        if (dropRed)
        {
            image.ProcessPixelRows(accessor =>
            {
                for (var y = 0; y < accessor.Height; y++)
                {
                    ColorToGray.LiftRed(MemoryMarshal.AsBytes(accessor.GetRowSpan(y)), pixels.AsSpan(y * width, width));
                }
            });
        }

        return (new GrayImage(width, image.Height, pixels, dpiX, dpiY), converter.HadColor, dropRed);
    }
}
