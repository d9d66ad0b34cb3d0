using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Pages;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>Recognising a header row and its columns, garbled labels included.</summary>
internal static partial class TableReader
{
    /// <summary>
    /// The columns when <paramref name="row"/> is a header row of the spec, else null; with <paramref name="grid"/>, a
    /// header too garbled to read is placed by its ruled cells (<see cref="RuledGrid"/>).
    /// </summary>
    internal static List<Column>? Header(DocumentLayout layout, Row row, TableSpec spec, double minLabelled = 0.6, bool grid = true)
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

            var m = LabelFinder.Match(compact, starts[t], starts, spec.Columns, fuzzy: true);
            if (m is { Label.IsAscii: true } && SegmentEnd(row, starts, t, compact.Length) is var end && m.Value.End > end)
            {
                m = LabelFinder.Match(compact[..end], starts[t], [.. starts.Where(x => x < end)], spec.Columns, fuzzy: true);
            }

            // A second label of a column already found is no label: "#82008" is 検査項目 garbled beside "No.", not "#".
            if (m is { } match && found.All(f => f.Key != match.Label.Owner))
            {
                found.Add((match.Label.Owner, segment.Skip(starts[t])!.Take(match.End - starts[t])));
                pos = match.End;
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

        ContinueSeries(found, unmatched, segment, spec);

        if (found.Count < spec.MinColumns || !found.Any(f => spec.Anchors.Contains(f.Key)))
        {
            return grid ? RuledGrid(layout, row, spec, found) : null;
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
            return grid ? RuledGrid(layout, row, spec, found) : null;
        }

        InferMissingLabel(found, unmatched, segment, spec, layout, row);
        InferLeadingLabels(found, unmatched, segment, spec, layout, row);
        var columns = Columns(found, layout.Page(row.Page), row);
        FillSeries(columns, spec.Series, layout.Page(row.Page), row);

        return grid && WantsGrid(layout, row, spec, columns) && RuledGrid(layout, row, spec, found) is { } ruled ? ruled : columns;
    }

    /// <summary>
    /// Whether a header read is worse than its ruled cells could give (<see cref="RuledGrid"/>): measurements without
    /// their item or specification, and any table whose read columns leave ruled cells uncovered.
    /// </summary>
    private static bool WantsGrid(DocumentLayout layout, Row row, TableSpec spec, List<Column> columns) =>
        LacksMeasurementColumns(spec, columns) || LeavesRuledCellsOut(layout, row, columns);

    /// <summary>
    /// A measurement header without its item or specification column: without the item every row is lost (seed 577's
    /// tune-045, its 検査項目 read "2588"); without the specification its cells and the unit's and gauge's run into the
    /// samples (seed 523's tune-062: "mm マイクリ 9.992" taken for n1, n5 for the verdict).
    /// </summary>
    private static bool LacksMeasurementColumns(TableSpec spec, List<Column> columns) =>
        spec.Series.Count > 0 && !(columns.Exists(c => c.Key == "item") && columns.Exists(c => c.Key == "spec"));

    /// <summary>
    /// Ruled cells between the columns read that no column covers: their labels were lost (単位 and 測定器 read "ay,"
    /// and "ami"), and their cells would run into a neighbour's.
    /// </summary>
    private static bool LeavesRuledCellsOut(DocumentLayout layout, Row row, List<Column> columns)
    {
        var verticals = Verticals(layout.Page(row.Page), row);
        return verticals.Zip(verticals.Skip(1))
            .Any(c => c.Second - c.First > row.CharHeight && c.First >= columns.Min(x => x.Left) && c.Second <= columns.Max(x => x.Right)
                && !columns.Exists(x => x.Left <= (c.First + c.Second) / 2 && x.Right >= (c.First + c.Second) / 2));
    }

    /// <summary>
    /// Where the segment holding token <paramref name="t"/> ends in the row's compact text: a Latin label does not run over
    /// a column gap or ruling ("No. | tes" is No. and 型番 garbled, not "Notes": seed 283's tune-046 took it for 備考 and
    /// lost its first page's rows). (Japanese labels may: letter-spaced "数 量" parts at a gap as wide.)
    /// </summary>
    private static int SegmentEnd(Row row, int[] starts, int t, int length)
    {
        var segment = row.Segments.First(s => s.Tokens.Contains(row.Tokens[t]));
        var last = t;
        while (last + 1 < starts.Length && segment.Tokens.Contains(row.Tokens[last + 1]))
        {
            last++;
        }

        return last + 1 < starts.Length ? starts[last + 1] : length;
    }

    /// <summary>
    /// Sample columns are printed in order, n1 to n5: a short word beside one read belongs to the series however OCR
    /// garbled it ("nl n2 nh", "n2 na nt", "nl n? ns" on 98-lpi faxes), and "m2" names its own number. Seed 229's
    /// tune-033, seed 163's tune-059 and seed 191's tune-059 came out with no rows, their headers otherwise unread.
    /// </summary>
    private static void ContinueSeries(List<(string Key, Segment Part)> found, List<(int Start, int End)> unmatched, Segment segment, TableSpec spec)
    {
        if (spec.Series.Count == 0)
        {
            return;
        }

        var words = unmatched.Where(u => SampleLike().IsMatch(segment.Compact[u.Start..u.End])).ToList();
        foreach (var w in words.ToList())
        {
            if (SeriesNumber().Match(segment.Compact[w.Start..w.End]) is { Success: true } m && spec.Series[m.Groups[1].Value[0] - '1'] is var key
                && found.TrueForAll(f => f.Key != key))
            {
                Take(w, key);
            }
        }

        for (var taken = true; taken;)
        {
            taken = false;
            // Every word of the row takes its place: a series runs on only into the word right beside it.
            var order = found.Select(f => (Key: (string?)f.Key, f.Part.Box.X, Word: (Start: -1, End: -1)))
                .Concat(unmatched.Select(w => (Key: (string?)null, segment.Skip(w.Start)!.Box.X, Word: w)))
                .OrderBy(x => x.X)
                .ToList();
            for (var i = 0; i < order.Count && !taken; i++)
            {
                if (order[i].Key is not null || !words.Contains(order[i].Word))
                {
                    continue;
                }

                var before = i > 0 ? IndexIn(spec.Series, order[i - 1].Key) : -1;
                var after = i + 1 < order.Count ? IndexIn(spec.Series, order[i + 1].Key) : -1;
                var key = before >= 0 && before + 1 < spec.Series.Count ? spec.Series[before + 1] : after > 0 ? spec.Series[after - 1] : null;
                if (key is not null && found.TrueForAll(f => f.Key != key))
                {
                    Take(order[i].Word, key);
                    taken = true;
                }
            }
        }

        RunToTheEnd(found, unmatched, segment, spec);

        void Take((int Start, int End) word, string key)
        {
            found.Add((key, segment.Skip(word.Start)!.Take(word.End - word.Start)));
            unmatched.Remove(word);
            words.Remove(word);
        }

        static int IndexIn(IReadOnlyList<string> series, string? key) => key is null ? -1 : series.ToList().IndexOf(key);
    }

    /// <summary>
    /// The sample labels after the last one read, up to the next column found (判定) or the row's end, are short words
    /// whatever OCR made of them: when there are exactly as many as samples still unnamed, they are those samples in
    /// order ("nl hiM ms nm n>" on seed 293's tune-043, a 98-lpi fax, where only n1 was read and n2 to n5 were lost).
    /// </summary>
    private static void RunToTheEnd(List<(string Key, Segment Part)> found, List<(int Start, int End)> unmatched, Segment segment, TableSpec spec)
    {
        var series = found.Where(f => spec.Series.Contains(f.Key)).ToList();
        if (series.Count == 0)
        {
            return;
        }

        var last = series.MaxBy(f => f.Part.Box.X);
        var rest = spec.Series.Skip(spec.Series.ToList().IndexOf(last.Key) + 1).ToList();
        var next = found.Where(f => f.Part.Box.X > last.Part.Box.X).Select(f => f.Part.Box.X).DefaultIfEmpty(int.MaxValue).Min();
        var words = unmatched
            .Where(w => segment.Skip(w.Start)!.Box.X is var x && x > last.Part.Box.X && x < next)
            .OrderBy(w => w.Start)
            .ToList();
        if (rest.Count == 0 || words.Count == 0 || words.Count > rest.Count || words.Exists(w => w.End - w.Start > 3)
            || rest.Exists(k => found.Exists(f => f.Key == k))
            || (words.Count < rest.Count && (next == int.MaxValue || !KeepsTheStep(series.Select(f => f.Part.Box.X), words.Select(w => segment.Skip(w.Start)!.Box.X)))))
        {
            return;
        }

        for (var i = 0; i < words.Count; i++)
        {
            found.Add((rest[i], segment.Skip(words[i].Start)!.Take(words[i].End - words[i].Start)));
            unmatched.Remove(words[i]);
        }
    }

    /// <summary>
    /// Fewer words than samples unnamed: a table printed with fewer sample columns (n1 n2 n3 of five). The words are
    /// samples only when they go on at the step of the two or more found, up to a column found after them ("n1 m2 iR 判定"
    /// at 808, 1076, 1344 on seed 331's tune-031, where iR held every row's third value); a last word at the step with
    /// nothing after it may be the garbled 判定 itself ("n1 n2 n3 WE").
    /// </summary>
    private static bool KeepsTheStep(IEnumerable<int> foundX, IEnumerable<int> wordX)
    {
        var xs = foundX.Order().ToList();
        if (xs.Count < 2)
        {
            return false;
        }

        var step = (xs[^1] - xs[0]) / (double)(xs.Count - 1);
        var previous = xs[^1];
        foreach (var x in wordX.Order())
        {
            if (Math.Abs(x - previous - step) > 0.15 * step)
            {
                return false;
            }

            previous = x;
        }

        return true;
    }

    [GeneratedRegex("^[nmuxNMUX]([1-5])$")]
    private static partial Regex SeriesNumber();

    /// <summary>A sample label as OCR garbles it: n, m, u or x and one more letter or digit, or "?" for one it could not read.</summary>
    [GeneratedRegex("^[nmuxNMUX][A-Za-z0-9?]$")]
    private static partial Regex SampleLike();

    /// <summary>
    /// Sample columns are numbered (n1 n2 n3): when a later one was found ("n3") but those before it were not (n1 read
    /// "m", n2 "np"), the unlabelled space between it and the column on its left holds them when ruling lines cut that
    /// space into one cell per missing column. Unruled, sample columns are printed as wide as each other: the missing
    /// ones are as wide as the two or more found, when that space is free of the neighbour's label.
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
        if (bounds.Count - 1 != k || bounds[0] > found.Left - row.CharHeight)
        {
            bounds = EqualWidthBounds(columns, series, k, found, row) ?? [];
            if (bounds.Count == 0)
            {
                return;
            }
        }

        for (var i = 0; i < k; i++)
        {
            columns.Add(new Column(series[i], bounds[i], bounds[i + 1], bounds[i], bounds[i + 1], Ruled: true));
        }

        columns.Sort((a, b) => a.Left.CompareTo(b.Left));
    }

    /// <summary>
    /// Bounds of the <paramref name="k"/> unlabelled sample columns left of <paramref name="found"/>, each as wide as the
    /// sample columns found (two or more, within a character of each other), or null when they would run into the label
    /// of the column on their left (seed 181's tune-051, a scan: "測定器 | al n2 n3", n1 read "al" and the line left of
    /// it lost, so its values were taken as the instrument's).
    /// </summary>
    private static List<int>? EqualWidthBounds(List<Column> columns, IReadOnlyList<string> series, int k, Column found, Row row)
    {
        var samples = columns.Where(c => series.Contains(c.Key) && c.Left >= found.Left).OrderBy(c => c.Left).ToList();
        if (samples.Count < 2 || samples.Max(c => c.Right - c.Left) - samples.Min(c => c.Right - c.Left) > row.CharHeight)
        {
            return null;
        }

        var width = (int)samples.Average(c => c.Right - c.Left);
        var start = found.Left - (k * width);
        // A ruled neighbour's right line may be the one between n1 and n2 (the line before n1 lost): its label, centred
        // in its cell, then stands centred in the narrower cell left of the missing columns.
        var neighbour = columns.Where(c => c.Left < found.Left && !series.Contains(c.Key)).MaxBy(c => c.Left);
        if (neighbour is null || neighbour.HeaderRight > start - (row.CharHeight / 2)
            || (neighbour.Ruled && Math.Abs(((neighbour.HeaderLeft + neighbour.HeaderRight) / 2) - ((neighbour.Left + start) / 2)) > row.CharHeight))
        {
            return null;
        }

        var index = columns.IndexOf(neighbour);
        columns[index] = neighbour with { Right = start };
        return [.. Enumerable.Range(0, k + 1).Select(i => start + (i * width))];
    }

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

    /// <summary>
    /// A header label too garbled to match ("検査項目" read "披倉折日") leaves its column out, and with it every cell
    /// below. When labels on both sides of a missing (inferable) one were found, in order, and unmatched text of two or
    /// more letters stands between them, that text is the missing label; when as many such texts stand there as labels
    /// are missing ("品名 mR Bu 単価": 数量 and 単位), they are those labels in order; when fewer, the cells below
    /// choose which labels they are (<see cref="ByContent"/>). A column printed right after a found
    /// one, or the last column of its kind (判定), needs no label after it: 金額 follows 単価 on every order form.
    /// </summary>
    private static void InferMissingLabel(
        List<(string Key, Segment Part)> found, List<(int Start, int End)> unmatched, Segment segment, TableSpec spec, DocumentLayout layout, Row row)
    {
        var charHeight = row.CharHeight;
        for (var i = 0; i < spec.Inferable.Count; i++)
        {
            var key = spec.Inferable[i];
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
                .Where(p => p.Box.X >= left && p.Box.Right <= right && (IsGarbledLabel(p.Compact) || LetterOverItsColumn(layout, row, p)))
                // Text set close after a found label is the rest of that label ("品名・仁欄" is 品名・仕様), not the next one.
                .Where(p => !found.Exists(f => p.Box.X - f.Part.Box.Right is var gap && gap >= 0 && gap < charHeight))
                .OrderBy(p => p.Box.X)
                .ToList();
            // A date column is taken only over dates: what stands after 金額 may as well be 備考.
            if (parts.Count == 0 || (spec.DateColumns.Contains(key) && (parts.Count > 1 || CellKindBelow(layout, row, parts[0]) != CellKind.Date)))
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
            else if (parts.Count > 1 && parts.Count < missing.Count && ByContent(layout, row, spec, missing, parts) is { } keys)
            {
                found.AddRange(keys.Zip(parts));
            }
            else
            {
                // Over codes, a garbled label before 品名 is 品番's ("No. | tes | me", seed 283's tune-046; "No. | 刑3 | 品有",
                // seed 157's tune-066), not 品名's.
                var taken = CellKindBelow(layout, row, parts[0]) == CellKind.Code && !spec.CodeColumns.Contains(key)
                    ? missing.FirstOrDefault(spec.CodeColumns.Contains)
                    : key;
                if (taken is not null)
                {
                    found.Add((taken, parts[0]));
                }

                if (taken is not null && taken != key)
                {
                    i--; // the label sought may stand after the code column taken instead
                }
            }
        }
    }

    /// <summary>
    /// What OCR left of a label: two letters at least, or marks and digits that are no number ("#2088" and "#82008" for
    /// 検査項目 on 98-lpi faxes, three records of seeds 59, 83 and 167 that lost every row so).
    /// </summary>
    private static bool IsGarbledLabel(string compact) =>
        compact.Count(char.IsLetter) >= 2 || (compact.Count(char.IsLetterOrDigit) >= 2 && !compact.All(c => char.IsAsciiDigit(c) || c is ',' or '.'));

    /// <summary>
    /// One letter left of a label, alone and centred in a ruled cell over a column of words (品名 read "A" over L型ブラケット,
    /// seed 367's tune-034) or of numbers only (数量 read "a" over 200, 100, 1,200, seed 389's tune-069, where each quantity
    /// ran into its price): too little to be a label alone, enough to place the column its cells fill. A letter beside
    /// others or off its cell's centre is a piece of their label ("検 柱 卓" for 検査項目).
    /// </summary>
    private static bool LetterOverItsColumn(DocumentLayout layout, Row row, Segment part)
    {
        if (part.Compact.Length != 1 || !char.IsLetter(part.Compact[0]))
        {
            return false;
        }

        var verticals = Verticals(layout.Page(row.Page), row);
        var left = verticals.LastOrDefault(v => v <= part.Box.X, -1);
        var right = verticals.FirstOrDefault(v => v >= part.Box.Right, -1);
        return left >= 0 && right >= 0 && Math.Abs(part.Box.CenterX - ((left + right) / 2)) * 8 < right - left
            && row.Tokens.Count(t => t.Box.CenterX > left && t.Box.CenterX < right) == 1
            && CellKindsBelow(layout, row, part) is var kinds
            && (kinds.Count(k => k == CellKind.Words) >= 2 || (kinds.Count >= 2 && kinds.All(k => k == CellKind.Number)));
    }

    /// <summary>
    /// Fewer garbled labels than missing columns ("品番 as Ae,+(BR wa 単価" where 図番 品名・仕様 数量 単位 are missing): the
    /// labels, in printed order, that the cells below fit one for one (codes under 図番, words under 品名, numbers under
    /// 数量), when exactly one such choice exists; else null.
    /// </summary>
    private static List<string>? ByContent(DocumentLayout layout, Row row, TableSpec spec, List<string> missing, List<Segment> parts)
    {
        var kinds = parts.Select(p => CellKindBelow(layout, row, p)).ToList();
        if (kinds.Contains(CellKind.Unknown) || missing.Count > 8)
        {
            return null;
        }

        List<string>? fit = null;
        foreach (var keys in InOrder(missing, parts.Count))
        {
            if (keys.Select((k, i) => KindOf(spec, k) == kinds[i]).All(x => x))
            {
                if (fit is not null)
                {
                    return null;
                }

                fit = keys;
            }
        }

        return fit;
    }

    private static CellKind KindOf(TableSpec spec, string key) =>
        spec.CodeColumns.Contains(key) ? CellKind.Code
        : spec.NumberColumns.Contains(key) ? CellKind.Number
        : spec.DateColumns.Contains(key) ? CellKind.Date
        : key == "unit" ? CellKind.Unit
        : CellKind.Words;

    /// <summary>Every choice of <paramref name="count"/> keys keeping their order.</summary>
    private static IEnumerable<List<string>> InOrder(List<string> keys, int count)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = 0; i + count <= keys.Count; i++)
        {
            foreach (var rest in InOrder(keys[(i + 1)..], count - 1))
            {
                yield return [keys[i], .. rest];
            }
        }
    }

    /// <summary>What the first rows under <paramref name="label"/> hold, when they agree (up to three rows, empty cells aside).</summary>
    private static CellKind CellKindBelow(DocumentLayout layout, Row row, Segment label) =>
        CellKindsBelow(layout, row, label).Distinct().ToList() is [var kind] ? kind : CellKind.Unknown;

    /// <summary>The kinds of the first three cells under <paramref name="label"/> that hold anything.</summary>
    private static List<CellKind> CellKindsBelow(DocumentLayout layout, Row row, Segment label)
    {
        // Ruling lines bound the cell; without them, the label's width (a name starts left of its centred label).
        var verticals = Verticals(layout.Page(row.Page), row);
        var left = verticals.LastOrDefault(v => v <= label.Box.X + 2, -1);
        var right = verticals.FirstOrDefault(v => v >= label.Box.Right - 2, -1);
        Func<Token, bool> inCell = t => t.Box.CenterX > left && t.Box.CenterX < right;
        if (left < 0 || right < 0)
        {
            (left, right) = (label.Box.X - row.CharHeight, label.Box.Right + row.CharHeight);
            inCell = t => t.Box.Right > left && t.Box.X < right;
        }

        return layout.Rows
            .Where(r => r.Index > row.Index && r.Page == row.Page && r.Box.Y > row.Box.Bottom)
            .Take(3)
            .Select(r => string.Concat(r.Tokens
                .Where(inCell)
                .Select(t => t.Text)))
            .Where(cell => cell.Any(char.IsLetterOrDigit))
            .Select(KindOf)
            .ToList();
    }

    private static CellKind KindOf(string cell)
    {
        if (DateLike().IsMatch(cell))
        {
            return CellKind.Date;
        }

        // 個 and kg are one kind of cell: a unit column whose label was lost ("数量 単位" read "Bm ALA", seed 367's tune-034).
        if (cell.Length <= MaxUnitLength && !cell.Any(char.IsAsciiDigit) && Units.Read(cell) is { Exact: true })
        {
            return CellKind.Unit;
        }

        if (cell.Any(TextNormalizer.IsKanaOrKanji))
        {
            return CellKind.Words;
        }

        var letters = cell.Count(char.IsAsciiLetter);
        var digits = cell.Count(char.IsAsciiDigit);
        return (letters, digits) switch
        {
            (0, > 0) => CellKind.Number,
            (> 0, > 0) when letters <= digits => CellKind.Code,
            (>= 3, _) => CellKind.Words,
            _ => CellKind.Unknown,
        };
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

    /// <summary>
    /// A date however garbled: figures parted by "/", 年 or 月 ("2026/5/11", "202645/11H"), or twice by "." or "-"
    /// ("R8.7.22", "2026-05-11"; one point or dash is a decimal, a thousands mark or a code: "2.850", "D26-4922").
    /// </summary>
    [GeneratedRegex(@"[0-9] ?[/年月] ?[0-9]|(?<![0-9.])[0-9]{1,4}[.-][0-9]{1,2}[.-][0-9]{1,2}(?![0-9])|^[RH令平] ?[0-9]{1,2}[.年]")]
    private static partial Regex DateLike();

    private enum CellKind
    {
        Unknown,
        Code,
        Number,
        Words,
        Date,
        Unit,
    }

    private const int MaxUnitLength = 4;
}
