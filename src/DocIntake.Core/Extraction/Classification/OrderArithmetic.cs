using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Classification;

/// <summary>
/// Evidence for a priced document when a coarse fax lost its title and table header: item rows whose numbers multiply
/// out (quantity × unit price = amount, "30 本 1.240 37,200"). Digits survive 98-lpi faxes far better than kanji do.
/// Quotations and invoices multiply out as well, so their own words in the body veto this evidence.
/// </summary>
internal static partial class OrderArithmetic
{
    /// <summary>Rows with three numbers, in reading order, where the first two multiply to the third.</summary>
    public static int PricedRows(DocumentLayout layout) => layout.Rows.Count(IsPriced);

    /// <summary>
    /// Totals that add up the Japanese way: a subtotal, its consumption tax (10 % or the reduced 8 %, rounded down, to
    /// the nearest or up) and their sum, as the last amounts of three rows in order. Read when the item rows did not
    /// multiply out (a quantity misread, or the order itself carrying a wrong line amount).
    /// </summary>
    public static bool TaxedTotals(DocumentLayout layout)
    {
        var amounts = layout.Rows.Select(TrailingAmount).OfType<decimal>().Where(a => a >= 1000 && a == decimal.Truncate(a)).ToList();
        for (var i = 0; i < amounts.Count; i++)
        {
            for (var j = i + 1; j < amounts.Count; j++)
            {
                var tax = amounts[j];
                if (!IsTaxOn(amounts[i], tax))
                {
                    continue;
                }

                if (amounts.Skip(j + 1).Contains(amounts[i] + tax))
                {
                    return true;
                }
            }

            // The subtotal's row lost ("仙 呈 小 訓 Y6 り", seed 419's tune-024): the tax and the total still tell it.
            if (amounts.Skip(i + 1).Any(total => total > amounts[i] && IsTaxOn(total - amounts[i], amounts[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Line amounts that add up: the last grouped amount ("2.850.000", "300,000") of two or more rows in a row sums to
    /// the amount of a later row (the subtotal or total), when the item rows themselves did not multiply out.
    /// </summary>
    public static bool LinesAddUp(DocumentLayout layout)
    {
        var amounts = layout.Rows.Select(GroupedAmount).ToList();
        for (var i = 0; i < amounts.Count; i++)
        {
            decimal sum = 0;
            for (var j = i; j < amounts.Count && amounts[j] is { } a; j++)
            {
                sum += a;
                if (j > i && sum >= 10_000 && amounts.Skip(j + 1).Any(later => later == sum))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The last amount with thousands groups in a row ("3,188,000]'J" gives 3188000), else null.</summary>
    private static decimal? GroupedAmount(Row row)
    {
        var last = row.Tokens.Select(t => GroupedNumber().Match(t.Text)).LastOrDefault(m => m.Success);
        return last is null ? null : ValueReader.Money(last.Groups["n"].Value);
    }

    internal static bool IsTaxOn(decimal subtotal, decimal tax) =>
        Math.Abs((subtotal * 0.10m) - tax) < 1 || Math.Abs((subtotal * 0.08m) - tax) < 1;

    /// <summary>
    /// The amount a row ends with, its tokens joined ("Y520, 190", "_¥180,065", "198,071円"); a fax's ¥ is often read "Y".
    /// </summary>
    internal static decimal? TrailingAmount(Row row)
    {
        // A comma read as a semicolon ("¥501;700") is still one.
        var digits = row.Tokens.Reverse().Select(t => t.Text.Replace(';', ',')).TakeWhile(t => AmountPart().IsMatch(t) && t.Any(char.IsAsciiDigit)).Reverse().ToList();
        if (digits.Count == 0)
        {
            return null;
        }

        // The currency mark begins the amount: a figure before it is another word's ("代税 109 Y19210", (10%) garbled).
        var mark = digits.FindLastIndex(t => t.TrimStart('_', '-').StartsWith('Y') || t.TrimStart('_', '-').StartsWith('¥'));
        var text = string.Concat(digits.Skip(Math.Max(mark, 0))).TrimStart('_', '-', 'Y', '¥', '\\').TrimEnd('円', '-', '.', ',');
        return Numeric().IsMatch(text) ? ValueReader.Money(text) : null;
    }

    /// <summary>Words of a quotation, invoice or acknowledgement anywhere on the pages.</summary>
    public static bool MentionsOtherDocument(DocumentLayout layout) =>
        layout.Rows.Any(r => OtherDocument().IsMatch(LabelKey.Of(r.Compact)));

    /// <summary>
    /// Rows holding a field label only an invoice or quotation prints (請求金額, お振込先, 支払期限, 見積有効期限, 発行日より30日,
    /// Amount due…): two of them outweigh order labels when the title was lost, as on 98-lpi faxes it often is.
    /// </summary>
    public static int OtherDocumentLabels(DocumentLayout layout) =>
        layout.Rows.Count(r => OtherDocumentLabel().IsMatch(LabelKey.Of(r.Compact)));

    private static bool IsPriced(Row row)
    {
        var numbers = row.Tokens
            .Select(t => t.Text.Trim('¥', '\\', '|', '.', '。', ',', '-'))
            .Where(t => t.Length > 0 && Numeric().IsMatch(t))
            .Select(ValueReader.Money)
            .OfType<decimal>()
            .ToList();
        for (var k = 2; k < numbers.Count; k++)
        {
            var amount = numbers[k];
            if (amount < 100 || amount != decimal.Truncate(amount))
            {
                continue;
            }

            for (var j = 1; j < k; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    // A quantity or price of 1 makes any number "multiply out" (line number 1 × 500 = 500).
                    if (numbers[i] > 1 && numbers[j] > 1 && numbers[i] * numbers[j] == amount)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\d[\d,.]*$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^[Y¥\\]?(?<n>[0-9]{1,3}(?:[,.][0-9]{3})+)(?![0-9])")]
    private static partial Regex GroupedNumber();

    [GeneratedRegex(@"^[_\-]?[Y¥\\]?[\d,.]+(?:-|円)?$")]
    private static partial Regex AmountPart();

    [GeneratedRegex("請求(金|額|日|番)|振込|支払期限|見積(金|額|日|番|有効)|有効期限|発行日[よか]|お請け|御請け|INVOICE(NO|DATE|NUMBER)|AMOUNTDUE|PAYMENTDUE|QUOT(E|ATION)(NO|NUMBER|DATE)|VALIDUNTIL")]
    private static partial Regex OtherDocumentLabel();

    [GeneratedRegex("見積|請求|発行日[よか]|お請け|御請け|QUOTATION|INVOICE|ESTIMATE")]
    private static partial Regex OtherDocument();
}
