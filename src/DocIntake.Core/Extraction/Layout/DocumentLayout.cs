using DocIntake.Core.Pages;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>
/// All pages as rows of segments in reading order (page, then top to bottom), with the ruling lines per page and the
/// fax transmission header rows set apart (they are not part of the document's content).
/// </summary>
internal sealed class DocumentLayout
{
    private readonly Dictionary<int, PageText> pages;

    private DocumentLayout(IReadOnlyList<PageText> pages, List<Row> rows, List<Row> faxHeaders)
    {
        this.pages = pages.ToDictionary(p => p.Number);
        Rows = rows;
        FaxHeaderRows = faxHeaders;
    }

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>Rows recognised as fax transmission headers (top or bottom edge of a page).</summary>
    public IReadOnlyList<Row> FaxHeaderRows { get; }

    public IEnumerable<Segment> Segments => Rows.SelectMany(r => r.Segments);

    public PageText Page(int number) => pages[number];

    public bool HasRulings(int page) => pages[page].Rulings.Count > 0;

    public static DocumentLayout Build(IReadOnlyList<PageText> pages)
    {
        pages = [.. pages.Select(TableRulings.Of)];
        var rows = new List<Row>();
        var headers = new List<Row>();
        foreach (var page in pages.OrderBy(p => p.Number))
        {
            var verticals = page.Rulings.Where(r => !r.Horizontal).Select(r => r.Box).ToList();
            foreach (var tokens in GroupRows(page))
            {
                var index = rows.Count;
                var row = new Row(index, page.Number, tokens, Split(tokens, index, verticals));
                if (FaxHeaderLine.Looks(row, page))
                {
                    headers.Add(row);
                    continue;
                }

                rows.Add(row);
            }
        }

        return new DocumentLayout(pages, rows, headers);
    }

    /// <summary>Segments to the right of <paramref name="segment"/> on its row, nearest first.</summary>
    public IEnumerable<Segment> RightOf(Segment segment) =>
        Rows[segment.Row].Segments.Where(s => s.Box.X >= segment.Box.Right - 2).OrderBy(s => s.Box.X);

    /// <summary>
    /// Segments below <paramref name="segment"/> on the same page that overlap it horizontally, nearest row first,
    /// within <paramref name="maxRows"/> rows.
    /// </summary>
    public IEnumerable<Segment> Below(Segment segment, int maxRows = 3)
    {
        var taken = 0;
        for (var i = segment.Row + 1; i < Rows.Count && taken < maxRows; i++)
        {
            var row = Rows[i];
            if (row.Page != segment.Page)
            {
                yield break;
            }

            var gap = row.Box.Y - segment.Box.Bottom;
            if (gap > 4 * Math.Max(segment.Box.Height, row.CharHeight))
            {
                yield break;
            }

            taken++;
            foreach (var s in row.Segments.Where(s => Overlap(s.Box, segment.Box) > 0).OrderBy(s => Math.Abs(s.Box.X - segment.Box.X)))
            {
                yield return s;
            }
        }
    }

    /// <summary>True when a vertical ruling line runs between the two boxes (they sit in different cells).</summary>
    public bool RulingBetween(int page, int left, int right, int y)
    {
        foreach (var r in pages[page].Rulings)
        {
            if (!r.Horizontal && r.Box.CenterX > left && r.Box.CenterX < right && r.Box.Y <= y && r.Box.Bottom >= y)
            {
                return true;
            }
        }

        return false;
    }

    internal static int Overlap(PixelBox a, PixelBox b) => Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X);

    private static List<List<Token>> GroupRows(PageText page)
    {
        var tokens = page.Words
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => Token.From(w, page.Number, typed: page.Source == Contract.TextSources.PdfText))
            .Where(t => t.Text.Length > 0)
            .OrderBy(t => t.Box.CenterY)
            .ToList();
        if (tokens.Count == 0)
        {
            return [];
        }

        // Rows are seeded by text of the page's size. A token much taller (a ruling remnant read as "|", two cells read
        // as one word) would stretch its row over the rows below and swallow them; a speck ("." or "-" of noise) would
        // start a row of its own that splits the real one ("4" apart from "wie 58.0 ~ 62.0"). Both join a row their
        // centre falls in afterwards, without growing it.
        var median = Row.Median(tokens.Select(t => t.Box.Height));

        // A word of several letters in a box a quarter of the text's height each way (2×2 px "LE") is a speck OCR
        // read as letters: no text fits there.
        tokens.RemoveAll(t => t.Text.Length >= 2 && t.Box.Height < 0.25 * median && t.Box.Width < 0.25 * median);
        DoubleReadings.Remove(tokens);
        if (tokens.Count == 0)
        {
            return [];
        }

        bool Sized(Token t) => t.Box.Height <= 1.8 * median && t.Box.Height >= 0.4 * median;
        var rows = new List<(PixelBox Box, List<Token> Tokens)>();
        foreach (var token in tokens.Where(Sized))
        {
            var best = -1;
            var bestOverlap = 0.0;
            for (var i = Math.Max(0, rows.Count - 4); i < rows.Count; i++)
            {
                var box = rows[i].Box;
                var overlap = Math.Min(box.Bottom, token.Box.Bottom) - Math.Max(box.Y, token.Box.Y);
                var ratio = overlap / (double)Math.Max(1, Math.Min(RowHeight(rows[i].Tokens), token.Box.Height));
                if (ratio > 0.5 && ratio > bestOverlap)
                {
                    best = i;
                    bestOverlap = ratio;
                }
            }

            if (best < 0)
            {
                rows.Add((token.Box, [token]));
            }
            else
            {
                rows[best].Tokens.Add(token);
                rows[best] = (rows[best].Box.Union(token.Box), rows[best].Tokens);
            }
        }

        foreach (var token in tokens.Where(t => !Sized(t)))
        {
            var home = -1;
            var homeGap = int.MaxValue;
            for (var i = 0; i < rows.Count; i++)
            {
                var box = rows[i].Box;
                if (box.Y > token.Box.CenterY || token.Box.CenterY >= box.Bottom)
                {
                    continue;
                }

                // Two rows side by side at slightly different heights both hold the centre: the word belongs with the
                // words it runs on from, else with the row whose middle is nearer.
                var gap = rows[i].Tokens.Min(t => Math.Max(0, Math.Max(t.Box.X - token.Box.Right, token.Box.X - t.Box.Right)));
                if (gap < homeGap || (gap == homeGap && Math.Abs(box.CenterY - token.Box.CenterY) < Math.Abs(rows[home].Box.CenterY - token.Box.CenterY)))
                {
                    home = i;
                    homeGap = gap;
                }
            }

            if (home < 0)
            {
                rows.Add((token.Box, [token]));
            }
            else
            {
                rows[home].Tokens.Add(token);
            }
        }

        return rows.OrderBy(r => r.Box.CenterY).Select(r => r.Tokens.OrderBy(t => t.Box.X).ToList()).ToList();
    }

    private static int RowHeight(List<Token> tokens) => Row.Median(tokens.Select(t => t.Box.Height));

    private static List<Segment> Split(List<Token> tokens, int row, List<PixelBox> verticals)
    {
        var height = Math.Max(1, Row.Median(tokens.Select(t => t.Box.Height)));
        var segments = new List<Segment>();
        var current = new List<Token> { tokens[0] };
        for (var i = 1; i < tokens.Count; i++)
        {
            var prev = tokens[i - 1];
            var next = tokens[i];
            var gap = next.Box.X - prev.Box.Right;
            var y = (prev.Box.CenterY + next.Box.CenterY) / 2;
            var ruled = verticals.Any(v => v.CenterX >= prev.Box.Right - 1 && v.CenterX <= next.Box.X + 1 && v.Y <= y && v.Bottom >= y);
            if ((gap > 1.6 * height && !KatakanaGoesOn(prev, next, gap, height)) || ruled)
            {
                segments.Add(new Segment(current, row));
                current = [];
            }

            current.Add(next);
        }

        segments.Add(new Segment(current, row));
        return segments;
    }

    /// <summary>
    /// A katakana word the engine read on without a blank ("テー パー | カラ ー", seed 421's tune-054, "カラ" boxed narrow
    /// at its right end): a gap a little over the rule's is one word's, not two cells'.
    /// </summary>
    private static bool KatakanaGoesOn(Token prev, Token next, int gap, int height) =>
        !next.SpaceBefore && gap <= 2 * height && prev.Text.Length > 0 && next.Text.Length > 0
        && TextNormalizer.IsKatakana(prev.Text[^1]) && TextNormalizer.IsKatakana(next.Text[0]);
}
