using System.Runtime.CompilerServices;
using DocIntake.Core.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;

namespace DocIntake.Ocr.Tests;

/// <summary>Loads test images as GrayImage and turns them (pure helpers, independent of the code under test).</summary>
internal static class TestImages
{
    /// <summary>A file from shared/samples-external (next to the repository, as on developer machines and CI).</summary>
    public static GrayImage Sample(string relativePath) => Load(Path.Combine(SamplesFolder(), relativePath));

    public static GrayImage Fixture(string name) => Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static GrayImage Load(string path)
    {
        using var image = Image.Load<L8>(path);
        var pixels = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        var (dpiX, dpiY) = Dpi(image.Metadata);
        return new GrayImage(image.Width, image.Height, pixels, dpiX, dpiY);
    }

    /// <summary>The image turned 90 degrees clockwise.</summary>
    public static GrayImage RotateClockwise(GrayImage source)
    {
        var result = new GrayImage(source.Height, source.Width, source.DpiY, source.DpiX);
        for (var y = 0; y < source.Height; y++)
        {
            for (var x = 0; x < source.Width; x++)
            {
                result[source.Height - 1 - y, x] = source[x, y];
            }
        }

        return result;
    }

    public static GrayImage RotateClockwise(GrayImage source, int degrees)
    {
        var result = source;
        for (var i = 0; i < degrees / 90 % 4; i++)
        {
            result = RotateClockwise(result);
        }

        return result;
    }

    private static (double X, double Y) Dpi(ImageMetadata metadata) => metadata.ResolutionUnits switch
    {
        PixelResolutionUnit.PixelsPerInch => (metadata.HorizontalResolution, metadata.VerticalResolution),
        PixelResolutionUnit.PixelsPerCentimeter => (metadata.HorizontalResolution * 2.54, metadata.VerticalResolution * 2.54),
        PixelResolutionUnit.PixelsPerMeter => (metadata.HorizontalResolution * 0.0254, metadata.VerticalResolution * 0.0254),
        _ => (0, 0),
    };

    private static string SamplesFolder([CallerFilePath] string sourceFile = "")
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOCINTAKE_SAMPLES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "samples-external");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("shared/samples-external not found above the repository; set DOCINTAKE_SAMPLES.");
    }
}
