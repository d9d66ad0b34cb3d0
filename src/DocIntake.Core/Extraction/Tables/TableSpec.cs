using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>
/// What a table looks like: its column headers, which of them make a row a header (at least
/// <see cref="MinColumns"/> columns, one of them an anchor), and labels that end it (totals, remarks, 以下余白).
/// </summary>
internal sealed class TableSpec
{
    public TableSpec((string Key, string[] Labels)[] columns, int minColumns, string[] anchors, string[] stopLabels)
    {
        Columns = LabelSet.Of(columns);
        MinColumns = minColumns;
        Anchors = anchors;
        Stops = LabelSet.Of(("stop", stopLabels));
    }

    public LabelSet Columns { get; }

    public int MinColumns { get; }

    public IReadOnlyList<string> Anchors { get; }

    public LabelSet Stops { get; }
}
