using UglyToad.PdfPig.Content;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Drops letters drawn twice at (almost) the same place: fake bold (the text drawn again with a slight offset, often a
/// whole run later — "注 文 書" then "注 文 書" again) makes "注文書" read "注注文文書書". PdfPig's own processor compares
/// glyph boxes, which removed real letters from scanner OCR layers whose glyph boxes are far too wide ("dolor" became
/// "dolr"); origins are reliable.
/// </summary>
internal static class LetterDeduplicator
{
    public static List<Letter> Deduplicate(IReadOnlyList<Letter> letters)
    {
        var kept = new List<Letter>(letters.Count);
        var byValue = new Dictionary<string, List<Letter>>(StringComparer.Ordinal);
        foreach (var letter in letters)
        {
            if (!byValue.TryGetValue(letter.Value, out var same))
            {
                same = [];
                byValue[letter.Value] = same;
            }

            if (!IsRepeat(letter, same))
            {
                same.Add(letter);
                kept.Add(letter);
            }
        }

        return kept;
    }

    /// <summary>How many earlier drawings of the same character a repeat is looked for in (bounds the work on huge pages).</summary>
    private const int Window = 64;

    private static bool IsRepeat(Letter letter, List<Letter> same)
    {
        for (var i = same.Count - 1; i >= 0 && i >= same.Count - Window; i--)
        {
            if (Overlaps(same[i], letter))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Same glyph within a sixth of its size: no two legible letters can sit there.</summary>
    private static bool Overlaps(Letter a, Letter b)
    {
        var tolerance = Math.Max(0.5, 0.15 * Math.Max(b.PointSize, b.Width));
        return Math.Abs(a.StartBaseLine.X - b.StartBaseLine.X) <= tolerance
            && Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) <= tolerance;
    }
}
