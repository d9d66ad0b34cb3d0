using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// The order's line table when its header row could not be read (on 98-lpi faxes a third of the headers come out as
/// "No. tiie Alte wil 族 旧 単位 間 休 am any"): the item rows themselves are numbered 1, 2, 3… and hold a quantity, a unit
/// price and an amount, which multiply out when read right. Each row is cut into cells by that grammar, read from
/// both ends: line number, part number and 品名 from the left; 納期, amount, unit price, unit and quantity from the
/// right. Every cell so placed is doubted (<see cref="Table.Headerless"/>).
/// </summary>
internal static partial class HeaderlessTable
{
    public static Table? Read(DocumentLayout layout)
    {
        var rows = new List<TableRow>();
        var expected = 1;
        foreach (var row in layout.Rows)
        {
            if (LineNumber(row.Tokens[0].Text) != expected || Cells(row) is not { } cells)
            {
                continue;
            }

            rows.Add(new TableRow(row, cells, []));
            expected++;
        }

        // One numbered row proves little unless it multiplies out.
        if (rows.Count == 0 || (rows.Count == 1 && !MultipliesOut(rows[0])))
        {
            return null;
        }

        return new Table([], rows, []) { Headerless = true };
    }

    private static Dictionary<string, Segment>? Cells(Row row)
    {
        var tokens = row.Tokens;
        var end = DateStart(tokens);
        var numbers = Enumerable.Range(1, end - 1).Where(i => Amount(tokens[i].Text) is not null).ToList();
        if (numbers.Count < 3)
        {
            return null;
        }

        // Quantity × unit price = amount where the reading allows; else the last three numbers in that order, a trailing
        // number smaller than the one before it left aside (a date's remnant: "79,400 19").
        var last = numbers.Count - 1;
        while (last >= 3 && Amount(tokens[numbers[last]].Text) < Amount(tokens[numbers[last - 1]].Text))
        {
            last--;
        }

        var (q, p, a) = (numbers[last - 2], numbers[last - 1], numbers[last]);
        foreach (var k in numbers.AsEnumerable().Reverse())
        {
            var triple = numbers.Where(i => i < k).SelectMany(i => numbers.Where(j => j > i && j < k).Select(j => (i, j)))
                .FirstOrDefault(t => Amount(tokens[t.i].Text) * Amount(tokens[t.j].Text) == Amount(tokens[k].Text));
            if (triple != default)
            {
                (q, p, a) = (triple.i, triple.j, k);
                break;
            }
        }

        var cells = new Dictionary<string, Segment>(StringComparer.Ordinal) { ["lineNo"] = Cell(row, 0, 1) };
        var first = 1;
        if (first < q && IsCode(tokens[first].Text))
        {
            cells["partNumber"] = Cell(row, first, first + 1);
            first++;
            while (first < q && Drawing().IsMatch(tokens[first].Text))
            {
                first++; // 図番 beside the part number: no contract field
            }
        }

        if (first < q)
        {
            cells["description"] = Cell(row, first, q);
        }

        cells["quantity"] = Cell(row, q, q + 1);
        if (p > q + 1)
        {
            cells["unit"] = Cell(row, q + 1, p);
        }

        cells["unitPrice"] = Cell(row, p, p + 1);
        cells["amount"] = Cell(row, a, a + 1);
        if (end < tokens.Count)
        {
            cells["deliveryDate"] = Cell(row, end, tokens.Count);
        }

        return cells.ContainsKey("partNumber") || cells.ContainsKey("description") ? cells : null;
    }

    /// <summary>
    /// Where a trailing delivery date begins ("R8.12.2", "12 月 21 日", "2026/07/29", after three numbers at least: a
    /// 品名 may hold "H7"); the row's end when none.
    /// </summary>
    private static int DateStart(IReadOnlyList<Token> tokens)
    {
        var numbers = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i].Text;
            var startsDate = DateLike().IsMatch(t) || (i + 1 < tokens.Count && t.All(char.IsAsciiDigit) && tokens[i + 1].Text.StartsWith('月'));
            if (startsDate && numbers >= 3)
            {
                return i;
            }

            numbers += Amount(t) is not null ? 1 : 0;
        }

        return tokens.Count;
    }

    private static bool MultipliesOut(TableRow row) =>
        Amount(row.Text("quantity")) is { } q && Amount(row.Text("unitPrice")) is { } p && Amount(row.Text("amount")) == q * p;

    private static Segment Cell(Row row, int from, int to) => new([.. row.Tokens.Skip(from).Take(to - from)], row.Index);

    /// <summary>The printed No.: a small number alone, noise marks aside ("2.", "・4").</summary>
    private static int? LineNumber(string text)
    {
        var digits = text.Trim('.', '・', ',', '-', '_', '\'', '"');
        return digits.Length is > 0 and <= 2 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static decimal? Amount(string text) =>
        NumberToken().IsMatch(text) ? ValueReader.Money(text) : null;

    private static bool IsCode(string text) => text.Length >= 3 && text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/');

    [GeneratedRegex(@"^[¥\\]?[0-9][0-9,.]*-?$")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^D[0-9-]+$")]
    private static partial Regex Drawing();

    [GeneratedRegex(@"[年月日朋]|^令|^(?:R|H)[0-9]|^[0-9]{1,4}/[0-9]{1,2}")]
    private static partial Regex DateLike();
}
