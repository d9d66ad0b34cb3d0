using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>
/// A table header too garbled to read, placed by its ruled cells and what the rows under it hold: measurements here, an
/// order's lines in TableReader.OrderGrid.cs.
/// </summary>
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
    /// go by place, whatever they were read as ("ns" over the third sample). An order's grid needs no numbered rows: its
    /// arithmetic vouches for it (<see cref="OrderGridKeys"/>).
    /// </summary>
    private static List<Column>? RuledGrid(DocumentLayout layout, Row row, TableSpec spec, List<(string Key, Segment Part)> found)
    {
        var measurements = spec.Series.Count > 0;
        if (!found.Exists(f => f.Key == spec.NumberKey) || (!measurements && !spec.Keys.Contains(OrderAmount)))
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
            .TakeWhile(r => !IsBlankBelow(r) && !StartsWithStop(r, spec))
            .Take(GridRowsRead)
            .ToList();
        var numbers = below.Select(r => RowNumberIn(r, cells[0])).OfType<int>().ToList();
        if (measurements && (numbers.Count < 2 || numbers[1] <= numbers[0]))
        {
            return null;
        }

        var kinds = cells.Select(c => GridCellKind(below, c, measurements)).ToList();
        var read = new string?[cells.Count];
        foreach (var (key, part) in found)
        {
            var cell = cells.FindIndex(c => part.Box.CenterX > c.Left && part.Box.CenterX < c.Right);
            if (cell < 0 || (read[cell] is { } other && other != key))
            {
                return null;
            }

            read[cell] = key;
        }

        var keys = measurements ? GridKeys(kinds, spec, cells.Select(c => below.Exists(r => GridKindOf(GridText(r, c)) == GridKind.Unit)).ToList())
            : OrderGridKeys(kinds, read, below, cells, layout);
        if (keys is null || (measurements && !SamplesAgree(below, cells, keys, spec)))
        {
            return null;
        }

        // A label read where the order puts another column: this grid is not the table it looks like.
        for (var i = 0; i < cells.Count; i++)
        {
            if (read[i] is { } key && keys[i] != key && !(spec.Series.Contains(key) && keys[i] is { } placed && spec.Series.Contains(placed))
                && (measurements || !IsNamingKey(key)))
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
    private static string?[]? GridKeys(List<GridKind> kinds, TableSpec spec, List<bool> unitSeen)
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
                // Units garbled past reading in most rows ("mm", "iu", "liv" for mm, mm, HV): one read makes the column.
                case GridKind.Unit or GridKind.Words or GridKind.Unknown when i == 3 && unitSeen[i]:
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

    /// <summary>
    /// Samples of one item lie close together (9.994 9.993 9.990; 58.1 61.0 59.7): in most rows that read two or more,
    /// most values lie near their median, whatever one lost its point ("25000" among 250.01 and 249.95). An order's
    /// quantity, unit price and amount do not (48, 731, 25,088), though their cells look alike (seed 307's tune-056, an
    /// order whose 品番 and 図番 cells passed for an item and its limits).
    /// </summary>
    private static bool SamplesAgree(List<Row> below, List<(int Left, int Right)> cells, string?[] keys, TableSpec spec)
    {
        var samples = Enumerable.Range(0, keys.Length).Where(i => keys[i] is { } k && spec.Series.Contains(k)).ToList();
        var rows = below
            .Select(r => samples.Select(i => ValueReader.Number(GridText(r, cells[i]).Trim(GridSpecks))).OfType<decimal>().ToList())
            .Where(v => v.Count >= 2)
            .Select(v => v.Order().ElementAt(v.Count / 2) is var median && v.Count(x => Math.Abs(x - median) <= Math.Max(0.1m, median / 2)) * 2 > v.Count)
            .ToList();
        return rows.Count > 0 && rows.Count(close => close) * 2 > rows.Count;
    }

    /// <summary>The row number in the first cell of a row under the grid ("1", "2"), or null when it does not read as one.</summary>
    private static int? RowNumberIn(Row row, (int Left, int Right) cell)
    {
        var text = string.Concat(row.Tokens.Where(t => t.Box.CenterX > cell.Left && t.Box.CenterX < cell.Right).Select(t => t.Text));
        return text.Length is > 0 and <= 2 && text.All(char.IsAsciiDigit) && int.TryParse(text, out var n) && n > 0 ? n : null;
    }

    /// <summary>What most of the cells under a header cell hold, empty ones aside; Unknown when no kind has the most.</summary>
    private static GridKind GridCellKind(List<Row> below, (int Left, int Right) cell, bool measurements)
    {
        var kinds = below
            .Select(r => GridText(r, cell))
            .Select(text => measurements ? GridKindOf(text) : OrderGridKindOf(text))
            .Where(k => k != GridKind.Empty)
            .GroupBy(k => k)
            .Select(g => (Kind: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ToList();
        return kinds.Count == 0 ? GridKind.Empty
            : kinds.Count > 1 && kinds[0].Count == kinds[1].Count ? GridKind.Unknown
            : kinds[0].Kind;
    }

    private static string GridText(Row row, (int Left, int Right) cell) =>
        string.Join(' ', row.Tokens.Where(t => t.Box.CenterX > cell.Left && t.Box.CenterX < cell.Right).Select(t => t.Text));

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
        Labelled,
        Code,
        Date,
        Empty,
        Value,
        Spec,
        Unit,
        Result,
        Words,
        Unknown,
    }
}
