using System.Text.Json.Nodes;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A remark OCR cut in two at a wide gap between its words ("検査成績書を | 添付してください", "…添付してくだ | さい": seeds
/// 401 and 307, the first half accepted alone): the segment right of it on its row completes the sentence. Joined only
/// when the two together end as an instruction does and the first alone does not, so a totals cell beside a remark
/// ("消費税(10%)") stays apart. A remark that still ends on a particle or inside a word ("…を", "…してくだ", "…のこ") is cut short:
/// doubted, and so is one that begins in a small letter.
/// </summary>
internal static class NoteRunOn
{
    /// <summary>Instructions cut inside their last word: "…してくだ(さい)", "…添付のこ(と)" (seed 593's tune-016, accepted).</summary>
    private static readonly string[] CutEndings = ["くだ", "くださ", "のこ"];

    public static void Join(DocumentLayout layout, FieldDraft note, ReadContext reader)
    {
        if (note.Value?.GetValue<string>() is not { } text)
        {
            return;
        }

        // A remark beginning in a small Latin letter lost its start ("ease attach the inspection repo", seed 467's
        // tune-031, accepted) or begins with noise ("pane分納不可"): over 38 sets (session 25) 5 such, none right.
        if (char.IsAsciiLetterLower(text[0]))
        {
            note.Reasons.Add(Contract.ReviewReasons.Ambiguous);
        }

        if (UnlabelledNote.EndsAsInstruction(text))
        {
            return;
        }

        var row = layout.Rows.FirstOrDefault(r => r.Page == note.Page && r.Segments.Any(s => s.Box == note.Box));
        var next = row?.Segments.SkipWhile(s => s.Box != note.Box).Skip(1).FirstOrDefault();
        if (next is not null && ValueReader.Read(note.Text + next.Text, ValueKind.Text, reader)?.GetValue<string>() is { } joined
            && UnlabelledNote.EndsAsInstruction(joined))
        {
            note.Value = JsonValue.Create(joined);
            note.Text += next.Text;
            note.Box = note.Box!.Value.Union(next.Box);
            note.Ocr = Math.Min(note.Ocr, next.MinConfidence);
        }
        else if (CutEndings.Any(e => text.EndsWith(e, StringComparison.Ordinal)) || (text.Length > 2 && "をにがはてで".Contains(text[^1], StringComparison.Ordinal)))
        {
            note.Reasons.Add(Contract.ReviewReasons.Ambiguous);
        }
    }
}
