using DocIntake.Core.Pages;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>
/// The ruling lines that part table cells. A scanner's streak is found as a vertical line like any other (seed 419's
/// tune-071: one pixel wide, a thousand pixels down the page and through a table); taken for a column's edge it put the
/// cells' first figures into the column before ("外径 12.000 | (+0/-0.018)"); running on through the header it parted
/// "Deliver | To" (tune-046). A table's verticals end at its frame: a line running well past the top and the bottom of
/// the horizontals it crosses belongs to no table, nor does a hairline running well past one end (over 26 sets' pages, 34
/// such hairlines, all streaks; lines two pixels wide past one end are boxes whose other horizontal was not found, unless
/// their other end stops between lines).
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
        if (crossed.Count < 2)
        {
            return false;
        }

        var above = crossed.Min() - vertical.Y > overrun;
        var below = vertical.Bottom - crossed.Max() > overrun;
        return (above && below) || ((above || below) && vertical.Width <= 1)
            || (above && !EndsAtALine(vertical.Bottom, vertical, horizontals)) || (below && !EndsAtALine(vertical.Y, vertical, horizontals));
    }

    /// <summary>
    /// A table's ruling, even one past the frame at its other end, stops at a horizontal; a streak stops anywhere (seed
    /// 509's tune-061: from high above the table to the middle of a row, where it parted "3.20 | ±0.10").
    /// </summary>
    private static bool EndsAtALine(int end, PixelBox vertical, List<PixelBox> horizontals) =>
        horizontals.Any(h => h.X <= vertical.CenterX + LineEndSlack && h.Right >= vertical.CenterX - LineEndSlack && Math.Abs(h.CenterY - end) <= LineEndSlack);

    /// <summary>How far a ruling's found end may lie from the line it meets (detection, skew), in pixels.</summary>
    private const int LineEndSlack = 15;
}
