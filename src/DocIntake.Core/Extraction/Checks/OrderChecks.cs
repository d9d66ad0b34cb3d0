using System.Globalization;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Orders;

namespace DocIntake.Core.Extraction.Checks;

/// <summary>
/// The contract's cross-field checks for orders. A failed check is a problem naming its fields (they go to review); a
/// check that holds confirms its fields (they gain confidence).
/// </summary>
internal static class OrderChecks
{
    public const string LineAmountMismatch = "line_amount_mismatch";
    public const string SubtotalMismatch = "subtotal_mismatch";
    public const string TotalMismatch = "total_mismatch";
    public const string DeliveryBeforeOrder = "delivery_before_order";

    public static void Run(DocumentDrafts drafts)
    {
        var currency = drafts.Fields.GetValueOrDefault("currency")?.Value?.GetValue<string>();
        LineAmounts(drafts, currency);
        Subtotal(drafts, currency);
        Total(drafts, currency);
        Delivery(drafts);
    }

    private static void LineAmounts(DocumentDrafts drafts, string? currency)
    {
        for (var i = 0; i < drafts.Lines.Count; i++)
        {
            var line = drafts.Lines[i];
            if (Numbers.Of(line["quantity"]) is not { } q || Numbers.Of(line["unitPrice"]) is not { } p || Numbers.Of(line["amount"]) is not { } a)
            {
                continue;
            }

            var fields = new[] { $"lines[{i}].quantity", $"lines[{i}].unitPrice", $"lines[{i}].amount" };
            if (Numbers.Same(q * p, a, currency))
            {
                drafts.Pass(fields);
            }
            else
            {
                drafts.Fail(LineAmountMismatch, Invariant($"line {i + 1}: {q} x {p} = {q * p}, printed amount {a}"), fields);
            }
        }
    }

    private static void Subtotal(DocumentDrafts drafts, string? currency)
    {
        if (drafts.Lines.Count == 0 || drafts.Lines.Any(l => Numbers.Of(l["amount"]) is null))
        {
            return;
        }

        var sum = drafts.Lines.Sum(l => Numbers.Of(l["amount"])!.Value);
        var amounts = Enumerable.Range(0, drafts.Lines.Count).Select(i => $"lines[{i}].amount").ToArray();
        var subtotal = Numbers.Of(drafts.Fields["subtotal"]);
        var total = Numbers.Of(drafts.Fields["total"]);
        var tax = Numbers.Of(drafts.Fields["tax"]);
        var target = subtotal is not null ? "subtotal" : tax is null ? "total" : null;
        if (target is null || Numbers.Of(drafts.Fields[target]) is not { } printed)
        {
            return;
        }

        if (Numbers.Same(sum, printed, currency))
        {
            drafts.Pass([target, .. amounts]);
        }
        else if (target == "total" && total is { } t && IncludesTax(sum, t))
        {
            drafts.Pass(target); // no subtotal printed, the total includes consumption tax
        }
        else
        {
            drafts.Fail(SubtotalMismatch, Invariant($"sum of line amounts {sum} != {target} {printed}"), target);
        }
    }

    private static void Total(DocumentDrafts drafts, string? currency)
    {
        if (Numbers.Of(drafts.Fields["subtotal"]) is not { } s || Numbers.Of(drafts.Fields["total"]) is not { } t)
        {
            return;
        }

        var tax = Numbers.Of(drafts.Fields["tax"]);
        if (tax is null)
        {
            if (Numbers.Same(s, t, currency))
            {
                drafts.Pass("subtotal", "total");
            }

            return;
        }

        if (Numbers.Same(s + tax.Value, t, currency))
        {
            drafts.Pass("subtotal", "tax", "total");
        }
        else
        {
            drafts.Fail(TotalMismatch, Invariant($"subtotal {s} + tax {tax} = {s + tax}, printed total {t}"), "subtotal", "tax", "total");
        }
    }

    private static void Delivery(DocumentDrafts drafts)
    {
        if (OrderExtractor.DateOf(drafts.Fields["orderDate"]) is { } ordered
            && OrderExtractor.DateOf(drafts.Fields["deliveryDate"]) is { } delivered
            && delivered < ordered)
        {
            drafts.Fail(DeliveryBeforeOrder, $"delivery date {delivered:yyyy-MM-dd} is before the order date {ordered:yyyy-MM-dd}", "orderDate", "deliveryDate");
        }
    }

    /// <summary>Consumption tax at 10 % or 8 % (rounded down, as invoices do) added to the sum.</summary>
    private static bool IncludesTax(decimal sum, decimal total) =>
        total == sum + decimal.Floor(sum * 0.10m) || total == sum + decimal.Floor(sum * 0.08m);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
