using System.Text.Json.Nodes;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// With the 単価 header unread the amount column takes in the unit price beside it ("24 240", read as one split number
/// 24240). Two numbers there, of which quantity × the first is the second, are the unit price and the amount; the
/// line check then confirms both.
/// </summary>
internal static class PriceInAmountCell
{
    public static void Split(Dictionary<string, FieldDraft> line)
    {
        var amount = line["amount"];
        if (line["unitPrice"].Found || line["unitPrice"].Unparsable || amount.Text is not { } text
            || Numbers.Of(line["quantity"]) is not { } quantity
            || text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not [var first, var second]
            || ValueReader.Money(first) is not { } price || ValueReader.Money(second) is not { } total || quantity * price != total)
        {
            return;
        }

        line["unitPrice"] = FieldDraft.Missing("unitPrice", "lines.unitPrice", ValueKind.Money, true);
        line["unitPrice"].TakeInferred(JsonValue.Create(price), first, amount);
        amount.Value = JsonValue.Create(total);
        amount.Text = second;
        amount.Unparsable = false;
    }
}
