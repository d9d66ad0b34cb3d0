using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>A measurement header too garbled to read, placed by its ruled cells and what the numbered rows under it hold.</summary>
internal static partial class TableReader
{
    private const int GridRowsRead = 4;

    /// <summary>
    /// A 98-lpi fax can garble every label of a measurement header but No. ("No. | ital | Ma | ul | ne | “3 | "ae" on seed
    /// 599's tune-030): over 61 cached sets (session 28) 12 records lost every row so. When vertical rulings cut the row
    /// into cells, No. in the first, and the rows under it are numbered, the cells are the columns every measurement
    /// table prints in one order: No., item, specification, a unit or instrument, the samples side by side, the verdict
    /// last. The cells below tell the unit, instrument and sample columns apart; a label read where the order puts
    /// another column (規格 over the samples) means the grid is not such a table, and nothing is taken. Sample labels
    /// go by place, whatever they were read as ("ns" over the third sample).
    /// </summary>
    private static List<Column>? RuledGrid(DocumentLayout layout, Row row, TableSpec spec, List<(string Key, Segment Part)> found)
    {
        if (spec.Series.Count == 0 || !found.Exists(f => f.Key == spec.NumberKey))
        {
            return null;
        }

        var verticals = Verticals(layout.Page(row.Page), row);
        var cells = verticals.Zip(verticals.Skip(1), (l, r) => (Left: l, Right: r)).Where(c => c.Right - c.Left > row.CharHeight).ToList();
        var number = found.First(f => f.Key == spec.NumberKey).Part.Box.CenterX;
        if (cells.Count < 5 || number < cells[0].Left || number > cells[0].Right
            || row.Tokens.Any(t => t.Box.CenterX < cells[0].Left || t.Box.CenterX > cells[^1].Right))
        {
            return null;
        }

        // Specks between rows ("‘") are no row.
        var below = layout.Rows.Where(r => r.Index > row.Index && r.Page == row.Page && r.Box.Y > row.Box.Bottom && r.Tokens.Count >= 3)
            .Take(GridRowsRead)
            .ToList();
        var numbers = below.Select(r => RowNumberIn(r, cells[0])).OfType<int>().ToList();
        if (numbers.Count < 2 || numbers[1] <= numbers[0])
        {
            return null;
        }

        var kinds = cells.Select(c => GridCellKind(below, c)).ToList();
        var keys = GridKeys(kinds, spec);
        if (keys is null)
        {
            return null;
        }

        // A label read where the order puts another column: this grid is not the measurement table it looks like.
        foreach (var (key, part) in found)
        {
            var cell = cells.FindIndex(c => part.Box.CenterX > c.Left && part.Box.CenterX < c.Right);
            if (cell < 0 || (keys[cell] != key && !(spec.Series.Contains(key) && spec.Series.Contains(keys[cell]!))))
            {
                return null;
            }
        }

        var columns = new List<Column>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }

            var (left, right) = cells[i];
            var label = row.Tokens.Where(t => t.Box.CenterX > left && t.Box.CenterX < right).ToList();
            columns.Add(label.Count == 0
                ? new Column(key, left, right, left, right, Ruled: true)
                : new Column(key, left, right, label.Min(t => t.Box.X), label.Max(t => t.Box.Right), Ruled: true));
        }

        return columns;
    }

    /// <summary>
    /// The key of each cell by the printed order (No., item, specification, unit or instrument, samples, verdict), or null
    /// when the cells below do not fit it: the specification cells hold limits (an order's 品名 words are no limits), the
    /// samples are numbers side by side, two or more, at most as many as the spec numbers; a specification, unit or
    /// verdict in the middle belongs to another table.
    /// </summary>
    private static string?[]? GridKeys(List<GridKind> kinds, TableSpec spec)
    {
        var keys = new string?[kinds.Count];
        keys[0] = spec.NumberKey;
        if (kinds[1] is GridKind.Value or GridKind.Result or GridKind.Unit || kinds[2] is not (GridKind.Spec or GridKind.Unknown)
            || kinds[^1] is GridKind.Value or GridKind.Spec or GridKind.Unit)
        {
            return null;
        }

        keys[1] = "item";
        keys[2] = "spec";
        keys[^1] = "result";
        var samples = new List<int>();
        for (var i = 3; i < kinds.Count - 1; i++)
        {
            switch (kinds[i])
            {
                case GridKind.Unit when i == 3:
                    keys[i] = "unit";
                    break;
                case GridKind.Words when samples.Count == 0 || i == kinds.Count - 2:
                    keys[i] = "instrument";
                    break;
                case GridKind.Value or GridKind.Unknown or GridKind.Empty when samples.Count == 0 || samples[^1] == i - 1:
                    samples.Add(i);
                    break;
                default:
                    return null;
            }
        }

        if (samples.Count < 2 || samples.Count > spec.Series.Count || samples.Count(i => kinds[i] == GridKind.Value) * 2 < samples.Count
            || keys.Count(k => k == "instrument") > 1)
        {
            return null;
        }

        for (var i = 0; i < samples.Count; i++)
        {
            keys[samples[i]] = spec.Series[i];
        }

        return keys;
    }

    /// <summary>The row number in the first cell of a row under the grid ("1", "2"), or null when it does not read as one.</summary>
    private static int? RowNumberIn(Row row, (int Left, int Right) cell)
    {
        var text = string.Concat(row.Tokens.Where(t => t.Box.CenterX > cell.Left && t.Box.CenterX < cell.Right).Select(t => t.Text));
        return text.Length is > 0 and <= 2 && text.All(char.IsAsciiDigit) && int.TryParse(text, out var n) && n > 0 ? n : null;
    }

    /// <summary>What most of the cells under a header cell hold, empty ones aside; Unknown when no kind has the most.</summary>
    private static GridKind GridCellKind(List<Row> below, (int Left, int Right) cell)
    {
        var kinds = below
            .Select(r => GridKindOf(string.Join(' ', r.Tokens.Where(t => t.Box.CenterX > cell.Left && t.Box.CenterX < cell.Right).Select(t => t.Text))))
            .Where(k => k != GridKind.Empty)
            .GroupBy(k => k)
            .Select(g => (Kind: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ToList();
        return kinds.Count == 0 ? GridKind.Empty
            : kinds.Count > 1 && kinds[0].Count == kinds[1].Count ? GridKind.Unknown
            : kinds[0].Kind;
    }

    private static GridKind GridKindOf(string text)
    {
        var trimmed = text.Trim(GridSpecks);
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            return GridKind.Empty;
        }

        if (PlainValue().IsMatch(trimmed))
        {
            return GridKind.Value;
        }

        if (VerdictMark().IsMatch(trimmed))
        {
            return GridKind.Result;
        }

        var digits = trimmed.Any(char.IsAsciiDigit);
        if (!digits && ValueReader.Result(trimmed) is not null)
        {
            return GridKind.Result;
        }

        if (!digits && trimmed.Length <= MaxUnitLength && Units.Read(trimmed) is { Exact: true })
        {
            return GridKind.Unit;
        }

        if (digits && (ToleranceParser.Parse(trimmed) is not null || trimmed.IndexOfAny(['±', '～', '~', '≦', '≧']) >= 0 || trimmed.Contains("以下", StringComparison.Ordinal)
            || trimmed.Contains("以上", StringComparison.Ordinal)))
        {
            return GridKind.Spec;
        }

        return trimmed.Any(TextNormalizer.IsKanaOrKanji) || trimmed.Count(char.IsLetter) >= 2 ? GridKind.Words : GridKind.Unknown;
    }

    private static readonly char[] GridSpecks = [' ', '"', '“', '”', '\'', '‘', '’', '。', '・', '、', '.', ',', '|', '｜', '*'];

    /// <summary>A measured value alone in its cell: "9.994", "250,00" (a point read as a comma), "61.0".</summary>
    [GeneratedRegex(@"^[-+]?[0-9]{1,4}(?:[.,][0-9]{1,4})?$")]
    private static partial Regex PlainValue();

    /// <summary>A verdict ○ as a 98-lpi fax reads it: "0", "O", "(0)", "()", "©)".</summary>
    [GeneratedRegex(@"^[(（]?[0Oo○〇◎©]?[)）]?$")]
    private static partial Regex VerdictMark();

    private enum GridKind
    {
        Empty,
        Value,
        Spec,
        Unit,
        Result,
        Words,
        Unknown,
    }
}
