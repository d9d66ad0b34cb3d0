using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Classification;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// Totals whose labels OCR garbled ("合計(税払)", "合計金術") are still told by their arithmetic: below the line table,
/// three rows ending in amounts where the second is 10 % or 8 % consumption tax on the first and the third their sum are
/// subtotal, tax and total. Where the labels gave no value or another one, the arithmetic's values are taken, inferred.
/// </summary>
internal static partial class UnlabelledTotals
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
                var subtotal = rows[i].Amount!.Value;
                var tax = OrderArithmetic.IsTaxOn(subtotal, rows[j].Amount!.Value) ? rows[j].Amount!.Value : WithoutYenReadAsFour(rows[j].Amount!.Value);
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

        TotalThatDoesNotAddUp(rows, drafts);
    }

    /// <summary>
    /// All three labels garbled on an order whose total is wrong ("finn ・ il (BEDE) Y 192,103", "清. 代税 109 Y19210",
    /// "谷訓全衝(税込)。。 Y 201,313": seed 409's tune-079): the arithmetic above finds no total, and the order's
    /// total_mismatch went unseen. A row whose amount is the sum of the line amounts, the next one its consumption tax,
    /// are subtotal and tax; the last amount below them of the size of their sum is the total, inferred and doubted, for
    /// the check to compare. Only fields the labels left empty are filled, but for one case: 合計(税抜) garbled to
    /// "合計(模撤)" reads as the total's label, so the total holds the lines' sum and the tax the "0)" of its "(10%)"
    /// (seed 419's tune-029). A total that is the lines' sum with a tax on it and a larger amount below is the subtotal.
    /// </summary>
    private static void TotalThatDoesNotAddUp(List<(Row Row, decimal? Amount)> rows, DocumentDrafts drafts)
    {
        var (subtotal, tax, total) = (drafts.Fields["subtotal"], drafts.Fields["tax"], drafts.Fields["total"]);
        if (subtotal.Found || drafts.Lines.Count == 0
            || drafts.Lines.Select(l => Checks.Numbers.Of(l["amount"])).ToList() is not { } amounts || amounts.Any(a => a is null))
        {
            return;
        }

        var sum = amounts.Sum()!.Value;
        if ((tax.Found || total.Found) && Checks.Numbers.Of(total) != sum)
        {
            return;
        }

        var i = rows.FindIndex(x => x.Amount == sum);
        if (i < 0 || i + 2 >= rows.Count || !OrderArithmetic.IsTaxOn(sum, rows[i + 1].Amount!.Value))
        {
            return;
        }

        var expected = sum + rows[i + 1].Amount!.Value;
        var last = rows.FindLastIndex(x => Digits(x.Amount!.Value) == Digits(expected));
        if (last <= i + 1)
        {
            return;
        }

        Take(drafts, "subtotal", rows[i].Row, sum);
        Take(drafts, "tax", rows[i + 1].Row, rows[i + 1].Amount!.Value);
        Take(drafts, "total", rows[last].Row, rows[last].Amount!.Value);
        drafts.Fields["total"].Reasons.Add(ReviewReasons.Ambiguous);
    }

    private static int Digits(decimal amount) => decimal.Truncate(amount).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    /// <summary>
    /// ¥ read as a 4 run into its amount ("450,170" for ¥50,170, seed 373's tune-078): the figure without its first digit,
    /// which only the subtotal and total it must add up with can confirm.
    /// </summary>
    private static decimal WithoutYenReadAsFour(decimal amount)
    {
        var digits = decimal.Truncate(amount).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return digits.Length > 1 && digits[0] == '4' && amount == decimal.Truncate(amount)
            ? decimal.Parse(digits[1..], System.Globalization.CultureInfo.InvariantCulture)
            : amount;
    }

    /// <summary>
    /// A total whose label OCR lost ("| BIE SCA | ¥508,455 |" for 合計金額, "| Grand Tota | $2,423.62 |"): with no total,
    /// subtotal or tax read, the last amount below the line table printed with its currency mark is taken, inferred. It
    /// stays in doubt (review) unless it is the sum of the line amounts, which the subtotal check then confirms. Over 24
    /// sets (session 14) it found 19 totals on orders that had none: 17 right (11 of them accepted), 2 wrong, in review.
    /// With the subtotal and the tax read, the total is the marked amount on a row below both (seed 113's tune-069:
    /// "s | ordea | ¥585,240" under 小計 and 消費税), likewise inferred and doubted unless they add up to it.
    /// </summary>
    public static void LoneTotal(DocumentLayout layout, Table table, DocumentDrafts drafts)
    {
        var (subtotal, tax) = (drafts.Fields["subtotal"], drafts.Fields["tax"]);
        if (drafts.Fields["total"].Found || (subtotal.Found != tax.Found) || (subtotal.Found && (subtotal.Box is null || tax.Box is null)))
        {
            return;
        }

        var last = table.Rows.Count > 0 ? table.Rows[^1].Row.Index : table.Headers[^1].Index;
        var rows = layout.Rows.Where(r => r.Index > last);
        if (subtotal.Found)
        {
            var page = Math.Max(subtotal.Page ?? 0, tax.Page ?? 0);
            var below = Math.Max(subtotal.Page == page ? subtotal.Box!.Value.Bottom : 0, tax.Page == page ? tax.Box!.Value.Bottom : 0);
            rows = rows.Where(r => r.Page > page || (r.Page == page && r.Box.CenterY > below));
        }

        foreach (var row in rows.Reverse())
        {
            var segment = row.Segments.LastOrDefault(s => MarkedAmount().IsMatch(Cleaned(s.Text)) || GarbledYenMark.Amount(s.Text) is not null);
            var garbled = segment is not null && !MarkedAmount().IsMatch(Cleaned(segment.Text));
            if (segment is null || (garbled ? GarbledYenMark.Amount(segment.Text) : ValueReader.Money(Cleaned(segment.Text))) is not { } amount || amount <= 0)
            {
                continue;
            }

            var draft = drafts.Fields["total"];
            var total = FieldDraft.FromSegment("total", "total", draft.Kind, draft.Required, segment, JsonValue.Create(amount));
            total.Inferred = true;
            total.Unparsable = garbled; // 円 read as "F9" after it (seed 467's tune-072): offered for the checks, never accepted
            var amounts = subtotal.Found ? [Checks.Numbers.Of(subtotal), Checks.Numbers.Of(tax)] : drafts.Lines.Select(l => Checks.Numbers.Of(l["amount"])).ToList();
            if (amounts.Count == 0 || amounts.Any(a => a is null) || amounts.Sum() != amount)
            {
                total.Reasons.Add(ReviewReasons.Ambiguous);
            }

            drafts.Fields["total"] = total;
            return;
        }
    }

    /// <summary>
    /// A subtotal whose label OCR garbled ("ax St (Bete) ¥2,173,102" for 小計(税抜), seed 359's tune-056) with the tax line
    /// lost whole: the amount on a row between the line table and the total that is the sum of the line amounts is the
    /// subtotal, inferred and confirmed by the lines. Without it the total was checked against the lines alone and a
    /// total that left out part of its tax read as the lines' mismatch, not the total's.
    /// </summary>
    public static void SubtotalAboveTotal(DocumentLayout layout, Table table, DocumentDrafts drafts)
    {
        var (subtotal, tax, total) = (drafts.Fields["subtotal"], drafts.Fields["tax"], drafts.Fields["total"]);
        if (subtotal.Found || tax.Found || total is not { Found: true, Box: { } box, Page: { } page } || drafts.Lines.Count == 0
            || drafts.Lines.Select(l => Checks.Numbers.Of(l["amount"])).ToList() is not { } amounts || amounts.Any(a => a is null))
        {
            return;
        }

        var sum = amounts.Sum()!.Value;
        var last = table.Rows.Count > 0 ? table.Rows[^1].Row.Index : table.Headers[^1].Index;
        var row = layout.Rows.FirstOrDefault(r => r.Index > last && (r.Page < page || (r.Page == page && r.Box.Bottom <= box.Y))
            && r.Segments.Count > 0 && OrderArithmetic.TrailingAmount(r) == sum);
        if (sum > 0 && row is not null)
        {
            Take(drafts, "subtotal", row, sum);
        }
    }

    private static string Cleaned(string text) =>
        YenLookAlike().Replace(text.Replace("|", " ", StringComparison.Ordinal).Replace("｜", " ", StringComparison.Ordinal).Trim(' ', '・', '.', ','), "円");

    /// <summary>
    /// 円 after an amount as OCR reads it in a Mincho face: "117.750 ロ" (seed 277's tune-057), "門"; after a figure grouped
    /// in thousands, up to three marks that are no figure ("234,540I')" at 98 lpi, seed 457's tune-048).
    /// </summary>
    [GeneratedRegex(@"(?<=[0-9]\s?)[ロ門]$|(?<=^[0-9]{1,3}(?:,[0-9]{3})+)[^0-9,.\s]{1,3}$")]
    private static partial Regex YenLookAlike();

    /// <summary>
    /// An amount with its currency mark, alone in its segment: "¥508,455", "$2,423.62", "USD 1,920.00", "12,000円", "\1.641.982-"
    /// (the yen of a Japanese font's backslash, seed 479's tune-024), or a figure grouped in thousands alone, its mark lost
    /// ("| 7,640,984 |" under a garbled 御注文金額, seed 383's tune-059).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:[¥￥$\\]|USD|JPY)\s?[0-9][0-9,.]*[0-9]-?|[0-9][0-9,.]*[0-9]\s?円|[0-9]{1,3}(?:,[0-9]{3})+)$")]
    private static partial Regex MarkedAmount();

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
