using DocIntake.Core.Extraction.Layout;

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
        var keys = new Dictionary<Segment, string>();
        foreach (var group in rows.GroupBy(r => r.Columns))
        {
            var columns = group.Key;
            var phrases = group.SelectMany(r => r.Row.Segments).Where(s => Under(s, columns).Count <= 1).OrderBy(s => s.Box.X).ToList();
            var block = new List<Segment>();
            var right = int.MinValue;
            foreach (var s in phrases.Append(null))
            {
                if (s is null || s.Box.X >= right)
                {
                    if (block.Count > 0 && Owner(block, columns) is { } key)
                    {
                        block.ForEach(b => keys[b] = key);
                    }

                    block = [];
                    right = int.MinValue;
                }

                if (s is not null)
                {
                    block.Add(s);
                    right = Math.Max(right, s.Box.Right);
                }
            }
        }

        return [.. rows.Select(r => Reassign(r, keys))];
    }

    private static string? Owner(List<Segment> block, IReadOnlyList<Column> columns)
    {
        var anchored = block.SelectMany(s => Under(s, columns)).Select(c => c.Key).Distinct().ToList();
        if (anchored.Count > 0)
        {
            return anchored.Count == 1 ? anchored[0] : null;
        }

        var centre = (block.Min(s => s.Box.X) + block.Max(s => s.Box.Right)) / 2;
        return columns.MinBy(c => Math.Abs(((c.HeaderLeft + c.HeaderRight) / 2) - centre))?.Key;
    }

    private static TableRow Reassign(TableRow row, Dictionary<Segment, string> keys)
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
        foreach (var segment in row.Row.Segments)
        {
            if (!keys.TryGetValue(segment, out var key))
            {
                continue;
            }

            foreach (var t in segment.Tokens)
            {
                if (owner.TryGetValue(t, out var was) && was != key && !Ruled(row.Columns, was))
                {
                    owner[t] = key;
                    changed = true;
                }
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
    private static List<Column> Under(Segment segment, IReadOnlyList<Column> columns) =>
        [.. columns.Where(c => Math.Min(segment.Box.Right, c.HeaderRight) - Math.Max(segment.Box.X, c.HeaderLeft) > 0)];
}
