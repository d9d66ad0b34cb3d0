using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>
/// What a table looks like: its column headers, which of them make a row a header (at least
/// <see cref="MinColumns"/> columns, one of them an anchor), and labels that end it (totals, remarks, 以下余白).
/// </summary>
internal sealed class TableSpec
{
    public TableSpec(
        (string Key, string[] Labels)[] columns, int minColumns, string[] anchors, string[] stopLabels, string[]? inferable = null, string[]? series = null, string[]? codes = null, string[]? numbers = null, string[]? dates = null)
    {
        DateColumns = dates ?? [];
        CodeColumns = codes ?? [];
        NumberColumns = numbers ?? [];
        Inferable = inferable ?? [];
        Series = series ?? [];
        Columns = LabelSet.Of(columns);
        Keys = [.. columns.Select(c => c.Key)];
        MinColumns = minColumns;
        Anchors = anchors;
        Stops = LabelSet.Of(("stop", stopLabels));
    }

    public LabelSet Columns { get; }

    /// <summary>Columns whose garbled header may be inferred from its place between the labels around it.</summary>
    public IReadOnlyList<string> Inferable { get; }

    /// <summary>Columns that hold codes (品番, 図番) rather than words.</summary>
    public IReadOnlyList<string> CodeColumns { get; }

    /// <summary>Columns that hold dates (納期).</summary>
    public IReadOnlyList<string> DateColumns { get; }

    /// <summary>Columns that hold numbers alone (数量, 単価, 金額).</summary>
    public IReadOnlyList<string> NumberColumns { get; }

    /// <summary>Numbered columns printed side by side in this order (samples n1 n2 n3…), first to last.</summary>
    public IReadOnlyList<string> Series { get; }

    /// <summary>Column keys in their printed order (left to right).</summary>
    public string[] Keys { get; }

    /// <summary>The row-number column (No.): specs list it first.</summary>
    public string NumberKey => Keys[0];

    public int MinColumns { get; }

    public IReadOnlyList<string> Anchors { get; }

    public LabelSet Stops { get; }
}
