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
        var headerOf = layout.Rows.ToDictionary(r => r.Index, r => Header(layout, r, spec));

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
                continue;
            }

            var tableRow = Split(row, columns, layout.Page(row.Page));
            var number = RowNumber(tableRow, spec);
            if (isItem(tableRow) || (number is not null && number == lastNumber + 1 && tableRow.Cells.Count >= 2))
            {
                // A row numbered next in order is an item even when OCR left it unreadable (規格 lost, 判定 read "©O"):
                // kept, its unread cells go to review; dropped, every later row would shift into its place unseen.
                body.Add(tableRow);
                started = true;
                lastNumber = number ?? (lastNumber > 0 ? lastNumber + 1 : -1);
            }
            else if (!started)
            {
                continue;
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
        var shifts = found
            .Select(f => reference.FirstOrDefault(c => c.Key == f.Key) is { } c ? f.HeaderLeft - c.HeaderLeft : (int?)null)
            .OfType<int>()
            .Order()
            .ToList();
        var tolerance = Math.Max(12, (reference[^1].HeaderRight - reference[0].HeaderLeft) / 50);
        var shift = shifts.Count == 0 ? 0 : shifts[shifts.Count / 2];
        var agreeing = shifts.Count(s => Math.Abs(s - shift) <= tolerance / 2);

        // One label may disagree: an inferred one stands where its garbled text began.
        if (agreeing < 2 || agreeing < shifts.Count - 1 || reference.All(c => found.Exists(f => f.Key == c.Key)))
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

    /// <summary>The columns when <paramref name="row"/> is a header row of the spec, else null.</summary>
    internal static List<Column>? Header(DocumentLayout layout, Row row, TableSpec spec, double minLabelled = 0.6)
    {
        var segment = row.AsSegment();
        var starts = LabelFinder.TokenStarts(segment);
        var compact = segment.Compact;
        var found = new List<(string Key, Segment Part)>();
        var unmatched = new List<(int Start, int End)>();
        var pos = 0;
        for (var t = 0; t < starts.Length; t++)
        {
            if (starts[t] < pos)
            {
                continue;
            }

            if (LabelFinder.Match(compact, starts[t], starts, spec.Columns, fuzzy: true) is { } m)
            {
                if (found.All(f => f.Key != m.Label.Owner))
                {
                    found.Add((m.Label.Owner, segment.Skip(starts[t])!.Take(m.End - starts[t])));
                }

                pos = m.End;
            }
            else
            {
                pos = starts[t] + segment.Tokens[t].Text.Length;
                // Unmatched words run together into one candidate label unless a column gap parts them.
                if (unmatched.Count > 0 && unmatched[^1].End == starts[t] && segment.Tokens[t].Box.X - segment.Tokens[t - 1].Box.Right < row.CharHeight)
                {
                    unmatched[^1] = (unmatched[^1].Start, pos);
                }
                else
                {
                    unmatched.Add((starts[t], pos));
                }
            }
        }

        if (found.Count >= 2)
        {
            OneLetterOff(found, unmatched, segment, spec, layout, row);
        }

        if (found.Count < spec.MinColumns || !found.Any(f => spec.Anchors.Contains(f.Key)))
        {
            return null;
        }

        // A header row holds little else: most of its text must be header labels. Four labels or more make a header
        // even when the labels OCR garbled ("数量" read "mR", "納期" "aA") bring the share down to half, five when three
        // more were garbled ("No. 型番 品名・仁欄 数呈 単位 単価 Lili tne" on a 98-lpi fax: 11 of 24 letters).
        // Three sample columns in a row of labels (n1 n3 n5 beside 判定, the rest of "No. Hie trey Ma UTA Amie" unread)
        // are a measurement header whatever else OCR made of it: 0.25.
        var labelled = found.Sum(f => f.Part.Compact.Length);
        var share = found.Count switch { >= 5 => Math.Min(minLabelled, 0.4), 4 => Math.Min(minLabelled, 0.5), _ => minLabelled };
        if (found.Count(f => spec.Series.Contains(f.Key)) >= 3)
        {
            share = Math.Min(share, 0.25);
        }

        if (labelled < compact.Length * share)
        {
            return null;
        }

        InferMissingLabel(found, unmatched, segment, spec, row.CharHeight);
        var columns = Columns(found, layout.Page(row.Page), row);
        FillSeries(columns, spec.Series, layout.Page(row.Page), row);
        return columns;
    }

    /// <summary>
    /// Sample columns are numbered (n1 n2 n3): when a later one was found ("n3") but those before it were not (n1 read
    /// "m", n2 "np"), the unlabelled space between it and the column on its left holds them when ruling lines cut that
    /// space into one cell per missing column. (Unruled, nothing tells where one ends: they stay lost.)
    /// </summary>
    private static void FillSeries(List<Column> columns, IReadOnlyList<string> series, PageText page, Row row)
    {
        var k = series.Select((key, i) => (key, i)).FirstOrDefault(x => columns.Exists(c => c.Key == x.key), (key: "", i: -1)).i;
        if (k <= 0)
        {
            return;
        }

        var found = columns.First(c => c.Key == series[k]);
        var left = columns.Where(c => c.Right <= found.Left + 2).Select(c => c.Right).DefaultIfEmpty(0).Max();
        var verticals = Verticals(page, row).Where(x => x > left + row.CharHeight && x < found.Left - row.CharHeight).ToList();
        List<int> bounds = [left, .. verticals, found.Left];
        if (bounds.Count - 1 != k)
        {
            return;
        }

        for (var i = 0; i < k; i++)
        {
            columns.Add(new Column(series[i], bounds[i], bounds[i + 1], bounds[i], bounds[i + 1], Ruled: true));
        }

        columns.Sort((a, b) => a.Left.CompareTo(b.Left));
    }

    /// <summary>
    /// A header label too garbled to match ("検査項目" read "披倉折日") leaves its column out, and with it every cell
    /// below. When labels on both sides of a missing (inferable) one were found, in order, and unmatched text of two or
    /// more letters stands between them, that text is the missing label; when as many such texts stand there as labels
    /// are missing ("品名 mR Bu 単価": 数量 and 単位), they are those labels in order. A column printed right after a found
    /// one, or the last column of its kind (判定), needs no label after it: 金額 follows 単価 on every order form.
    /// </summary>
    /// <summary>
    /// Two-letter labels must match exactly anywhere else; in a row where other labels were read, one with a letter
    /// misread ("数明" for 数量, "単人" for 単価 beside a read 単位, "弄番" for 品番) is the column whose label differs from
    /// it in that one letter, when only one column not found yet does. Taking one can settle the next: "弄番 品日" fits
    /// 品番 alone, and once 品番 is taken "品日" fits 品名 alone. Where it fits two, the cell below decides between a code
    /// column (品番, 図番) and a text one (品名), and between two code columns the one printed first.
    /// </summary>
    private static void OneLetterOff(
        List<(string Key, Segment Part)> found, List<(int Start, int End)> unmatched, Segment segment, TableSpec spec, DocumentLayout layout, Row row)
    {
        for (var settled = true; settled;)
        {
            settled = false;
            foreach (var (start, end) in unmatched.ToList())
            {
                var text = segment.Compact[start..end];
                if (text.Length != 2 || text.Any(char.IsAscii))
                {
                    continue;
                }

                var part = segment.Skip(start)!.Take(end - start);
                var owners = spec.Columns.Labels
                    .Where(l => l.Key.Length == 2 && (l.Key[0] == text[0]) != (l.Key[1] == text[1]) && found.TrueForAll(f => f.Key != l.Owner))
                    .Select(l => l.Owner)
                    .Distinct()
                    .ToList();
                if (owners.Count > 1 && CodeBelow(layout, row, part) is { } code)
                {
                    owners = owners.Where(o => spec.CodeColumns.Contains(o) == code).Take(code ? 1 : 2).ToList();
                }

                if (owners is [var owner])
                {
                    found.Add((owner, part));
                    unmatched.Remove((start, end));
                    settled = true;
                }
            }
        }
    }

    /// <summary>Whether the first row under the header holds a code (ASCII) or text below <paramref name="label"/>; null when nothing stands there.</summary>
    private static bool? CodeBelow(DocumentLayout layout, Row row, Segment label)
    {
        var below = layout.Rows.FirstOrDefault(r => r.Index > row.Index && r.Page == row.Page && r.Box.Y > row.Box.Bottom);
        var cell = string.Concat(below?.Tokens
            .Where(t => t.Box.Right > label.Box.X - row.CharHeight && t.Box.X < label.Box.Right + row.CharHeight)
            .Select(t => t.Text) ?? []);
        var letters = cell.Count(char.IsLetterOrDigit);
        return letters < 2 ? null : cell.Count(c => char.IsAsciiLetterOrDigit(c)) * 2 > letters;
    }

    private static void InferMissingLabel(
        List<(string Key, Segment Part)> found, List<(int Start, int End)> unmatched, Segment segment, TableSpec spec, int charHeight)
    {
        foreach (var key in spec.Inferable)
        {
            var k = Array.IndexOf(spec.Keys, key);
            var before = found.Where(f => Array.IndexOf(spec.Keys, f.Key) < k).OrderBy(f => f.Part.Box.X).LastOrDefault();
            var after = found.Where(f => Array.IndexOf(spec.Keys, f.Key) > k).OrderBy(f => f.Part.Box.X).FirstOrDefault();
            var next = after.Part is null && before.Part is not null && (spec.Keys[k - 1] == before.Key || k == spec.Keys.Length - 1);
            if (found.Exists(f => f.Key == key) || before.Part is null || (after.Part is null && !next)
                || (after.Part is not null && before.Part.Box.Right > after.Part.Box.X))
            {
                continue;
            }

            var left = before.Part.Box.Right;
            var right = after.Part?.Box.X ?? int.MaxValue;
            var parts = unmatched
                .Select(u => segment.Skip(u.Start)?.Take(u.End - u.Start))
                .OfType<Segment>()
                .Where(p => p.Box.X >= left && p.Box.Right <= right && p.Compact.Count(char.IsLetter) >= 2)
                // Text set close after a found label is the rest of that label ("品名・仁欄" is 品名・仕様), not the next one.
                .Where(p => !found.Exists(f => p.Box.X - f.Part.Box.Right is var gap && gap >= 0 && gap < charHeight))
                .OrderBy(p => p.Box.X)
                .ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var missing = after.Part is null
                ? [key]
                : spec.Keys[(Array.IndexOf(spec.Keys, before.Key) + 1)..Array.IndexOf(spec.Keys, after.Key)].Where(m => !found.Exists(f => f.Key == m)).ToList();
            if (parts.Count == missing.Count && parts.Count > 1)
            {
                found.AddRange(missing.Zip(parts));
            }
            else
            {
                found.Add((key, parts[0]));
            }
        }
    }

    private static List<Column> Columns(List<(string Key, Segment Part)> found, PageText page, Row row)
    {
        var sorted = found.OrderBy(f => f.Part.Box.CenterX).ToList();
        var verticals = Verticals(page, row);
        var columns = new List<Column>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var box = sorted[i].Part.Box;
            var left = i == 0 ? 0 : (sorted[i - 1].Part.Box.Right + box.X) / 2;
            var right = i == sorted.Count - 1 ? page.Width : (box.Right + sorted[i + 1].Part.Box.X) / 2;
            var ruledLeft = verticals.LastOrDefault(v => v <= box.X + 2, -1);
            var ruledRight = verticals.FirstOrDefault(v => v >= box.Right - 2, -1);
            var ruled = 0;
            if (ruledLeft >= 0 && (i == 0 || ruledLeft >= sorted[i - 1].Part.Box.CenterX))
            {
                left = ruledLeft;
                ruled++;
            }

            if (ruledRight >= 0 && (i == sorted.Count - 1 || ruledRight <= sorted[i + 1].Part.Box.CenterX))
            {
                right = ruledRight;
                ruled++;
            }

            columns.Add(new Column(sorted[i].Key, left, right, box.X, box.Right, ruled == 2));
        }

        return columns;
    }

    /// <summary>The x of each vertical ruling line crossing the row, left to right.</summary>
    private static List<int> Verticals(PageText page, Row row)
    {
        var y = row.Box.CenterY;
        return [.. page.Rulings
            .Where(r => !r.Horizontal && r.Box.Y <= y + row.Box.Height && r.Box.Bottom >= y - row.Box.Height)
            .Select(r => r.Box.CenterX)
            .Order()];
    }

    internal static TableRow Split(Row row, IReadOnlyList<Column> columns, PageText page)
    {
        var cells = new Dictionary<string, List<Token>>();
        foreach (var token in row.Tokens)
        {
            var column = columns.FirstOrDefault(c => token.Box.CenterX >= c.Left && token.Box.CenterX < c.Right)
                ?? columns.MinBy(c => Math.Min(Math.Abs(token.Box.CenterX - c.Left), Math.Abs(token.Box.CenterX - c.Right)));
            if (column is null)
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
        var digits = string.Concat(compact.Where(char.IsAsciiDigit));
        return digits.Length is > 0 and <= 2 && !compact.Any(char.IsLetter) && int.TryParse(digits, out var n) && n > 0 ? n : null;
    }

    private static bool IsBlankBelow(Row row)
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

    /// <summary>A title saying the page goes on from the last: "注文書(続き)", "(続)", "PURCHASE ORDER (continued)".</summary>
    [GeneratedRegex(@"\(続き?\)|\(CONTINUED\)")]
    private static partial Regex ContinuationTitle();

    /// <summary>"次頁へ続く", "次ページに続きます", "Continued on next page", "(continued overleaf)".</summary>
    [GeneratedRegex(@"次(頁|ページ|葉)[へに]?続|CONTINUED(ON(THE)?NEXTPAGE|OVERLEAF)")]
    private static partial Regex ContinuedMark();

    /// <summary>A page number printed under a table that goes on ("Page 2 of 2", "2/3", "- 2 -"): not a body row.</summary>
    [GeneratedRegex(@"^(PAGE|P)?-?\d{1,2}(OF|/)\d{1,2}-?$|^-\d{1,2}-$")]
    private static partial Regex PageNumber();
}
