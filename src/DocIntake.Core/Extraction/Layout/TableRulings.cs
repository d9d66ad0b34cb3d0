using DocIntake.Core.Pages;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>
/// The ruling lines that part table cells. A scanner's streak is found as a vertical line like any other (seed 419's
/// tune-071: one pixel wide, a thousand pixels down the page and through a table); taken for a column's edge it put the
/// cells' first figures into the column before ("外径 12.000 | (+0/-0.018)"). A table's verticals end at its frame; a
/// line running well past the top and the bottom of the horizontals it crosses belongs to no table.
/// </summary>
internal static class TableRulings
{
    public static PageText Of(PageText page)
    {
        var horizontals = page.Rulings.Where(r => r.Horizontal).Select(r => r.Box).ToList();
        var overrun = page.Height / 25;
        var kept = page.Rulings.Where(r => r.Horizontal || !IsStreak(r.Box, horizontals, overrun)).ToList();
        return kept.Count == page.Rulings.Count ? page : page.WithRulings(kept);
    }

    private static bool IsStreak(PixelBox vertical, List<PixelBox> horizontals, int overrun)
    {
        var crossed = horizontals
            .Where(h => h.X <= vertical.CenterX && h.Right >= vertical.CenterX && h.CenterY > vertical.Y && h.CenterY < vertical.Bottom)
            .Select(h => h.CenterY)
            .ToList();
        return crossed.Count >= 2 && crossed.Min() - vertical.Y > overrun && vertical.Bottom - crossed.Max() > overrun;
    }
}
