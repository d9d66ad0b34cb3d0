namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Reading order for text-layer words: lines top to bottom, words left to right (in the text's own direction
/// for turned text, after the upright lines). Words share a line when their baselines are closer than about
/// half a line height.
/// </summary>
internal static class LineGrouper
{
    public static List<List<PlacedWord>> Group(IReadOnlyList<PlacedWord> words)
    {
        var lines = new List<List<PlacedWord>>();
        List<PlacedWord>? current = null;
        double lineAt = 0, lineSize = 0;
        foreach (var word in words.OrderBy(w => w.Orientation).ThenBy(w => w.Line).ThenBy(w => w.Along))
        {
            var size = Math.Max(1, word.Size);
            if (current is not null && current[0].Orientation == word.Orientation && Math.Abs(word.Line - lineAt) <= 0.5 * Math.Min(size, lineSize))
            {
                current.Add(word);
                continue;
            }

            current = [word];
            lines.Add(current);
            lineAt = word.Line;
            lineSize = size;
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Along.CompareTo(b.Along));
        }

        return lines;
    }
}
