using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A line's delivery date when the 納期 header was lost ("金額 中"): the date standing alone at the right end of the
/// row ("… 1,052 2026/08/11", "… 27,360 6月15日"). Placed by its form alone, so it is inferred and weighed as such.
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
            // "6月15日" with no order date to take the year from: a date is printed, so the empty field goes to review.
            return MonthDay().IsMatch(last.Compact)
                ? new FieldDraft { Name = "deliveryDate", ThresholdName = "lines.deliveryDate", Kind = ValueKind.Date, LabelSeen = true, Page = last.Page, Box = last.Box }
                : null;
        }

        var draft = FieldDraft.FromSegment("deliveryDate", "lines.deliveryDate", ValueKind.Date, false, last, JsonValue.Create(date.GetValue<string>()));
        draft.Inferred = true;
        return draft;
    }

    [GeneratedRegex(@"^[0-9]{1,2}月[0-9]{1,2}日?$|^[0-9]{1,2}/[0-9]{1,2}$")]
    private static partial Regex MonthDay();
}
