using UglyToad.PdfPig.Content;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Drops letters drawn twice at (almost) the same place: fake bold (fill, then stroke or a slight offset) makes
/// "3月に" read "33月月にに". PdfPig's own processor compares glyph boxes, which removed real letters from
/// scanner OCR layers whose glyph boxes are far too wide ("dolor" became "dolr"); origins are reliable.
/// </summary>
internal static class LetterDeduplicator
{
    /// <summary>How many preceding letters a duplicate can follow (fake bold repeats a letter or a short run).</summary>
    private const int Window = 4;

    public static List<Letter> Deduplicate(IReadOnlyList<Letter> letters)
    {
        var kept = new List<Letter>(letters.Count);
        var origins = new HashSet<(string, long, long)>();
        foreach (var letter in letters)
        {
            // Same glyph at the same origin (to half a point) anywhere before, or nearly so just before.
            var origin = (letter.Value, (long)Math.Round(letter.StartBaseLine.X * 2), (long)Math.Round(letter.StartBaseLine.Y * 2));
            if (origins.Add(origin) && !IsRepeat(letter, kept))
            {
                kept.Add(letter);
            }
        }

        return kept;
    }

    private static bool IsRepeat(Letter letter, List<Letter> kept)
    {
        var tolerance = Math.Max(0.5, 0.15 * Math.Max(letter.PointSize, letter.Width));
        for (var i = kept.Count - 1; i >= 0 && i >= kept.Count - Window; i--)
        {
            var other = kept[i];
            if (other.Value == letter.Value
                && Math.Abs(other.StartBaseLine.X - letter.StartBaseLine.X) <= tolerance
                && Math.Abs(other.StartBaseLine.Y - letter.StartBaseLine.Y) <= tolerance)
            {
                return true;
            }
        }

        return false;
    }
}
