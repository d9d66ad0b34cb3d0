using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>
/// Second pass over a table's body: a phrase (segment) under exactly one header belongs to that column whatever the
/// midpoints say, and a phrase under no header (a long left-aligned description starting before its centred header)
/// goes to the column whose other rows start or end at the same x. Phrases across two headers keep the per-word split.
/// </summary>
internal static class ColumnAlignment
{
    public static List<TableRow> Refine(List<TableRow> rows)
    {
        var anchors = new List<(IReadOnlyList<Column> Columns, int Left, int Right, string Key)>();
        foreach (var row in rows)
        {
            foreach (var segment in row.Row.Segments)
            {
                if (Under(segment, row.Columns) is [var only])
                {
                    anchors.Add((row.Columns, segment.Box.X, segment.Box.Right, only.Key));
                }
            }
        }

        return [.. rows.Select(r => Refine(r, anchors.Where(a => ReferenceEquals(a.Columns, r.Columns)).ToList()))];
    }

    private static TableRow Refine(TableRow row, List<(IReadOnlyList<Column> Columns, int Left, int Right, string Key)> anchors)
    {
        var owner = new Dictionary<Token, string>();
        foreach (var (key, cell) in row.Cells)
        {
            foreach (var t in cell.Tokens)
            {
                owner[t] = key;
            }
        }

        var changed = false;
        var tolerance = Math.Max(3, (int)(0.6 * row.Row.CharHeight));
        foreach (var segment in row.Row.Segments)
        {
            var under = Under(segment, row.Columns);
            string? key = under.Count switch
            {
                1 => under[0].Key,
                0 => anchors.Where(a => Math.Abs(a.Left - segment.Box.X) <= tolerance).Select(a => a.Key)
                        .Concat(anchors.Where(a => Math.Abs(a.Right - segment.Box.Right) <= tolerance).Select(a => a.Key))
                        .FirstOrDefault(),
                _ => null,
            };
            if (key is null)
            {
                continue;
            }

            foreach (var t in segment.Tokens)
            {
                if (owner.TryGetValue(t, out var was) && was != key)
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

    /// <summary>The columns whose header text the segment overlaps horizontally.</summary>
    private static List<Column> Under(Segment segment, IReadOnlyList<Column> columns) =>
        [.. columns.Where(c => Math.Min(segment.Box.Right, c.HeaderRight) - Math.Max(segment.Box.X, c.HeaderLeft) > 0)];
}
