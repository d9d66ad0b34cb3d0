namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Reading order for text-layer words: lines top to bottom, words left to right. Words share a line when
/// their baselines are closer than about half a line height.
/// </summary>
internal static class LineGrouper
{
    public static List<List<PlacedWord>> Group(IReadOnlyList<PlacedWord> words)
    {
        var lines = new List<List<PlacedWord>>();
        List<PlacedWord>? current = null;
        double lineBaseline = 0, lineHeight = 0;
        foreach (var word in words.OrderBy(w => w.Baseline).ThenBy(w => w.Box.X))
        {
            var height = Math.Max(1, word.Box.Height);
            if (current is not null && Math.Abs(word.Baseline - lineBaseline) <= 0.5 * Math.Min(height, lineHeight))
            {
                current.Add(word);
                continue;
            }

            current = [word];
            lines.Add(current);
            lineBaseline = word.Baseline;
            lineHeight = height;
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Box.X.CompareTo(b.Box.X));
        }

        return lines;
    }
}
