using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A tax larger than a fifth of the amount it is taken on is no consumption tax (10 %, 8 % reduced) but a misreading:
/// seed 373's tune-031 printed "44,800円", which a re-read made "44, 001 4", 440,014 on a total of 483,840. Taken as
/// read, no check could say whether subtotal, tax and total add up, and the order's total_mismatch went unseen; as
/// unread, the total is checked against the lines plus 8 % or 10 %. With a total read, the base is the largest of
/// the subtotal, the line amounts' sum and the total less the tax: any of them may be misread small ("262.824" for a
/// subtotal of 262,824, seed 313's tune-032). Run after the re-reads, which can make such a figure.
/// </summary>
internal static class ImpossibleTax
{
    /// <summary>Twice the standard rate: no rounding or rate makes a consumption tax this large.</summary>
    private const decimal MostShareOfBase = 0.20m;

    public static void Unread(DocumentDrafts drafts)
    {
        var tax = drafts.Fields["tax"];
        if (Numbers.Of(tax) is not { } read || read <= 0 || Numbers.Of(drafts.Fields["total"]) is not { } total)
        {
            return;
        }

        var lines = drafts.Lines.Select(l => Numbers.Of(l["amount"])).ToList();
        decimal?[] bases = [Numbers.Of(drafts.Fields["subtotal"]), lines.Count > 0 && lines.All(a => a is not null) ? lines.Sum() : null, total - read];
        if (read > bases.Max()!.Value * MostShareOfBase)
        {
            tax.Value = null;
            tax.Unparsable = true;
        }
    }
}
