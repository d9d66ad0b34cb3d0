using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Extraction.Tables;

internal static partial class TableReader
{
    /// <summary>
    /// The first columns (No., 品番) garble as often as any, and with no label found left of them
    /// <see cref="InferMissingLabel"/> cannot place them: their cells then ran into the first column found ("Na, | Be | 品名"
    /// over "1 | BR-3315 | L型ブラケット", seed 347's tune-042, whose descriptions were accepted as "1 BR-3315 L型ブラケット").
    /// Garbled text left of the first label found names the leading number and code columns whose cells below fit it, the
    /// leftmost such columns first, as forms print them.
    /// </summary>
    private static void InferLeadingLabels(
        List<(string Key, Segment Part)> found, List<(int Start, int End)> unmatched, Segment segment, TableSpec spec, DocumentLayout layout, Row row)
    {
        var first = found.MinBy(f => f.Part.Box.X);
        var missing = spec.Keys[..Array.IndexOf(spec.Keys, first.Key)]
            .Where(key => !found.Exists(f => f.Key == key) && (spec.NumberColumns.Contains(key) || spec.CodeColumns.Contains(key)))
            .ToList();
        var parts = unmatched
            .Select(u => segment.Skip(u.Start)?.Take(u.End - u.Start))
            .OfType<Segment>()
            .Where(p => p.Box.Right <= first.Part.Box.X && IsGarbledLabel(p.Compact))
            .OrderBy(p => p.Box.X)
            .ToList();
        if (parts.Count == 0 || parts.Count > missing.Count)
        {
            return;
        }

        var kinds = parts.Select(p => CellKindBelow(layout, row, p)).ToList();
        if (kinds.Contains(CellKind.Unknown))
        {
            return;
        }

        if (InOrder(missing, parts.Count).FirstOrDefault(keys => keys.Select((k, i) => KindOf(spec, k) == kinds[i]).All(x => x)) is { } fit)
        {
            found.AddRange(fit.Zip(parts));
        }
    }
}
