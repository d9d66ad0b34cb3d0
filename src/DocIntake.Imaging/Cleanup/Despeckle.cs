using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>Removes isolated specks: connected black components of only a few pixels.</summary>
internal static class Despeckle
{
    /// <summary>
    /// ~0.2 mm: fax and scanner noise is smaller, while the dot of an i/j or a full stop at 8 pt and up is larger.
    /// </summary>
    public const double DefaultSpeckDiameterInches = 0.008;

    /// <summary>
    /// Largest speck area in pixels for a speck diameter at a resolution (at least one pixel); one pixel wider when the
    /// page's strokes were widened by a pixel (<see cref="FaxStrokes"/>), so the same specks go.
    /// </summary>
    public static int MaxSpeckPixels(double dpi, double diameterInches = DefaultSpeckDiameterInches, bool widenedByOne = false)
    {
        var side = diameterInches * dpi;
        return Math.Max(1, (int)Math.Ceiling(side * (widenedByOne ? side + 1 : side)));
    }

    /// <summary>A copy without components of at most <paramref name="maxPixels"/> pixels, and how many went.</summary>
    public static (GrayImage Image, int Removed) Remove(GrayImage image, int maxPixels)
    {
        var runs = BlackRuns.Find(image);
        GrayImage? result = null;
        var removed = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            var component = runs.Component[i];
            if (runs.ComponentArea[component] > maxPixels)
            {
                continue;
            }

            result ??= image.Clone();
            result.Row(runs.Rows[i])[runs.Starts[i]..runs.Ends[i]].Fill(Bilevel.White);
            if (component == i)
            {
                removed++;
            }
        }

        return (result ?? image, removed);
    }
}
