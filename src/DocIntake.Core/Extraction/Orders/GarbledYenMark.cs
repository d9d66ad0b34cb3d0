using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// On a 98-lpi fax the 円 after a total reads as letters and figures run into it: "463,200F9", "225,32417]",
/// "(税込) 1. 806, 617A". A figure with complete thousands groups ends where its last group does, so what follows is
/// the mark, not more digits. Left unread, no check could compare the totals, and seed 293's tune-028 (463,200F9, its
/// lines' sum; a total 270 short) and seed 307's tune-011 lost their total_mismatch. Over 57 cached sets (session 26)
/// 35 subtotals, taxes and totals read so, 34 of them right; the one wrong sat on an order whose totals did not add up.
/// The figure is taken for the checks and offered to the reviewer; the text stays unparsable, so it is never accepted.
/// </summary>
internal static partial class GarbledYenMark
{
    public static void Strip(DocumentDrafts drafts)
    {
        foreach (var name in new[] { "subtotal", "tax", "total" })
        {
            var field = drafts.Fields[name];
            if (!field.Unparsable || field.Text is not { } text || Amount(text) is not { } amount)
            {
                continue;
            }

            field.Value = JsonValue.Create(amount); // still unparsable: offered for review, never accepted
        }
    }

    /// <summary>The grouped figure before a garbled 円, or null when the text is no such figure.</summary>
    public static decimal? Amount(string text) =>
        FigureBeforeMark().Match(TextNormalizer.Nfkc(text)) is { Success: true } figure
            ? ValueReader.Money(ValueReader.DotThousands(CommaSpace().Replace(figure.Groups["amount"].Value, ",")))
            : null;

    /// <summary>
    /// A grouped figure after a rule or the total's (税込), then 円 as a letter and a figure ("F9"), as figures closed by a
    /// bracket or quote ("1'}", "17]"), or as "A".
    /// </summary>
    [GeneratedRegex(@"^[\s|(]*(?:\(税込\)\s*)?[¥\\]?\s*(?<amount>\d{1,3}(?:[,.]\s?\d{3})+)(?:F\d|\d{0,2}['"")\]}]+.*|A)\s*\|?\s*$")]
    private static partial Regex FigureBeforeMark();

    [GeneratedRegex(@"[,.]\s")]
    private static partial Regex CommaSpace();
}
