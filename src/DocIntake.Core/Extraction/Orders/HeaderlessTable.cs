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
        var unnumbered = new List<Row>(); // rows since the last item that begin with a code but whose No. was unread
        var expected = 1;
        foreach (var row in layout.Rows)
        {
            // 以下余白 ("以下企白") and the totals close the items: a remark below them ("4分納不可", seed 277's tune-030,
            // 備考's box read as a 4) is no row 4.
            if (rows.Count > 0 && (TableReader.IsBlankBelow(row) || OrderExtractor.NamesTotals(row.Compact)))
            {
                break;
            }

            var lead = Lead(row, expected);
            if (lead >= row.Tokens.Count - 1)
            {
                continue;
            }

            // Once the rows began, the row right under the last one is the next item even when its No. was misread
            // ("a" for 3, ">" for 5, "1" for 4) if its numbers make it one; a totals row further down is not. So is the
            // first numbered row of the next page ("4" for 5).
            var number = LineNumber(row.Tokens[lead].Text);
            var numbered = number == expected;
            var last = rows.Count > 0 ? rows[^1].Row : null;
            var below = last is not null && row.Page == last.Page && row.Index <= last.Index + 2 && row.Box.Y - last.Box.Y <= 5 * last.CharHeight;
            var overleaf = last is not null && row.Page == last.Page + 1 && number is not null;
            var next = (below && row.Tokens[lead].Text.Length <= 2) || overleaf;
            var cells = numbered || next || (rows.Count == 0 && number == 2) ? Cells(row, lead) : null;

            // Row 1 unreadable, row 2 read: row 1 is the numbered row just above.
            if (cells is not null && rows.Count == 0 && number == 2)
            {
                if (FirstRowAbove(layout, row) is not { } first)
                {
                    continue;
                }

                rows.Add(first);
                expected = 2;
            }

            // A numbered row whose numbers OCR lost keeps its place with what stands left of them, so later rows do not
            // shift; so does the row right under the last one when it begins with a part number.
            cells ??= (numbered && rows.Count > 0) || (next && IsCode(row.Tokens[lead + 1].Text)) ? Partial(row, lead) : null;
            if (cells is null)
            {
                if (rows.Count > 0 && row.Tokens[lead].Text.Length <= 2 && row.Tokens.Count - lead >= 3 && LooksLikeCode(CodeAfter(row, lead)))
                {
                    unnumbered.Add(row);
                }

                continue;
            }

            // The one row between No. 4 and No. 6 that began with a code was No. 5, its No. misread ("b") and its numbers
            // lost: kept in its place, or No. 6 would be taken for it (seed 239's tune-065). So are the two between No. 3
            // and No. 6 when exactly two such rows stand there ("重 1 AS2001" at the foot of page 1, "R】 HS8800" atop
            // page 2: seed 263's tune-026).
            if (number > expected && unnumbered.Count == number - expected
                && unnumbered.Select(LostRow).ToList() is var lost && lost.TrueForAll(l => l is not null))
            {
                rows.AddRange(lost!);
                expected = number.Value;
            }

            rows.Add(new TableRow(row, cells, []));
            unnumbered.Clear();
            expected++;
        }

        // One numbered row proves little unless it multiplies out.
        if (rows.Count == 0 || (rows.Count == 1 && !MultipliesOut(rows[0])))
        {
            return null;
        }

        return new Table([], rows, []) { Headerless = true };
    }

    /// <summary>
    /// A row taken for an item only by its place between two numbered ones: its No. may be misread, or follow a mark
    /// ("重 1 AS2001": a speck read 重 before the 4 read 1).
    /// </summary>
    private static TableRow? LostRow(Row row)
    {
        var lead = row.Tokens.Count > 2 && LineNumber(row.Tokens[0].Text) is null && row.Tokens[0].Text.Length <= 2 && LineNumber(row.Tokens[1].Text) is not null ? 1 : 0;
        return (Cells(row, lead) ?? Partial(row, lead)) is { } cells ? new TableRow(row, cells, []) : null;
    }

    /// <summary>Specks before the number ("® 1 MS-1010-B") are no cell; but "]" or "|" may be the 1 itself.</summary>
    private static int Lead(Row row, int expected)
    {
        var specks = row.Tokens.TakeWhile(t => !t.Text.Any(char.IsLetterOrDigit)).Count();
        return Enumerable.Range(0, specks).FirstOrDefault(i => LineNumber(row.Tokens[i].Text) == expected, specks);
    }

    private static TableRow? FirstRowAbove(DocumentLayout layout, Row second)
    {
        var above = layout.Rows.Where(r => r.Page == second.Page && r.Index < second.Index && r.Index >= second.Index - 2)
            .LastOrDefault(r => Lead(r, 1) is var lead && lead < r.Tokens.Count - 1 && LineNumber(r.Tokens[lead].Text) == 1);
        return above is null ? null
            : (Cells(above, Lead(above, 1)) ?? Partial(above, Lead(above, 1))) is { } cells ? new TableRow(above, cells, []) : null;
    }

    private static Dictionary<string, Segment>? Cells(Row row, int lead)
    {
        var tokens = row.Tokens;
        var end = DateStart(tokens, lead);
        var numbers = Enumerable.Range(lead + 1, end - lead - 1).Where(i => Amount(tokens[i].Text) is not null).ToList();
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

        var cells = Left(row, lead, q);
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

    /// <summary>No., part number and 品名 of a row whose numbers could not be told apart: up to its first number.</summary>
    private static Dictionary<string, Segment>? Partial(Row row, int lead)
    {
        var end = Enumerable.Range(lead + 1, row.Tokens.Count - lead - 1).FirstOrDefault(i => Amount(row.Tokens[i].Text) is not null, row.Tokens.Count);
        var cells = Left(row, lead, end);
        return cells.ContainsKey("partNumber") || cells.ContainsKey("description") ? cells : null;
    }

    /// <summary>The cells left of the quantity: No., a part number when the first word is a code, then 品名.</summary>
    private static Dictionary<string, Segment> Left(Row row, int lead, int quantity)
    {
        var tokens = row.Tokens;
        var cells = new Dictionary<string, Segment>(StringComparer.Ordinal) { ["lineNo"] = Cell(row, lead, lead + 1) };
        var first = lead + 1;
        if (first < quantity && IsCode(tokens[first].Text))
        {
            cells["partNumber"] = Cell(row, first, first + 1);
            first++;
            while (first < quantity && Drawing().IsMatch(tokens[first].Text))
            {
                first++; // 図番 beside the part number: no contract field
            }
        }

        if (first < quantity)
        {
            cells["description"] = Cell(row, first, quantity);
        }

        return cells;
    }

    /// <summary>
    /// Where a trailing delivery date begins ("R8.12.2", "12 月 21 日", "2026/07/29", after three numbers at least: a
    /// 品名 may hold "H7"); the row's end when none.
    /// </summary>
    private static int DateStart(IReadOnlyList<Token> tokens, int lead)
    {
        var numbers = 0;
        for (var i = lead + 1; i < tokens.Count; i++)
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

    /// <summary>The printed No.: a small number alone, noise marks aside ("2.", "・4"); a lone 1 is often read "]", "|" or "l".</summary>
    private static int? LineNumber(string text)
    {
        if (text is "]" or "|" or "l" or "I" or "!")
        {
            return 1;
        }

        var digits = text.Trim('.', '・', ',', '-', '_', '\'', '"');
        return digits.Length is > 0 and <= 2 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static decimal? Amount(string text) =>
        NumberToken().IsMatch(text) ? ValueReader.Money(text) : null;

    /// <summary>The Latin words after the No., read apart by OCR or not ("PN" "‘O12"): a part number's text.</summary>
    private static string CodeAfter(Row row, int lead) =>
        string.Concat(row.Tokens.Skip(lead + 1).Take(3).TakeWhile(t => t.Text.All(c => c < '\u3000')).Select(t => t.Text));

    /// <summary>A code with one character misread into a mark ("PN‘O12" for PN-7012).</summary>
    private static bool LooksLikeCode(string text) =>
        text.Length >= 4 && text.Any(char.IsAsciiDigit) && text.Count(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/')) <= 1;

    private static bool IsCode(string text) => text.Length >= 3 && text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/');

    [GeneratedRegex(@"^[¥\\]?[0-9][0-9,.]*-?$")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^D[0-9-]+$")]
    private static partial Regex Drawing();

    [GeneratedRegex(@"[年月日朋]|^令|^(?:R|H)[0-9]|^[0-9]{1,4}/[0-9]{1,2}")]
    private static partial Regex DateLike();
}
