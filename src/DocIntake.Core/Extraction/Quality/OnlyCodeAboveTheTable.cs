using System.Text.Json.Nodes;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Extraction.Quality;

/// <summary>
/// A header code whose label was lost, found by what it is rather than where: the one value <c>read</c> makes of any word
/// outside the measurement table (a part number the master lists, a report number dated by its month). None, or two
/// different ones, and nothing is taken. Placed by form alone: inferred.
/// </summary>
internal static class OnlyCodeAboveTheTable
{
    public static FieldDraft? Find(DocumentLayout layout, ISet<int> tableRows, FieldSpec spec, Func<string, string?> read)
    {
        var found = layout.Rows.Where(r => !tableRows.Contains(r.Index))
            .SelectMany(r => r.Tokens.Select(t => (Row: r, Token: t, Value: read(t.Text.Trim('。', '.', ',', '、', '・')))))
            .Where(x => x.Value is not null)
            .ToList();
        if (found.Select(x => x.Value).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }

        var (row, token, value) = found[0];
        var draft = FieldDraft.FromSegment(spec.Name, spec.Name, ValueKind.Code, spec.Required, new Segment([token], row.Index), JsonValue.Create(value));
        draft.Inferred = true;
        return draft;
    }
}
