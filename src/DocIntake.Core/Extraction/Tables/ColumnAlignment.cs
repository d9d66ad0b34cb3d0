using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Pages;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>
/// Second pass over a table's body, by the columns of text the rows form: headers are often centred while cells are
/// left-aligned (descriptions) or right-aligned (numbers), so a midpoint between two headers cuts cells in two. The
/// phrases of all body rows are stacked into blocks (x ranges they share); a block under exactly one header's text
/// belongs to that column, a block under none to the header nearest its centre. A block under two headers, and phrases
/// across two headers, keep the per-word split; so do cells between ruling lines.
/// </summary>
internal static class ColumnAlignment
{
    public static List<TableRow> Refine(List<TableRow> rows)
    {
        var keys = new Dictionary<Token, string>(ReferenceEqualityComparer.Instance);
        foreach (var group in rows.GroupBy(r => r.Columns))
        {
            var columns = group.Key;
            var phrases = group.SelectMany(r => r.Row.Segments).SelectMany(s => Phrases(s, columns)).OrderBy(p => p.Box.X).ToList();
            var block = new List<Phrase>();
            var right = int.MinValue;
            foreach (var p in phrases.Append(null))
            {
                if (p is null || p.Box.X >= right)
                {
                    if (block.Count > 0 && Owner(block, columns) is { } key)
                    {
                        block.SelectMany(b => b.Tokens).ToList().ForEach(t => keys[t] = key);
                    }

                    block = [];
                    right = int.MinValue;
                }

                if (p is not null)
                {
                    block.Add(p);
                    right = Math.Max(right, p.Box.Right);
                }
            }
        }

        return [.. rows.Select(r => Reassign(r, keys))];
    }

    /// <summary>A phrase under at most one header; a phrase across two (a right-aligned amount set close to the date after
    /// it, "600 2026/02/09") is taken word by word.</summary>
    private static IEnumerable<Phrase> Phrases(Segment segment, IReadOnlyList<Column> columns)
    {
        if (Under(segment.Box, columns).Count <= 1 && !SpansTwoCells(segment, columns))
        {
            yield return new Phrase(segment.Tokens, segment.Box);
            yield break;
        }

        foreach (var token in segment.Tokens.Where(t => Under(t.Box, columns).Count <= 1))
        {
            yield return new Phrase([token], token.Box);
        }
    }

    /// <summary>
    /// A text layer's figures that stand each wholly inside a different cell: an amount set close to the date after it
    /// ("465 2026年9月15日", fresh seed 641's tune-051, the amount lost to the 納期 cell) is two cells, under a header or not.
    /// Words are not cut so (a description begins inside the part number's bounds, "AS-2001 Shaft assembly"), nor OCR's:
    /// their boxes are not exact enough to cut at a cell's edge.
    /// </summary>
    private static bool SpansTwoCells(Segment segment, IReadOnlyList<Column> columns) =>
        segment.Tokens.Count > 1 && segment.Tokens.All(t => t.Typed && t.Text.Any(char.IsAsciiDigit))
        && segment.Tokens.Select(t => columns.FirstOrDefault(c => t.Box.X >= c.Left && t.Box.Right <= c.Right)).ToList() is var cells
        && cells.TrueForAll(c => c is not null) && cells.Distinct().Count() > 1;

    private static string? Owner(List<Phrase> block, IReadOnlyList<Column> columns)
    {
        var anchored = block.SelectMany(p => Under(p.Box, columns)).Select(c => c.Key).Distinct().ToList();
        if (anchored.Count > 0)
        {
            return anchored.Count == 1 ? anchored[0] : null;
        }

        var centre = (block.Min(p => p.Box.X) + block.Max(p => p.Box.Right)) / 2;
        return columns.MinBy(c => Math.Abs(((c.HeaderLeft + c.HeaderRight) / 2) - centre))?.Key;
    }

    private static TableRow Reassign(TableRow row, Dictionary<Token, string> keys)
    {
        var owner = new Dictionary<Token, string>(ReferenceEqualityComparer.Instance);
        foreach (var (key, cell) in row.Cells)
        {
            foreach (var t in cell.Tokens)
            {
                owner[t] = key;
            }
        }

        var changed = false;
        foreach (var t in owner.Keys.ToList())
        {
            if (keys.TryGetValue(t, out var key) && owner[t] != key && !Ruled(row.Columns, owner[t]))
            {
                owner[t] = key;
                changed = true;
            }
        }

        if (!changed)
        {
            return row;
        }

        var cells = owner.GroupBy(kv => kv.Value)
            .ToDictionary(g => g.Key, g => new Segment([.. g.Select(kv => kv.Key).OrderBy(t => t.Box.X)], row.Row.Index));
        return new TableRow(row.Row, cells, row.Columns);
    }

    private static bool Ruled(IReadOnlyList<Column> columns, string key) => columns.FirstOrDefault(c => c.Key == key)?.Ruled == true;

    /// <summary>The columns whose header text the segment overlaps horizontally.</summary>
    private static List<Column> Under(PixelBox box, IReadOnlyList<Column> columns) =>
        [.. columns.Where(c => Math.Min(box.Right, c.HeaderRight) - Math.Max(box.X, c.HeaderLeft) > 0)];

    private sealed record Phrase(IReadOnlyList<Token> Tokens, PixelBox Box);
}
