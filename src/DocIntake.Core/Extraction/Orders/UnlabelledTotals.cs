using System.Text.Json.Nodes;
using DocIntake.Core.Extraction.Classification;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// Totals whose labels OCR garbled ("合計(税払)", "合計金術") are still told by their arithmetic: below the line table,
/// three rows ending in amounts where the second is 10 % or 8 % consumption tax on the first and the third their sum are
/// subtotal, tax and total. Where the labels gave no value or another one, the arithmetic's values are taken, inferred.
/// </summary>
internal static class UnlabelledTotals
{
    public static void Apply(DocumentLayout layout, Table table, DocumentDrafts drafts)
    {
        var last = table.Rows.Count > 0 ? table.Rows[^1].Row.Index : table.Headers[^1].Index;
        var rows = layout.Rows.Where(r => r.Index > last && r.Segments.Count > 0)
            .Select(r => (Row: r, Amount: OrderArithmetic.TrailingAmount(r)))
            .Where(x => x.Amount is { } a && a >= 1000 && a == decimal.Truncate(a))
            .ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                var (subtotal, tax) = (rows[i].Amount!.Value, rows[j].Amount!.Value);
                var k = OrderArithmetic.IsTaxOn(subtotal, tax) ? rows.FindIndex(j + 1, x => x.Amount == subtotal + tax) : -1;
                if (k < 0)
                {
                    continue;
                }

                Take(drafts, "subtotal", rows[i].Row, subtotal);
                Take(drafts, "tax", rows[j].Row, tax);
                Take(drafts, "total", rows[k].Row, subtotal + tax);
                return;
            }
        }
    }

    private static void Take(DocumentDrafts drafts, string name, Row row, decimal amount)
    {
        var draft = drafts.Fields[name];
        if (draft.Found && Checks.Numbers.Of(draft) == amount)
        {
            return;
        }

        var segment = row.Segments[^1];
        var replacement = FieldDraft.FromSegment(name, name, draft.Kind, draft.Required, segment, JsonValue.Create(amount));
        replacement.Inferred = true;
        drafts.Fields[name] = replacement;
    }
}
