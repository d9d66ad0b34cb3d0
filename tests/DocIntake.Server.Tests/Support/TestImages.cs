using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace DocIntake.Server.Tests.Support;

internal static class TestImages
{
    /// <summary>A tiny PNG that differs for every <paramref name="seed"/> (so its SHA-256 differs: no duplicates).</summary>
    public static byte[] UniquePng(int seed)
    {
        using var image = new Image<L8>(48, 24, new L8(255));
        for (var bit = 0; bit < 32; bit++)
        {
            if (((seed >> bit) & 1) == 1)
            {
                image[2 + (bit % 16 * 2), 4 + (bit / 16 * 8)] = new L8(0);
            }
        }

        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }
}
