using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// The order date when its label was lost (発行日 in a shaded cell binarised to "3845H"): the one full date in the header
/// that is not a delivery date (the header's 納期 or a line's) and has no word of its own before it. A delivery date must
/// be known: without one the unlabelled date is as likely the 納期 itself (5 of 5 such guesses over 33 sets were). Within a
/// year of the delivery dates ("2076" is 2026 misread). Offered doubtful (review); what it gives is the check of delivery
/// against order date.
/// </summary>
internal static class UnlabelledOrderDate
{
    private const int MaxDaysFromDelivery = 366;

    public static FieldDraft? Find(DocumentLayout layout, Table? table, DocumentDrafts drafts, ReadContext reader)
    {
        var header = drafts.Fields["deliveryDate"];
        var deliveries = drafts.Lines.Select(l => l["deliveryDate"]).Append(header)
            .Select(Numbers.DateOf).OfType<DateOnly>().ToHashSet();
        if (deliveries.Count == 0)
        {
            return null;
        }

        return HeaderDates.OfferTheOnly(
            HeaderDates.Scan(layout, table, reader)
                .Where(d => !(header.Box is { } box && d.Segment.Page == header.Page && DocumentLayout.Overlap(box, d.Segment.Box) > 0
                        && Math.Abs(box.Y - d.Segment.Box.Y) < box.Height) // the delivery date's own segment, not one above it
                    && (!HeaderDates.NamesADate(d.LabelBefore) || HeaderDates.FieldOfGarbledLabel(d.LabelBefore) == "orderDate")
                    && !deliveries.Contains(d.Match.Date)
                    && deliveries.Any(due => Math.Abs(due.DayNumber - d.Match.Date.DayNumber) <= MaxDaysFromDelivery)),
            "orderDate",
            required: true);
    }
}
