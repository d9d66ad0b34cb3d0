using DocIntake.Core.Text;
namespace DocIntake.Core.Extraction.Layout;

/// <summary>A label found in a segment: where it is, and the value text that follows it inside the segment.</summary>
internal sealed record LabelHit(Label Label, Segment Segment, Segment LabelPart, Segment? Rest, int Distance);

/// <summary>
/// Finds labels in segments: fuzzily at the start of a segment (one misread character in 注文番号 still matches),
/// exactly further in (after a visible gap or followed by a colon), so "発行日 2026/11/20 注文番号 PO-1" gives two hits.
/// </summary>
internal static class LabelFinder
{
    // Marks before a label, and the ruling of its cell read as "|" (". | Grand Total |").
    private const string Decorations = "【[■●◆□〔<《(|｜.・";

    public static List<LabelHit> Find(Segment segment, LabelSet labels)
    {
        var hits = new List<(Label Label, int Start, int End, int Distance)>();
        var compact = segment.Compact;
        var boundaries = TokenStarts(segment);

        var start = LabelStart(compact);
        if (Match(compact, start, boundaries, labels, fuzzy: true) is { } first)
        {
            hits.Add((first.Label, start, first.End, first.Distance));
        }
        else if ((MisreadFirstLetter(compact, start, boundaries, labels) ?? OwnFirstLetterMisread(compact, start, boundaries, labels)) is { } rest)
        {
            hits.Add((rest.Label, start, rest.End, 1));
        }

        var from = hits.Count > 0 ? hits[^1].End : start + 1;
        for (var t = 1; t < segment.Tokens.Count; t++)
        {
            var pos = boundaries[t];
            if (pos < from || !VisiblyApart(segment, t))
            {
                continue;
            }

            if (Match(compact, pos, boundaries, labels, fuzzy: false) is { } inner && (hits.Count == 0 || pos >= hits[^1].End)
                && !(hits.Count == 0 && TailOfUnreadLabel(inner.Label, compact[start..pos])))
            {
                hits.Add((inner.Label, pos, inner.End, 0));
            }
        }

        var result = new List<LabelHit>(hits.Count);
        for (var i = 0; i < hits.Count; i++)
        {
            var (label, s, e, d) = hits[i];
            var next = i + 1 < hits.Count ? hits[i + 1].Start : compact.Length;
            var labelPart = segment.Skip(s)!.Take(e - s);
            Segment? rest = null;
            if (next > e)
            {
                rest = segment.Skip(e)?.Take(next - e).TrimLeadingSeparators();
            }

            result.Add(new LabelHit(label, segment, labelPart, rest, d));
        }

        return result;
    }

    /// <summary>
    /// The segment's first words when they are one edit from labels of different fields ("注文昌" is as near 注文日 as
    /// 注文者 and 注文先), one hit per field, for a value of one field's kind to decide; <see cref="Find"/> takes none.
    /// </summary>
    public static List<LabelHit> Tied(Segment segment, LabelSet labels)
    {
        var compact = segment.Compact;
        var boundaries = TokenStarts(segment);
        var start = LabelStart(compact);
        if (Match(compact, start, boundaries, labels, fuzzy: true, out var ambiguous) is not null || !ambiguous)
        {
            return [];
        }

        var tied = new List<LabelHit>();
        foreach (var owner in labels.Labels.Select(l => l.Owner).Distinct())
        {
            if (Match(compact, start, boundaries, new LabelSet(labels.Labels.Where(l => l.Owner == owner)), fuzzy: true) is { Distance: > 0 } m)
            {
                // One letter left over is the label's own garbled end ("注文 昌": 注文 matched 注文日 one edit off too).
                var end = compact.Length - m.End == 1 && !char.IsAsciiDigit(compact[^1]) ? compact.Length : m.End;
                var rest = end < compact.Length ? segment.Skip(end)?.TrimLeadingSeparators() : null;
                tied.Add(new LabelHit(m.Label, segment, segment.Skip(start)!.Take(end - start), rest, m.Distance));
            }
        }

        return tied;
    }

    /// <summary>
    /// A label whose first letter was misread ("件注文金額" for 御注文金額, seed 269's tune-037): fuzzy matching keeps the
    /// first letter, so a long label read exactly after one letter stands for it.
    /// </summary>
    private static (Label Label, int End, int Distance)? MisreadFirstLetter(string compact, int start, int[] boundaries, LabelSet labels) =>
        start + 1 < compact.Length && !char.IsAsciiLetterOrDigit(compact[start])
        && Match(compact, start + 1, boundaries, labels, fuzzy: false) is { Label.Key.Length: >= MisreadFirstLetterMinLength } m ? m : null;

    /// <summary>
    /// A long Japanese label whose own first letter was misread ("福文番号" for 注文番号, seed 379's tune-057): fuzzy
    /// matching keeps the first letter, so the rest read exactly stands for the label when it ends labels of one field only.
    /// </summary>
    private static (Label Label, int End, int Distance)? OwnFirstLetterMisread(string compact, int start, int[] boundaries, LabelSet labels)
    {
        if (start + 1 >= compact.Length || char.IsAscii(compact[start]))
        {
            return null;
        }

        var tails = labels.Labels.Where(l => !l.IsAscii && l.Key.Length >= MisreadFirstLetterMinLength).ToLookup(l => l.Key[1..]);
        var tailSet = new LabelSet(tails.Select(t => new Label(t.First().Owner, t.Key)));
        if (Match(compact, start + 1, boundaries, tailSet, fuzzy: false) is not { } m
            || tails[m.Label.Key].Select(l => l.Owner).Distinct().Count() != 1)
        {
            return null;
        }

        return (tails[m.Label.Key].First(), m.End, 1);
    }

    /// <summary>Shorter labels after a stray letter are too often a word's end ("総合計" is 総 + 合計).</summary>
    private const int MisreadFirstLetterMinLength = 4;

    private static int LabelStart(string compact)
    {
        var start = 0;
        while (start < compact.Length && Decorations.Contains(compact[start], StringComparison.Ordinal))
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// "No." after words no label matched is the end of a label OCR garbled ("ゴット No." for ロットNo.), not the
    /// report-number label on its own: pairing it would give the lot number as the report number.
    /// </summary>
    private static bool TailOfUnreadLabel(Label label, string before) =>
        label.Key.Length <= 2 && before.Count(char.IsLetter) >= 2;

    /// <summary>The best label starting at <paramref name="pos"/>: fewest edits, then the longest label.</summary>
    internal static (Label Label, int End, int Distance)? Match(string compact, int pos, int[] tokenStarts, LabelSet labels, bool fuzzy) =>
        Match(compact, pos, tokenStarts, labels, fuzzy, out _);

    /// <summary>As above; <paramref name="ambiguous"/> when the best match was a tie between fields (then null).</summary>
    private static (Label Label, int End, int Distance)? Match(string compact, int pos, int[] tokenStarts, LabelSet labels, bool fuzzy, out bool ambiguous)
    {
        (Label Label, int End, int Distance)? best = null;
        ambiguous = false;
        var maxLen = Math.Min(compact.Length - pos, labels.MaxKeyLength + 4);
        var keys = new string[maxLen + 1];
        for (var k = 1; k <= maxLen; k++)
        {
            keys[k] = LabelKey.Of(compact.Substring(pos, k));
        }

        foreach (var label in labels.Labels)
        {
            var allowed = fuzzy ? LabelSet.AllowedEdits(label) : 0;
            for (var k = 1; k <= maxLen; k++)
            {
                var key = keys[k];
                if (Math.Abs(key.Length - label.Key.Length) > allowed)
                {
                    if (key.Length > label.Key.Length + allowed)
                    {
                        break;
                    }

                    continue;
                }

                var d = allowed == 0 ? (key == label.Key ? 0 : 1) : Core.Text.Fuzzy.Distance(key, label.Key);
                if (d > allowed || (d > 0 && key[0] != label.Key[0]))
                {
                    continue;
                }

                var end = pos + k;
                if (label.IsAscii && end < compact.Length && char.IsAsciiLetterOrDigit(compact[end])
                    && char.IsAsciiLetterOrDigit(compact[end - 1]) && Array.IndexOf(tokenStarts, end) < 0)
                {
                    continue;
                }

                if (best is null || ExtendsWithOneMisread(label, d, best.Value)
                    || (!ExtendsWithOneMisread(best.Value.Label, best.Value.Distance, (label, end, d)) && d < best.Value.Distance)
                    || (d == best.Value.Distance && label.Key.Length > best.Value.Label.Key.Length)
                    || (d == best.Value.Distance && label == best.Value.Label && end > best.Value.End && !StartsBetween(tokenStarts, best.Value.End, end)))
                {
                    ambiguous = best is { } b && d == b.Distance && d > 0 && label.Key.Length == b.Label.Key.Length && label.Owner != b.Label.Owner;
                    best = (label, end, d);
                }
                else if (d > 0 && d == best.Value.Distance && label.Key.Length == best.Value.Label.Key.Length && label.Owner != best.Value.Label.Owner)
                {
                    ambiguous = true;
                }
            }
        }

        return ambiguous ? null : best;
    }

    /// <summary>
    /// A label that adds a bracketed qualifier to the best exact one and matches with a letter of it misread is the label
    /// printed: "合計(税払)" is 合計(税抜), the subtotal, not 合計 and a stray "(税払)". Only a bracketed qualifier: a table
    /// header's next column ("品番 図番") is no misread longer label.
    /// </summary>
    private static bool ExtendsWithOneMisread(Label label, int distance, (Label Label, int End, int Distance) best) =>
        best.Distance == 0 && distance == 1 && label.Key.Length >= best.Label.Key.Length + 2
        && label.Text.Contains('(', StringComparison.Ordinal) && label.Key.StartsWith(best.Label.Key, StringComparison.Ordinal);

    /// <summary>
    /// Ignored marks after a label ("No.", "品番・") belong to it only inside its own token: the next word's leading
    /// noise ("“n1") is that word's.
    /// </summary>
    private static bool StartsBetween(int[] tokenStarts, int from, int to) => tokenStarts.Any(s => s >= from && s < to);

    internal static int[] TokenStarts(Segment segment)
    {
        var starts = new int[segment.Tokens.Count];
        var pos = 0;
        for (var i = 0; i < segment.Tokens.Count; i++)
        {
            starts[i] = pos;
            pos += segment.Tokens[i].Text.Length;
        }

        return starts;
    }

    /// <summary>A label inside a segment must stand apart: a gap before it of at least ~0.3 character (a word space).</summary>
    private static bool VisiblyApart(Segment segment, int token)
    {
        var prev = segment.Tokens[token - 1].Box;
        var cur = segment.Tokens[token].Box;
        return cur.X - prev.Right >= 0.3 * Math.Max(prev.Height, cur.Height);
    }
}
