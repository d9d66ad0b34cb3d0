using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>The page with its ruling lines whitened, and the lines (merged segments with boxes) kept as layout.</summary>
internal sealed record RulingRemoval(GrayImage Image, IReadOnlyList<RulingLine> Lines);

/// <summary>
/// Finds long thin horizontal and vertical lines (solid, and dotted/dashed after closing small gaps) and whitens them
/// without cutting characters that cross them. Vertical lines are found as horizontal ones on the transposed page.
/// </summary>
internal static class RulingLines
{
    /// <summary>Solid lines at least this long (~1 cm): longer than any stroke of body text, shorter than a table cell.</summary>
    public const double DefaultMinLengthInches = 0.4;

    /// <summary>Returns the input itself and no lines when the page has none.</summary>
    public static RulingRemoval FindAndRemove(GrayImage image, double minLengthInches = DefaultMinLengthInches)
    {
        var width = image.Width;
        var height = image.Height;
        var dpi = Bilevel.DpiOf(image);
        var alongX = LineFinder.For(image.DpiX > 0 ? image.DpiX : dpi, minLengthInches);
        var alongY = LineFinder.For(image.DpiY > 0 ? image.DpiY : dpi, minLengthInches);

        var horizontal = alongX.Find(LineFinder.Plane.Rows(image.Pixels, width, height));
        var vertical = alongY.Find(LineFinder.Plane.Rows(ImageTransforms.Transpose(image.Pixels, width, height), height, width));
        if (horizontal.Count == 0 && vertical.Count == 0)
        {
            return new RulingRemoval(image, []);
        }

        // Horizontal lines go first; the vertical pass then sees crossings already thinned to the vertical line alone.
        var work = (byte[])image.Pixels.Clone();
        alongX.Remove(LineFinder.Plane.Rows(work, width, height), horizontal);
        alongY.Remove(LineFinder.Plane.Columns(work, width, height), vertical);

        var lines = new List<RulingLine>();
        lines.AddRange(alongX.Merge(horizontal).Select(box => new RulingLine(true, box)));
        lines.AddRange(alongY.Merge(vertical).Select(box => new RulingLine(false, new PixelBox(box.Y, box.X, box.Height, box.Width))));
        return new RulingRemoval(new GrayImage(width, height, work, image.DpiX, image.DpiY), lines);
    }
}
