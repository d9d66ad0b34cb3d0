using DocIntake.Core.Pages;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>
/// Tesseract sometimes reads the same ink twice, as a second text line over the first: heavy bold type (a company name
/// struck twice, a little apart), a glyph's piece, a line of a fax whose scan lines doubled. On one row the two readings
/// would interleave ("高浜高浜精密精密…", "添付ののここと"): the second reading goes, the surer one stays.
/// </summary>
internal static class DoubleReadings
{
    /// <summary>A word read this surely is ink, whichever reading it came in.</summary>
    private const double SureWord = 0.9;

    public static void Remove(List<Token> tokens)
    {
        RemoveGhostLines(tokens);
        RemoveWordsReadTwice(tokens);
    }

    /// <summary>
    /// A shorter OCR line lying over a longer one whose words are mostly the letters of the words beneath them, in the
    /// same order ("ロ 部 添付 の こ" over "納品書2部添付のこと", seed 71's tune-034), is that text read again. Letters
    /// matched anywhere on the line would not do: "TEL: 052 621 8850" beside "FAX.052一621一8851" is no second reading.
    /// A sure word of the second reading where the first has a gap is ink the first skipped: it joins the first line
    /// ("の こと" read only by the second reading of "梱包は通い箱にて納入のこと", seed 397's tune-066, where the remark
    /// was accepted without its end).
    /// </summary>
    private static void RemoveGhostLines(List<Token> tokens)
    {
        var lines = tokens.Where(t => !t.Typed && t.Line >= 0)
            .GroupBy(t => t.Line)
            .Select(g => (Line: g.Key, Tokens: g.ToList(), Box: g.Select(t => t.Box).Aggregate((a, b) => a.Union(b)), Text: string.Concat(g.OrderBy(t => t.Box.X).Select(t => t.Text))))
            .ToList();
        var ghosts = new HashSet<int>();
        var skipped = new Dictionary<Token, int>(ReferenceEqualityComparer.Instance);
        foreach (var ghost in lines.Where(l => l.Text.Length >= 3))
        {
            foreach (var line in lines)
            {
                if (line.Line == ghost.Line || line.Text.Length <= ghost.Text.Length || ghosts.Contains(line.Line)
                    || Math.Min(line.Box.Bottom, ghost.Box.Bottom) - Math.Max(line.Box.Y, ghost.Box.Y) < 0.5 * Math.Min(line.Box.Height, ghost.Box.Height)
                    || ghost.Box.X < line.Box.X - ghost.Box.Height || ghost.Box.Right > line.Box.Right + ghost.Box.Height)
                {
                    continue;
                }

                var margin = Row.Median(line.Tokens.Select(t => t.Box.Height)) / 2;
                if (ghost.Tokens.Sum(g => CommonSubsequence(g.Text, Beneath(g, line.Tokens, margin))) >= 0.6 * ghost.Text.Length)
                {
                    ghosts.Add(ghost.Line);
                    foreach (var word in ghost.Tokens.Where(g => g.Confidence >= SureWord && Beneath(g, line.Tokens, margin).Length == 0))
                    {
                        skipped[word] = line.Line;
                    }

                    break;
                }
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (skipped.TryGetValue(tokens[i], out var into))
            {
                tokens[i] = tokens[i] with { Line = into };
            }
        }

        tokens.RemoveAll(t => !t.Typed && ghosts.Contains(t.Line));
    }

    /// <summary>The text of a line's words at a word's place, give or take half a letter of that line each side.</summary>
    private static string Beneath(Token word, List<Token> line, int margin)
    {
        return string.Concat(line.Where(t => t.Box.Right > word.Box.X - margin && t.Box.X < word.Box.Right + margin).OrderBy(t => t.Box.X).Select(t => t.Text));
    }

    /// <summary>
    /// The same text over most of another word's box is one word read twice: the surer reading stays. A piece of a glyph
    /// read again on a line of its own lies inside the word it belongs to (on one line, Japanese words' boxes overlap), in
    /// under half its area and read less surely ("4" inside 判定 and "a" over 合格, seed 331's tune-028): the word stays.
    /// </summary>
    private static void RemoveWordsReadTwice(List<Token> tokens)
    {
        var twice = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < tokens.Count; i++)
        {
            var a = tokens[i];
            for (var j = i + 1; j < tokens.Count && tokens[j].Box.CenterY - a.Box.CenterY < Math.Max(a.Box.Height, tokens[j].Box.Height); j++)
            {
                var b = tokens[j];
                if (twice.Contains(a) || twice.Contains(b) || SharedArea(a.Box, b.Box) <= 0.6)
                {
                    continue;
                }

                if (a.Text == b.Text)
                {
                    twice.Add(a.Confidence >= b.Confidence ? b : a);
                }
                else if ((Area(a.Box) < Area(b.Box) ? (a, b) : (b, a)) is var (piece, word) && !piece.Typed && piece.Line != word.Line
                    && Area(piece.Box) * 2 <= Area(word.Box) && piece.Confidence < word.Confidence)
                {
                    twice.Add(piece);
                }
            }
        }

        tokens.RemoveAll(twice.Contains);
    }

    /// <summary>The area two boxes share, as a share of the smaller one.</summary>
    private static double SharedArea(PixelBox a, PixelBox b)
    {
        var width = DocumentLayout.Overlap(a, b);
        var height = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y);
        return width <= 0 || height <= 0 ? 0 : width * (double)height / Math.Max(1, Math.Min(Area(a), Area(b)));
    }

    private static int Area(PixelBox box) => box.Width * box.Height;

    /// <summary>Length of the longest common subsequence of two short texts.</summary>
    private static int CommonSubsequence(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = ca == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
