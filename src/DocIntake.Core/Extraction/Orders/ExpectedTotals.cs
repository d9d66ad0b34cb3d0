using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A total that is the line sum plus consumption tax means a subtotal and a tax were printed above it; when neither was
/// read (their labels lost to OCR), they are reported as not found and sent to review rather than left silently empty.
/// Likewise a tax read alone, and a subtotal and total that differ with no tax between them.
/// </summary>
internal static class ExpectedTotals
{
    public static void Mark(DocumentDrafts drafts)
    {
        var subtotal = drafts.Fields["subtotal"];
        var tax = drafts.Fields["tax"];

        // Consumption tax is printed under the amount it is taken on: a tax read without its subtotal lost the subtotal,
        // and a total that differs from the subtotal has a tax line. (After the re-reads, which may have found either.)
        if (tax.Found && !subtotal.Found)
        {
            subtotal.LabelSeen = true;
        }

        if (!tax.Found && Numbers.Of(subtotal) is { } sub && Numbers.Of(drafts.Fields["total"]) is { } printed && sub != printed)
        {
            tax.LabelSeen = true;
        }

        if (subtotal.Found || tax.Found || Numbers.Of(drafts.Fields["total"]) is not { } total
            || drafts.Lines.Count == 0 || drafts.Lines.Any(l => Numbers.Of(l["amount"]) is null))
        {
            return;
        }

        var sum = drafts.Lines.Sum(l => Numbers.Of(l["amount"])!.Value);
        if (total == sum + decimal.Floor(sum * 0.10m) || total == sum + decimal.Floor(sum * 0.08m))
        {
            subtotal.LabelSeen = true;
            tax.LabelSeen = true;
        }
    }
}
