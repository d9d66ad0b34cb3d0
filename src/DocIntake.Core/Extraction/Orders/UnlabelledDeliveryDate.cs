using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A delivery date whose label was lost. A line's, when the 納期 header was lost ("金額 中"): the date standing alone at
/// the right end of the row ("… 1,052 2026/08/11", "… 27,360 6月15日"). Placed by its form alone, so it is inferred and
/// weighed as such.
/// </summary>
internal static partial class UnlabelledDeliveryDate
{
    public static FieldDraft? Find(TableRow row, ReadContext reader)
    {
        var last = row.Row.Segments[^1];
        var named = new[] { row.Cell("description"), row.Cell("partNumber") }.OfType<Layout.Segment>();
        if (row.Row.Segments.Count < 2 || named.Any(c => c.Tokens.Any(last.Tokens.Contains)))
        {
            return null;
        }

        if (ValueReader.Read(last.Text, ValueKind.Date, reader) is not { } date)
        {
            // "6月15日" with no order date to take the year from: a date is printed, so the empty field goes to review. So
            // does a figure garbled past reading in a column right of the table's last known one ("#18‘T11A4n" under a
            // 納期 read "ani": seed 367's tune-053, four lines' dates accepted as none).
            return MonthDay().IsMatch(last.Compact) || PastTheColumns(row, last)
                ? new FieldDraft { Name = "deliveryDate", ThresholdName = "lines.deliveryDate", Kind = ValueKind.Date, LabelSeen = true, Page = last.Page, Box = last.Box }
                : null;
        }

        var draft = FieldDraft.FromSegment("deliveryDate", "lines.deliveryDate", ValueKind.Date, false, last, JsonValue.Create(date.GetValue<string>()));
        draft.Inferred = true;
        return draft;
    }

    /// <summary>
    /// The order's 納期 when its label was lost ("AAW: 2026 03 27", "45 ANY 2026-09-15" on 98-lpi faxes): the one full
    /// date in the header, above the lines, that is not the order date and follows nothing readable as another label
    /// (no Japanese word, no "date"; a 見積日 or "Quote date" read whole names another date). Doubtful (review); what it
    /// gives is the check of delivery against order date.
    /// </summary>
    public static FieldDraft? FindInHeader(DocumentLayout layout, Table? table, FieldDraft orderDate, ReadContext reader)
    {
        if (!orderDate.Found)
        {
            // Without the order date an unlabelled date may be either; one after a garbled 納期 label is the delivery's
            // ("布党納期 | 2026 06 03", seed 643's tune-019, with its 発注日 read "SELL").
            return HeaderDates.OfferTheOnly(
                HeaderDates.Scan(layout, table, reader).Where(d => HeaderDates.FieldOfGarbledLabel(d.RowBefore) == "deliveryDate"),
                "deliveryDate",
                required: false);
        }

        return HeaderDates.OfferTheOnly(
            HeaderDates.Scan(layout, table, reader)
                .Where(d => !(orderDate.Box is { } box && d.Segment.Page == orderDate.Page && DocumentLayout.Overlap(box, d.Segment.Box) > 0 && Math.Abs(box.Y - d.Segment.Box.Y) < box.Height)
                    && d.Match.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) != orderDate.Value!.GetValue<string>()
                    && (!HeaderDates.NamesADate(d.RowBefore) || HeaderDates.FieldOfGarbledLabel(d.RowBefore) == "deliveryDate")),
            "deliveryDate",
            required: false);
    }

    private static bool PastTheColumns(TableRow row, Layout.Segment last) =>
        row.Columns.Count > 0 && last.Box.X >= row.Columns.Max(c => c.Right) && last.Compact.Length >= 4 && last.Text.Any(char.IsAsciiDigit);

    [GeneratedRegex(@"^[0-9]{1,2}月[0-9]{1,2}日?$|^[0-9]{1,2}/[0-9]{1,2}$")]
    private static partial Regex MonthDay();
}
