using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>A column found from its header: key and horizontal extent on its page; ruled when lines bound both sides.</summary>
internal sealed record Column(string Key, int Left, int Right, int HeaderLeft, int HeaderRight, bool Ruled = false);

/// <summary>One body row of a table: the tokens of each column as a segment.</summary>
internal sealed class TableRow(Row row, IReadOnlyDictionary<string, Segment> cells, IReadOnlyList<Column> columns)
{
    public Row Row { get; } = row;

    public IReadOnlyDictionary<string, Segment> Cells { get; } = cells;

    public IReadOnlyList<Column> Columns { get; } = columns;

    public Segment? Cell(string key) => Cells.TryGetValue(key, out var s) ? s : null;

    public string Text(string key) => Cell(key)?.Text ?? string.Empty;
}

/// <summary>A table across pages: its header rows and body rows in printed order.</summary>
internal sealed class Table(IReadOnlyList<Row> headers, IReadOnlyList<TableRow> rows, IReadOnlyList<Column> columns)
{
    public IReadOnlyList<Row> Headers { get; } = headers;

    public IReadOnlyList<TableRow> Rows { get; } = rows;

    /// <summary>The columns of the first header.</summary>
    public IReadOnlyList<Column> Columns { get; } = columns;

    /// <summary>Read from its rows alone, its header unread: where each cell belongs is a guess.</summary>
    public bool Headerless { get; init; }

    public bool Has(string key) => Columns.Any(c => c.Key == key);

    /// <summary>Rows the table owns (headers and body rows): kept out of label/value pairing.</summary>
    public ISet<int> RowIndexes => Headers.Select(h => h.Index).Concat(Rows.Select(r => r.Row.Index)).ToHashSet();
}
