using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// What an order's lines say about one another and the header: agreeing delivery dates confirm, shifted line numbers
/// and lost decimal points doubt.
/// </summary>
internal static partial class LineEvidence
{
    /// <summary>
    /// The delivery date printed in the header (希望納期 2026年12月10日) and a line's own (12/10, or R8.3.6 in both) are two
    /// readings of one date in two places: where they agree, each confirms the other. (Same spelling included: of 290
    /// such agreements over nine generated sets none was a shared misreading.)
    /// </summary>
    public static void ConfirmAgreeingDeliveryDates(DocumentDrafts drafts)
    {
        var header = drafts.Fields["deliveryDate"];
        if (!header.Found)
        {
            return;
        }

        var agreeing = drafts.Lines.Select(l => l["deliveryDate"])
            .Where(d => d.Found && (d.Page != header.Page || d.Box != header.Box) && d.Value!.ToJsonString() == header.Value!.ToJsonString())
            .ToList();
        foreach (var line in agreeing)
        {
            line.ChecksPassed++;
        }

        if (agreeing.Count > 0)
        {
            header.ChecksPassed++;
        }
    }

    /// <summary>
    /// A line due before the order was placed, on another day than the header's 納期, is a misread date ("R6.4.2" for
    /// R8.4.2 on an image PDF of seed 149, read at 0.85): doubted, whatever its confidence. (One equal to a header 納期
    /// before the order is what the document says: that is the delivery_before_order problem, not a misreading.)
    /// </summary>
    public static void DoubtLineDatesBeforeTheOrder(DocumentDrafts drafts)
    {
        if (Numbers.DateOf(drafts.Fields["orderDate"]) is not { } ordered)
        {
            return;
        }

        var header = Numbers.DateOf(drafts.Fields["deliveryDate"]);
        foreach (var date in drafts.Lines.Select(l => l["deliveryDate"]).Where(d => Numbers.DateOf(d) is { } due && due < ordered && due != header))
        {
            date.Reasons.Add(ReviewReasons.Ambiguous);
        }
    }

    /// <summary>
    /// A delivery date more than a year after the order is a misread year ("03/17/2028" among seven lines due
    /// 03/17/2026, seed 461's tune-024, accepted at 0.83): a regional supplier's order is delivered within months, and a
    /// date that far out needs a person whatever its confidence. The header's 納期 and each line's are judged alike. With
    /// the order date unread, the fax's sending date stands in for it, else the middle of the document's delivery dates,
    /// and then a date more than a year before it is as wrong ("2076-03-10" among lines due 2026-03-10, seed 593's
    /// tune-075, accepted).
    /// </summary>
    public static void DoubtDatesFarFromTheOrder(DocumentDrafts drafts, DateOnly? sent)
    {
        var dates = drafts.Lines.Select(l => l["deliveryDate"]).Append(drafts.Fields["deliveryDate"]).Where(d => Numbers.DateOf(d) is not null).ToList();
        var ordered = Numbers.DateOf(drafts.Fields["orderDate"]);
        var reference = ordered ?? sent ?? (dates.Count > 0 ? dates.Select(d => Numbers.DateOf(d)!.Value).Order().ElementAt(dates.Count / 2) : null);
        if (reference is not { } r)
        {
            return;
        }

        foreach (var date in dates.Where(d => Numbers.DateOf(d) is { } due && (due > r.AddYears(1) || (ordered is null && due < r.AddYears(-1)))))
        {
            date.Reasons.Add(ReviewReasons.Ambiguous);
        }
    }

    /// <summary>
    /// The header's 納期 unread (its label lost: "MAH 令和8年11月11日") while every line is due on one date: that date,
    /// inferred and doubted, so the date checks (delivery before the order) still run and a person confirms it.
    /// </summary>
    public static void DeliveryDateFromLines(DocumentDrafts drafts)
    {
        var header = drafts.Fields["deliveryDate"];
        var lines = drafts.Lines.Select(l => l["deliveryDate"]).ToList();
        var dates = lines.Where(d => d.Found).ToList();
        // Lines whose dates did not parse ("NO8/08/02" among five "RO8/08/02", seed 307's tune-016) do not stop it when
        // most lines were read and agree.
        if (header.Found || dates.Count == 0 || (dates.Count < lines.Count && (dates.Count < 2 || dates.Count * 2 < lines.Count))
            || dates.Select(d => d.Value!.ToJsonString()).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return;
        }

        if (header.Unparsable)
        {
            // Printed but garbled ("RO8/04705" over lines due "R08/04/05", seed 487's tune-021): the lines' date, where
            // the header's stands.
            header.Value = dates[0].Value!.DeepClone();
            header.Unparsable = false;
            header.Inferred = true;
        }
        else
        {
            header.TakeInferred(dates[0].Value!.DeepClone(), dates[0].Text!, dates[0]);
        }

        header.Reasons.Add(ReviewReasons.Ambiguous);
    }

    /// <summary>
    /// A minus OCR made of a speck or a ruling before an amount ("-¥1,698,380" beside 合計(税抜), seed 353's tune-049;
    /// "0.19 - 22.80" under Amount, seed 317's tune-036): an order's totals are never below zero, and a line amount whose
    /// size is its quantity times its unit price has no sign of its own. The amount is taken unsigned, in doubt.
    /// </summary>
    public static void DropSpeckedMinus(DocumentDrafts drafts)
    {
        foreach (var name in new[] { "subtotal", "tax", "total" })
        {
            Unsign(drafts.Fields[name]);
        }

        foreach (var line in drafts.Lines)
        {
            if (Checks.Numbers.Of(line["quantity"]) is { } q && Checks.Numbers.Of(line["unitPrice"]) is { } p
                && q > 0 && p > 0 && Checks.Numbers.Of(line["amount"]) == -(q * p))
            {
                Unsign(line["amount"]);
            }
        }

        static void Unsign(FieldDraft field)
        {
            if (Checks.Numbers.Of(field) is { } amount && amount < 0)
            {
                field.Value = JsonValue.Create(-amount);
                field.Reasons.Add(ReviewReasons.Ambiguous);
            }
        }
    }

    /// <summary>
    /// A money column printed with cents ("160.00", "1,251.00") where one value has none ("48000" for 480.00): the fax
    /// lost its decimal point, and the line may still multiply out when the unit price lost its own ("0 24").
    /// </summary>
    public static void DoubtLostDecimalPoint(List<Dictionary<string, FieldDraft>> lines, string column)
    {
        var cells = lines.Select(l => l[column]).Where(f => f.Found && f.Text is not null).ToList();
        var withCents = cells.Count(f => Cents().IsMatch(f.Text!));
        if (withCents < 2 || withCents * 2 < cells.Count)
        {
            return;
        }

        foreach (var field in cells.Where(f => !Cents().IsMatch(f.Text!)))
        {
            field.Reasons.Add(ReviewReasons.Ambiguous);
        }
    }

    /// <summary>
    /// A coarse fax misreads one digit as another all over a page ("2" as "7": 1,192,800 read 1,197,800 and 16,200 read
    /// 16,700 beside their quantities and prices, seed 431's tune-034). Two lines whose amounts differ from their
    /// quantity × price only by that one swap show the page's habit; a line that multiplies out with that digit in its
    /// price and amount may carry it in both (8,028 and 80,280 read 8,078 and 80,780, accepted): doubted.
    /// </summary>
    public static void DoubtADigitThePageMisreads(List<Dictionary<string, FieldDraft>> lines)
    {
        var swaps = new List<(char Printed, char Read)>();
        foreach (var line in lines)
        {
            if (Checks.Numbers.Of(line["quantity"]) is { } q && Checks.Numbers.Of(line["unitPrice"]) is { } p
                && Checks.Numbers.Of(line["amount"]) is { } a && q * p != a && OneDigitSwap(q * p, a) is { } swap)
            {
                swaps.Add(swap);
            }
        }

        foreach (var habit in swaps.GroupBy(s => s).Where(g => g.Count() >= 2).Select(g => g.Key.Read))
        {
            foreach (var line in lines)
            {
                if (Checks.Numbers.Of(line["quantity"]) is { } q && Checks.Numbers.Of(line["unitPrice"]) is { } p
                    && Checks.Numbers.Of(line["amount"]) is { } a && q * p == a
                    && Digits(p).Contains(habit, StringComparison.Ordinal) && Digits(a).Contains(habit, StringComparison.Ordinal))
                {
                    line["unitPrice"].Reasons.Add(ReviewReasons.Ambiguous);
                    line["amount"].Reasons.Add(ReviewReasons.Ambiguous);
                }
            }
        }
    }

    /// <summary>The one digit pair in which two figures of the same length differ everywhere they differ.</summary>
    private static (char Printed, char Read)? OneDigitSwap(decimal expected, decimal read)
    {
        var (x, y) = (Digits(expected), Digits(read));
        if (x.Length != y.Length)
        {
            return null;
        }

        var pairs = x.Zip(y).Where(p => p.First != p.Second).Distinct().ToList();
        return pairs is [var only] ? only : null;
    }

    private static string Digits(decimal n) => n.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[0-9]\.[0-9]{2}(?![0-9])")]
    private static partial Regex Cents();

    /// <summary>
    /// Printed line numbers that run on from a number above the line's place (5, 6 as the first two lines) mean rows
    /// before them were not read (a page-1 table lost on a coarse fax): every line from there on stands in the wrong
    /// place of the contract's lines array, so all its fields go to review. A single odd number is a misread; it takes
    /// two in sequence.
    /// </summary>
    public static void DoubtShiftedLines(List<Dictionary<string, FieldDraft>> lines)
    {
        var numbers = lines.Select(l => l["lineNo"] is { Found: true, Text: not null } n ? Checks.Numbers.Of(n) : null).ToList();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (numbers[i] is { } n && n > i + 1 && numbers[i + 1] == n + 1)
            {
                foreach (var field in lines.Skip(i).SelectMany(l => l.Values).Where(f => f.Found))
                {
                    field.Reasons.Add(ReviewReasons.Ambiguous);
                }

                return;
            }
        }
    }

    /// <summary>
    /// A line whose No. cell read as no line number ("6204501") and whose part number was not read has nothing that
    /// says which printed row it is: on a coarse fax its cells may come from neighbouring rows (a 品名 of the row below
    /// read at 0.93 beside another row's lost code), so what was read of it is doubted.
    /// </summary>
    public static void DoubtUnplacedLines(List<Dictionary<string, FieldDraft>> lines)
    {
        foreach (var line in lines)
        {
            var number = line["lineNo"] is { Found: true } n ? Checks.Numbers.Of(n) : null;
            var noNumber = line["lineNo"].Unparsable || number is > 999 or < 1;
            if (noNumber && !line["partNumber"].Found)
            {
                foreach (var field in line.Values.Where(f => f.Found))
                {
                    field.Reasons.Add(ReviewReasons.Ambiguous);
                }
            }
        }
    }
}
