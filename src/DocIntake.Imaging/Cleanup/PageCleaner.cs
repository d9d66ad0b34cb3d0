using System.Globalization;
using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>
/// Runs the clean-up stages in order: square pixels, fax strokes, contrast, binarise, edge bands, specks, deskew,
/// ruling lines, fax edge smoothing.
/// Pure: the input page is never modified.
/// </summary>
public static class PageCleaner
{
    public static CleanedPage Clean(GrayImage page, CleanupOptions options)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(options);
        var operations = new List<string>();
        var image = page;
        var rowsDoubled = false;

        if (options.RestoreSquarePixels)
        {
            var squared = SquarePixels.Apply(image);
            rowsDoubled = squared.Image.Height >= image.Height * 1.5;
            image = squared.Image;
            operations.AddRange(squared.Operations);
        }

        // Before everything else: thickening the binarised, despeckled page instead read 1.5 % fewer characters.
        var thickened = options.ThickenFaxStrokes && rowsDoubled;
        if (thickened)
        {
            image = FaxStrokes.Thicken(image);
            operations.Add("fax_strokes:thickened");
        }

        if (options.NormalizeContrast)
        {
            var (stretched, bounds) = ContrastStretch.Apply(image);
            if (bounds is { } b)
            {
                image = stretched;
                operations.Add(Invariant($"contrast:{b.Low}-{b.High}"));
            }
        }

        if (options.Binarize)
        {
            var binary = Binarizer.Binarize(image);
            if (!ReferenceEquals(binary, image))
            {
                image = binary;
                operations.Add("binarize:sauvola");
            }
        }

        if (options.RemoveEdgeBands)
        {
            var (banded, whitened) = EdgeBands.Remove(image, options.EdgeBandDepthInches);
            if (whitened > 0)
            {
                image = banded;
                operations.Add(Invariant($"edge_bands:{whitened}px"));
            }
        }

        if (options.RemoveSpecks)
        {
            var maxPixels = Despeckle.MaxSpeckPixels(Bilevel.DpiOf(image), options.SpeckDiameterInches, widenedByOne: thickened);
            var (despeckled, removed) = Despeckle.Remove(image, maxPixels);
            if (removed > 0)
            {
                image = despeckled;
                operations.Add(Invariant($"despeckle:{removed}"));
            }
        }

        var skew = 0.0;
        if (options.CorrectSkew)
        {
            skew = Deskew.EstimateAngle(image, options.MaxSkewDegrees);
            if (Math.Abs(skew) >= options.MinSkewDegrees)
            {
                image = Deskew.Straighten(image, skew);
                operations.Add(Invariant($"deskew:{skew:0.##}"));
            }
        }

        IReadOnlyList<RulingLine> rulings = [];
        if (options.RemoveRulingLines)
        {
            var removal = RulingLines.FindAndRemove(image, options.RulingMinLengthInches);
            image = removal.Image;
            rulings = removal.Lines;
            if (rulings.Count > 0)
            {
                var horizontal = rulings.Count(r => r.Horizontal);
                operations.Add(Invariant($"ruling_lines:h={horizontal},v={rulings.Count - horizontal}"));
            }
        }

        // Last, so that every stage above still sees a bilevel page.
        var unsmoothed = (GrayImage?)null;
        if (options.SmoothFaxEdges && rowsDoubled)
        {
            unsmoothed = image;
            image = FaxSmoothing.Soften(image);
            operations.Add("fax_edges:smoothed");
        }

        return new CleanedPage
        {
            // Stages hand back their input when they change nothing; the caller must never share the page's buffer.
            Image = ReferenceEquals(image.Pixels, page.Pixels) ? image.Clone() : image,
            Unsmoothed = unsmoothed,
            Rulings = rulings,
            Operations = operations,
            SkewAngle = skew,
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
