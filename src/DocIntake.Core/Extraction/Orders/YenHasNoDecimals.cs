using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// Yen have no decimals, so a yen amount read with a point was misread. Three figures after it are a thousands comma a
/// fax made a point ("262.824幅" for 262,824, "952. 688 円", "148.8OO"); any other count is a misreading with no
/// figure to recover ("20.4847" for 20,484), and a subtotal, tax or total so read is taken as unread. Left as read, the
/// totals' check compared 262.824 with 289,106 and reported a total_mismatch that was not printed (seed 313's
/// tune-032). Over 57 cached sets (session 26) 17 yen amounts read with three decimals, each the thousands' figure;
/// the 4 totals with other decimals were all wrong. Unit prices keep theirs (38.5 yen a piece is printed).
/// </summary>
internal static partial class YenHasNoDecimals
{
    public static void Repair(DocumentDrafts drafts)
    {
        // Only yen read or a Japanese order's default: yen guessed on an English order may be dollars whose "$" was lost.
        if (drafts.Fields["currency"] is not { Inferred: false } currency || currency.Value?.GetValue<string>() != "JPY")
        {
            return;
        }

        foreach (var field in new[] { drafts.Fields["subtotal"], drafts.Fields["tax"], drafts.Fields["total"] })
        {
            Repair(field, unreadOtherwise: true);
        }

        foreach (var line in drafts.Lines)
        {
            Repair(line["amount"], unreadOtherwise: false);
        }
    }

    private static void Repair(FieldDraft field, bool unreadOtherwise)
    {
        if (Numbers.Of(field) is not { } read || read == decimal.Truncate(read))
        {
            return;
        }

        if (read * Thousand == decimal.Truncate(read * Thousand) && field.Text is { } text
            && GroupsThenThreeAfterAPoint().IsMatch(Whitespace().Replace(text, string.Empty)))
        {
            field.Value = JsonValue.Create(read * Thousand);
            field.Reasons.Add(ReviewReasons.Ambiguous);
        }
        else if (unreadOtherwise)
        {
            field.Value = null;
            field.Unparsable = true;
        }
    }

    private const decimal Thousand = 1000m;

    /// <summary>A figure in thousands groups, a point, three figures (an O or I for a 0 or 1) and no figure after them.</summary>
    [GeneratedRegex(@"^[^0-9]*[0-9]{1,3}(?:,[0-9]{3})*\.[0-9OoIl]{3}[^0-9.,]*$")]
    private static partial Regex GroupsThenThreeAfterAPoint();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
