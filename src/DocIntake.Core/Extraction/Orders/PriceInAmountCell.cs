using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Contract;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// With the 単価 header unread the amount column takes in the unit price beside it ("24 240", read as one split number
/// 24240). Two numbers there, of which quantity × the first is the second, are the unit price and the amount; the
/// line check then confirms both.
/// </summary>
internal static partial class PriceInAmountCell
{
    public static void Split(Dictionary<string, FieldDraft> line)
    {
        var amount = line["amount"];
        if (line["unitPrice"].Found || line["unitPrice"].Unparsable || amount.Text is not { } text
            || Numbers.Of(line["quantity"]) is not { } quantity
            || text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not [var first, var second]
            || ValueReader.Money(first) is not { } price || ValueReader.Money(second) is not { } total)
        {
            return;
        }

        // Not multiplying out, a price and a grouped amount are still two figures: "385 15.785" is no 38,515.785. The order
        // may carry a wrong amount (seed 419's tune-061); the line check then says so, where one joined figure hid it.
        var multiplies = quantity * price == total;
        if (!multiplies && !(GroupedAmount().IsMatch(second) && first.All(char.IsAsciiDigit) && first.Length <= 5))
        {
            return;
        }

        line["unitPrice"] = FieldDraft.Missing("unitPrice", "lines.unitPrice", ValueKind.Money, true);
        line["unitPrice"].TakeInferred(JsonValue.Create(price), first, amount);
        amount.Value = JsonValue.Create(total);
        amount.Text = second;
        amount.Unparsable = false;
        if (!multiplies)
        {
            line["unitPrice"].Reasons.Add(ReviewReasons.Ambiguous);
        }
    }

    [GeneratedRegex(@"^[0-9]{1,3}(?:[.,][0-9]{3})+$")]
    private static partial Regex GroupedAmount();
}
