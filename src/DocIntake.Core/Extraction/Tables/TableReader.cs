using System.Text.RegularExpressions;
using DocIntake.Core.Text;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Pages;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>
/// Reads a table: the header row by its labels, columns from header positions (or vertical ruling lines when the page
/// has them), rows by baseline. Rows go on over page breaks (with or without a repeated header) until a totals or
/// remarks row or 以下余白; rows that are not items (empty, sub-headers) are skipped, and so is what follows
/// 次頁へ続く on its page.
/// </summary>
internal static partial class TableReader
{
    private const string BlankBelow = "以下余白";

    public static Table? Read(DocumentLayout layout, TableSpec spec, Func<TableRow, bool> isItem)
    {
        var headers = new List<Row>();
        var body = new List<TableRow>();
        IReadOnlyList<Column>? columns = null;
        IReadOnlyList<Column>? firstColumns = null;
        var started = false;
        var page = 0;
        var continued = false; // 次頁へ続く read on this page: the table goes on on the next one
        var lastNumber = 0; // the No. of the last body row; -1 once a row without a readable No. broke the count
        var unread = new List<TableRow>(); // rows of three cells or more since the last body row, none an item
        // A header placed by its ruled cells only on a page where none reads: the page's read header, however weak, knows
        // its columns better than a grid guessed from its cells.
        var headerOf = layout.Rows.ToDictionary(r => r.Index, r => Header(layout, r, spec, grid: false));
        foreach (var number in layout.Rows.Select(r => r.Page).Distinct().ToList())
        {
            var rows = layout.Rows.Where(r => r.Page == number).ToList();
            if (rows.TrueForAll(r => headerOf[r.Index] is not { } h || WantsGrid(layout, r, spec, h)))
            {
                rows.ForEach(r => headerOf[r.Index] = Header(layout, r, spec));
            }
        }

        RepeatedWeakHeaders(layout, spec, headerOf);

        foreach (var row in layout.Rows)
        {
            if (row.Page != page)
            {
                page = row.Page;
                started = false;
                continued = false;
            }

            if (headerOf[row.Index] is { } found)
            {
                if (columns is not null && headers[^1].Page == row.Page && body.All(b => b.Row.Page != row.Page))
                {
                    // A second header row under the first (測定値 over n1 n2 n3): its columns refine the ones they cover.
                    columns = Merge(columns, found);
                    firstColumns = headers.Count == 1 ? columns : firstColumns;
                    headers.Add(row);
                    continue;
                }

                columns = firstColumns is not null && headers[^1].Page != row.Page ? Repeated(firstColumns, found)
                    : firstColumns is null && Fullest(layout, headerOf, row.Page) is { } later && later.Count > found.Count ? Repeated(later, found)
                    : found;
                headers.Add(row);
                firstColumns ??= columns;
                started = true;
                continue;
            }

            if (columns is null)
            {
                continue;
            }

            // Below "continued on next page" is the page's footer: an address, or the header of a page fed upside down
            // read as nonsense, which must not become an item between the pages' rows.
            if (continued || (started && ContinuedMark().IsMatch(LabelKey.Of(row.Compact))))
            {
                continued = true;
                continue;
            }

            if (IsBlankBelow(row) || StartsWithStop(row, spec))
            {
                break;
            }

            // A page number under the table, or the next page's title over its repeat of the table ("御注文書(続き)").
            if (PageNumber().IsMatch(LabelKey.Of(row.Compact)) || ContinuationTitle().IsMatch(LabelKey.Of(row.Compact)))
            {
                // A page number under this page's items is its footer: below it stands the header of a page fed upside
                // down ("9Z'ET 9Z6c/69/E" for 2026/09/23 13:26, seed 463's tune-034), which must not become an item.
                continued = started && body.Any(b => b.Row.Page == row.Page) && PageNumber().IsMatch(LabelKey.Of(row.Compact));
                continue;
            }

            // The column rulings' feet read as letters ("I I I I 1 1 1 1" under the last row, seed 277's tune-014): no row.
            if (row.Tokens.Count >= 3 && row.Tokens.All(t => t.Text is "I" or "1" or "l" or "|" or "｜" or "!"))
            {
                continue;
            }

            var tableRow = Split(row, columns, layout.Page(row.Page));
            var number = RowNumber(tableRow, spec);
            if (isItem(tableRow) || (number is not null && number == lastNumber + 1 && tableRow.Cells.Count >= 2))
            {
                // A row numbered next in order is an item even when OCR left it unreadable (規格 lost, 判定 read "©O"):
                // kept, its unread cells go to review; dropped, every later row would shift into its place unseen. So is
                // the one unreadable row between No. 4 and No. 6, its No. lost too ("b", seed 239's tune-065).
                if (number is not null && lastNumber > 0 && number == lastNumber + 2 && unread.Count == 1)
                {
                    body.Add(unread[0]);
                }

                body.Add(tableRow);
                unread.Clear();
                started = true;
                lastNumber = number ?? (lastNumber > 0 ? lastNumber + 1 : -1);
            }
            else if (started && tableRow.Cells.Count >= 3)
            {
                unread.Add(tableRow);
            }
        }

        return firstColumns is null ? null : new Table(headers, ColumnAlignment.Refine(body), firstColumns);
    }

    /// <summary>
    /// The same form's header read twice (page 1 and its repeat on page 2) lost different labels to OCR ("数量 単位 単価"
    /// read "Bu MAA At" on one, "数量" read "mR" on the other). When most labels both read stand where
    /// <paramref name="reference"/> has them (one shift for all), the reference's columns, shifted, stand in for the
    /// lost ones; a label inferred from its place ("中番" taken for 品目) where the reference has another label this
    /// header lost takes that label. A different table (other positions) keeps its own columns.
    /// </summary>
    private static List<Column> Repeated(IReadOnlyList<Column> reference, List<Column> found)
    {
        var (shift, agreeing, read, tolerance) = Placement(reference, found);

        // One label may disagree: an inferred one stands where its garbled text began.
        if (agreeing < 2 || agreeing < read - 1 || reference.All(c => found.Exists(f => f.Key == c.Key)))
        {
            return found;
        }

        var near = (Column f, Column c) => Math.Abs(f.HeaderLeft - shift - c.HeaderLeft) <= tolerance / 2;
        var moved = (Column c) => c with { Left = c.Left + shift, Right = c.Right + shift, HeaderLeft = c.HeaderLeft + shift, HeaderRight = c.HeaderRight + shift };
        var own = found
            .Select(f => reference.FirstOrDefault(c => c.Key == f.Key) is { } same && !near(f, same)
                && reference.FirstOrDefault(c => near(f, c) && !found.Exists(o => o.Key == c.Key)) is { } there
                    ? moved(there)
                    : f)
            .ToList();
        return Bound(own.Concat(reference.Where(c => !own.Exists(f => f.Key == c.Key)).Select(moved)));
    }

    /// <summary>How <paramref name="found"/>'s labels stand against the same labels in <paramref name="reference"/>: the one
    /// shift most of them share, how many share it, how many both hold.</summary>
    private static (int Shift, int Agreeing, int Read, int Tolerance) Placement(IReadOnlyList<Column> reference, List<Column> found)
    {
        var shifts = found
            .Select(f => reference.FirstOrDefault(c => c.Key == f.Key) is { } c ? f.HeaderLeft - c.HeaderLeft : (int?)null)
            .OfType<int>()
            .Order()
            .ToList();
        var tolerance = Math.Max(12, (reference[^1].HeaderRight - reference[0].HeaderLeft) / 50);
        var shift = shifts.Count == 0 ? 0 : shifts[shifts.Count / 2];
        return (shift, shifts.Count(s => Math.Abs(s - shift) <= tolerance / 2), shifts.Count, tolerance);
    }

    /// <summary>
    /// A first page whose header row OCR garbled below the share of labels a header needs ("No. nah 唱名 数 呈人 単価 Al Hie%": five
    /// of eight labels, half its letters) while the form's repeat on another page read whole: the weak row is the header
    /// when at least three labels it holds stand where the whole one has them (one shift for all). Without it seed 263's
    /// tune-066 lost its first page's five rows and took page 2's two for lines 1 and 2.
    /// </summary>
    private static void RepeatedWeakHeaders(DocumentLayout layout, TableSpec spec, Dictionary<int, List<Column>?> headerOf)
    {
        var headed = layout.Rows.Where(r => headerOf[r.Index] is not null).Select(r => r.Page).ToHashSet();
        if (headed.Count == 0)
        {
            return;
        }

        // Only pages before the first header read: a later page without one goes on in the columns above it.
        foreach (var page in layout.Rows.Select(r => r.Page).Distinct().Where(p => p < headed.Min()).ToList())
        {
            if (Fullest(layout, headerOf, page) is not { } whole)
            {
                continue;
            }

            var weak = layout.Rows.Where(r => r.Page == page)
                .Select(r => (Row: r, Columns: Header(layout, r, spec, WeakHeaderShare, grid: false)))
                .FirstOrDefault(h => h.Columns is not null && Placement(whole, h.Columns) is { Agreeing: >= 3 } p && p.Agreeing >= p.Read - 1);
            if (weak.Columns is not null)
            {
                headerOf[weak.Row.Index] = weak.Columns;
            }
        }
    }

    /// <summary>The share of its letters a header row's labels need when the form's header on another page confirms them.</summary>
    private const double WeakHeaderShare = 0.3;

    /// <summary>
    /// The header with the most labels on a page other than <paramref name="page"/>: the first page's header may have lost
    /// labels that its repeat on page 2 kept ("数量" read "mR" on one, whole on the other).
    /// </summary>
    private static List<Column>? Fullest(DocumentLayout layout, Dictionary<int, List<Column>?> headerOf, int page) =>
        layout.Rows.Where(r => r.Page != page).Select(r => headerOf[r.Index]).OfType<List<Column>>().MaxBy(c => c.Count);

    private static List<Column> Merge(IReadOnlyList<Column> upper, List<Column> lower)
    {
        var left = lower.Min(c => c.HeaderLeft);
        var right = lower.Max(c => c.HeaderRight);
        return Bound(upper.Where(c => c.HeaderRight < left || c.HeaderLeft > right).Concat(lower));
    }

    /// <summary>
    /// Columns from two sources, in order, each narrowed to end where its neighbour's ruling stands or halfway to its
    /// neighbour's header. A column ruled on both sides keeps its lines.
    /// </summary>
    private static List<Column> Bound(IEnumerable<Column> columns)
    {
        var merged = columns.OrderBy(c => c.HeaderLeft).ToList();
        var bounded = new List<Column>(merged.Count);
        for (var i = 0; i < merged.Count; i++)
        {
            var c = merged[i];
            if (c.Ruled)
            {
                bounded.Add(c);
                continue;
            }

            // An inferred label may run over the next one's place ("・品月 mR" taken for 品名 up to 単位): the next
            // header's start bounds it then.
            var l = i == 0 ? 0 : Math.Max(c.Left, merged[i - 1].Ruled ? merged[i - 1].Right : (Math.Min(merged[i - 1].HeaderRight, c.HeaderLeft) + c.HeaderLeft) / 2);
            var r = i == merged.Count - 1 ? c.Right
                : Math.Min(c.Right, merged[i + 1].Ruled ? merged[i + 1].Left : (Math.Min(c.HeaderRight, merged[i + 1].HeaderLeft) + merged[i + 1].HeaderLeft) / 2);
            bounded.Add(c with { Left = l, Right = r });
        }

        return bounded;
    }

    internal static TableRow Split(Row row, IReadOnlyList<Column> columns, PageText page)
    {
        var cells = new Dictionary<string, List<Token>>();
        var last = columns.Count == 0 ? null : columns.MaxBy(c => c.Right);
        foreach (var token in row.Tokens)
        {
            var column = columns.FirstOrDefault(c => token.Box.CenterX >= c.Left && token.Box.CenterX < c.Right)
                ?? columns.MinBy(c => Math.Min(Math.Abs(token.Box.CenterX - c.Left), Math.Abs(token.Box.CenterX - c.Right)));

            // Past the right ruling of the last column the header named are columns whose labels OCR lost (単位, n1…n5, 判定
            // after "No 検査項目 規格", seed 263's tune-055): no part of that column's cell.
            if (column is null || (column == last && last.Ruled && token.Box.X >= last.Right))
            {
                continue;
            }

            if (!cells.TryGetValue(column.Key, out var list))
            {
                cells[column.Key] = list = [];
            }

            list.Add(token);
        }

        _ = page;
        return new TableRow(row, cells.ToDictionary(c => c.Key, c => new Segment(c.Value, row.Index)), columns);
    }

    /// <summary>The row's printed number when its No. cell holds a small whole number alone (noise marks aside: "\"4", "4.").</summary>
    private static int? RowNumber(TableRow row, TableSpec spec)
    {
        var compact = row.Cell(spec.NumberKey)?.Compact ?? string.Empty;
        if (NumberBeforeCode().Match(compact) is { Success: true } code)
        {
            // The header lost 品番, so the part number ran into the No. cell ("4BI1310", seed 277's tune-015).
            return int.Parse(code.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var digits = string.Concat(compact.Where(char.IsAsciiDigit));
        return digits.Length is > 0 and <= 2 && !compact.Any(char.IsLetter) && int.TryParse(digits, out var n) && n > 0 ? n : null;
    }

    internal static bool IsBlankBelow(Row row)
    {
        var compact = row.Compact;
        if (compact.Contains(BlankBelow, StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 0; i + BlankBelow.Length <= compact.Length; i++)
        {
            if (Fuzzy.Distance(compact.Substring(i, BlankBelow.Length), BlankBelow) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithStop(Row row, TableSpec spec) =>
        row.Segments.Take(3).Any(s => LabelFinder.Find(s, spec.Stops) is [{ } h, ..] && h.LabelPart.Box.X <= s.Box.X + 2);

    // The code's letters as fax OCR reads them: a speck between, a letter in lower case ("2wWS1405s°", seed 353's tune-004).
    [GeneratedRegex(@"^([1-9][0-9]?)[・.,]?(?=[A-Za-z]{1,4}-?[0-9A-Za-z]{3,})")]
    private static partial Regex NumberBeforeCode();

    /// <summary>A title saying the page goes on from the last: "注文書(続き)", "(続)", "PURCHASE ORDER (continued)".</summary>
    [GeneratedRegex(@"\(続き?\)|\(CONTINUED\)")]
    private static partial Regex ContinuationTitle();

    /// <summary>"次頁へ続く", "次ページに続きます", "Continued on next page", "(continued overleaf)"; 頁 as a fax reads it, 買 or 貢.</summary>
    [GeneratedRegex(@"次(頁|ページ|葉|買|貢)[へに]?続|CONTINUED(ON(THE)?NEXTPAGE|OVERLEAF)")]
    private static partial Regex ContinuedMark();

    /// <summary>A page number printed under a table that goes on ("Page 2 of 2", "2/3", "- 2 -"): not a body row.</summary>
    [GeneratedRegex(@"^(PAGE|P)?-?\d{1,2}(OF|/)\d{1,2}-?$|^-\d{1,2}-$")]
    private static partial Regex PageNumber();
}
