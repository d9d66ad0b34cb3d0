using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A remark whose 備考 label was lost: below the line table, a sentence in the set form of an instruction to the
/// supplier ("納品書2部添付のこと", "…願います", "分納不可", "納期厳守"; "Please …", "… not allowed."). Placed by wording alone, so it
/// is inferred and weighed as such.
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
                if (ValueReader.Read(segment.Text, ValueKind.Text, ReadContext.Japanese)?.GetValue<string>() is not { } text)
                {
                    continue;
                }

                var length = InstructionEnding().Match(text) is { Success: true } end && end.Index > 0 ? end.Index + end.Length
                    : EnglishInstruction().IsMatch(text) ? text.Length : 0;
                if (length > 0)
                {
                    var note = FieldDraft.FromSegment("notes", "notes", ValueKind.Text, false, segment, JsonValue.Create(text[..length]));
                    note.Inferred = true;
                    return note;
                }
            }
        }

        return GarbledSentence(layout, first, owned);
    }

    /// <summary>
    /// A sentence below the table that OCR garbled past its instruction's ending ("検査成績書をを添凍人付してくだ ださ v さい",
    /// fresh seed 677's tune-031, where no note was taken and the empty remark accepted): ten Japanese letters or more with
    /// a particle among them are a remark as surely as a labelled one. Offered as read, for review.
    /// </summary>
    private static FieldDraft? GarbledSentence(DocumentLayout layout, int first, ISet<int> owned)
    {
        var segment = layout.Rows.Where(r => r.Index > first && !owned.Contains(r.Index)).SelectMany(r => r.Segments)
            .FirstOrDefault(s => s.Text.Count(Text.TextNormalizer.IsKanaOrKanji) >= 10 && Particle().IsMatch(s.Text) && !s.Text.Any(char.IsAsciiDigit));
        if (segment is null || ValueReader.Read(segment.Text, ValueKind.Text, ReadContext.Japanese) is not { } text)
        {
            return null;
        }

        var note = FieldDraft.FromSegment("notes", "notes", ValueKind.Text, false, segment, text);
        note.Inferred = true;
        note.Reasons.Add(ReviewReasons.Ambiguous);
        return note;
    }

    [GeneratedRegex("[をにはでへ]|して|こと")]
    private static partial Regex Particle();

    /// <summary>Whether a remark ends as an instruction does (its sentence complete).</summary>
    public static bool EndsAsInstruction(string text) => InstructionEnding().Match(text) is { Success: true } m && m.Index + m.Length == text.Length;

    [GeneratedRegex("(こと|願います|ください|下さい|不可|厳守)。?")]
    private static partial Regex InstructionEnding();

    /// <summary>
    /// An English remark in its set forms: a request ("Please attach the inspection report.") or a rule ("Partial shipment
    /// not allowed."), read below a "Remarks" label whose box the totals' row cut off (seed 577's tune-001).
    /// </summary>
    [GeneratedRegex(@"^Please\s+\w+\s+\w.*|^[A-Z]\w*(?:\s+\w+)*\s+(?:not allowed|required|prohibited)\.?$")]
    private static partial Regex EnglishInstruction();
}
