namespace DocIntake.Core.Text;

/// <summary>Edit-distance similarity for matching labels and master data despite OCR errors.</summary>
public static class Fuzzy
{
    /// <summary>Levenshtein distance (insert, delete, substitute: cost 1 each) over UTF-16 characters, as given.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// 1 − distance / longer length, on the <see cref="TextNormalizer.Compact"/> forms upper-cased (so width, case
    /// and OCR spaces do not count). 1 for equal texts, 0 when either is empty and the other is not.
    /// </summary>
    public static double Similarity(string? a, string? b)
    {
        var x = TextNormalizer.Compact(a).ToUpperInvariant();
        var y = TextNormalizer.Compact(b).ToUpperInvariant();
        var longer = Math.Max(x.Length, y.Length);
        return longer == 0 ? 1.0 : 1.0 - ((double)Distance(x, y) / longer);
    }

    /// <summary>The candidate most similar to <paramref name="text"/> (first one on ties); index −1 when there are none.</summary>
    public static (int Index, double Score) Best(string? text, IReadOnlyList<string> candidates)
    {
        var best = (Index: -1, Score: 0.0);
        for (var i = 0; i < candidates.Count; i++)
        {
            var score = Similarity(text, candidates[i]);
            if (score > best.Score || best.Index < 0)
            {
                best = (i, score);
            }
        }

        return best;
    }
}
