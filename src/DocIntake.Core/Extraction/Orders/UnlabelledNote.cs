using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A remark whose 備考 label was lost: below the line table, a sentence in the set form of an instruction to the
/// supplier ("納品書2部添付のこと", "…願います", "分納不可", "納期厳守"). Placed by wording alone, so it is inferred and weighed as such.
/// </summary>
internal static partial class UnlabelledNote
{
    public static FieldDraft? Find(DocumentLayout layout, Table table)
    {
        var first = table.Rows.Count > 0 ? table.Rows[0].Row.Index : table.Headers[^1].Index;
        var owned = table.RowIndexes;
        foreach (var row in layout.Rows.Where(r => r.Index > first && !owned.Contains(r.Index)))
        {
            foreach (var segment in row.Segments)
            {
                // The sentence ends at its instruction; what follows on the row ("er ¥163,910") is another cell run into it.
                if (ValueReader.Read(segment.Text, ValueKind.Text, ReadContext.Japanese)?.GetValue<string>() is { } text
                    && InstructionEnding().Match(text) is { Success: true } end && end.Index > 0)
                {
                    var note = FieldDraft.FromSegment("notes", "notes", ValueKind.Text, false, segment, JsonValue.Create(text[..(end.Index + end.Length)]));
                    note.Inferred = true;
                    return note;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a remark ends as an instruction does (its sentence complete).</summary>
    public static bool EndsAsInstruction(string text) => InstructionEnding().Match(text) is { Success: true } m && m.Index + m.Length == text.Length;

    [GeneratedRegex("(こと|願います|ください|下さい|不可|厳守)。?")]
    private static partial Regex InstructionEnding();
}
