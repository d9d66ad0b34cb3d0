using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A subtotal misread by one digit while its tax and total read right: consumption tax is taken on the printed
/// subtotal, so a tax that is no such share of the subtotal read, but is that share of the total less itself, one
/// digit from what was read, names the figure printed. Seed 419's tune-054 printed 295,908 (its lines add to 296,908:
/// subtotal_mismatch), tax 29,590, total 325,498; the fax read the subtotal 296,908, so the lines agreed with it and the
/// order reported total_mismatch. The printed figure is put back, doubted, for the checks to compare with the lines.
/// A total misread alone leaves the tax the subtotal's own share, and a tax misread alone is no share of the total
/// less it: neither is taken for this.
/// </summary>
internal static class SubtotalByTaxAndTotal
{
    public static void Repair(DocumentDrafts drafts)
    {
        var subtotal = drafts.Fields["subtotal"];
        if (drafts.Fields["currency"].Value?.GetValue<string>() != "JPY"
            || Numbers.Of(subtotal) is not { } read || Numbers.Of(drafts.Fields["tax"]) is not { } tax
            || Numbers.Of(drafts.Fields["total"]) is not { } total)
        {
            return;
        }

        var printed = total - tax;
        if (printed <= 0 || printed == read || OrderChecks.IncludesTax(read, read + tax) || !OrderChecks.IncludesTax(printed, total)
            || !Numbers.OneDigitApart(read, printed))
        {
            return;
        }

        subtotal.Value = JsonValue.Create(printed);
        subtotal.Reasons.Add(ReviewReasons.Ambiguous);
    }
}
