using DocIntake.Core.Pages;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>
/// A run of tokens on one visual row with no wide gap and no vertical ruling inside: a phrase, a cell, "label value".
/// </summary>
internal sealed class Segment
{
    public Segment(IReadOnlyList<Token> tokens, int row)
    {
        if (tokens.Count == 0)
        {
            throw new ArgumentException("A segment needs at least one token.", nameof(tokens));
        }

        Tokens = tokens;
        Row = row;
        Box = tokens.Select(t => t.Box).Aggregate((a, b) => a.Union(b));
        // A text layer's words are the author's: "当社第二工場 資材受入" keeps its space, as the contract asks; so does OCR's
        // reading where the engine saw the blank (TextWord.SpaceBefore), not the cuts it made between Japanese words.
        Text = tokens.All(t => t.Typed) ? TextNormalizer.NormalizeTyped(Join(tokens))
            : string.Join(' ', PrintedWords(tokens).Select(w => TextNormalizer.Normalize(Join(w))));
        Compact = string.Concat(tokens.Select(t => t.Text));
    }

    /// <summary>Words closer than this share of their height are one word when Japanese is on either side.</summary>
    private const double TightGap = 0.2;

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Index of the row in <see cref="DocumentLayout.Rows"/>.</summary>
    public int Row { get; }

    public int Page => Tokens[0].Page;

    public PixelBox Box { get; }

    /// <summary>Contract string form (NFKC, Japanese spaces removed).</summary>
    public string Text { get; }

    /// <summary>All spaces removed: the form labels are matched against.</summary>
    public string Compact { get; }

    /// <summary>The weakest word decides: one bad character makes the value doubtful.</summary>
    public double MinConfidence => Tokens.Min(t => t.Confidence);

    public double MeanConfidence => Tokens.Average(t => t.Confidence);

    /// <summary>The part after the first <paramref name="chars"/> compact characters, or null when nothing is left.</summary>
    public Segment? Skip(int chars)
    {
        var rest = new List<Token>();
        var seen = 0;
        foreach (var token in Tokens)
        {
            if (seen >= chars)
            {
                rest.Add(token);
            }
            else if (seen + token.Text.Length > chars)
            {
                rest.Add(token.SplitAt(chars - seen).Right);
            }

            seen += token.Text.Length;
        }

        return rest.Count == 0 ? null : new Segment(rest, Row);
    }

    /// <summary>The first <paramref name="chars"/> compact characters.</summary>
    public Segment Take(int chars)
    {
        var kept = new List<Token>();
        var seen = 0;
        foreach (var token in Tokens)
        {
            if (seen >= chars)
            {
                break;
            }

            kept.Add(seen + token.Text.Length > chars ? token.SplitAt(chars - seen).Left : token);
            seen += token.Text.Length;
        }

        return new Segment(kept, Row);
    }

    /// <summary>Drops leading separators (":", "：", "・", "…") that sit between a label and its value.</summary>
    public Segment? TrimLeadingSeparators()
    {
        var n = 0;
        while (n < Compact.Length && IsSeparator(Compact[n]))
        {
            n++;
        }

        return n == 0 ? this : Skip(n);
    }

    public static Segment Join(IEnumerable<Segment> parts)
    {
        var list = parts.ToList();
        return new Segment(list.SelectMany(s => s.Tokens).ToList(), list[0].Row);
    }

    public override string ToString() => Text;

    internal static bool IsSeparator(char c) => c is ':' or '：' or '・' or '…' or '_' or '|' or '=' or '】' or ']' or '〕';

    /// <summary>The tokens cut where OCR saw a blank between two Japanese characters.</summary>
    private static IEnumerable<IReadOnlyList<Token>> PrintedWords(IReadOnlyList<Token> tokens)
    {
        var start = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].SpaceBefore && tokens[i - 1].Text.Length > 0 && tokens[i].Text.Length > 0
                && TextNormalizer.IsKanaOrKanji(tokens[i - 1].Text[^1]) && TextNormalizer.IsKanaOrKanji(tokens[i].Text[0]))
            {
                yield return tokens.Skip(start).Take(i - start).ToList();
                start = i;
            }
        }

        yield return tokens.Skip(start).ToList();
    }

    /// <summary>
    /// The words with spaces where the page has them: OCR splits Japanese mixed with Latin where nothing was printed
    /// ("L 型ブラケット", "シャフト ASSY"), so between a Japanese character and another word the gap in pixels decides.
    /// </summary>
    private static string Join(IReadOnlyList<Token> tokens)
    {
        var sb = new System.Text.StringBuilder(tokens[0].Text);
        for (var i = 1; i < tokens.Count; i++)
        {
            var (previous, current) = (tokens[i - 1], tokens[i]);
            var gap = current.Box.X - previous.Box.Right;
            var height = Math.Max(previous.Box.Height, current.Box.Height);
            System.Text.Rune.DecodeLastFromUtf16(previous.Text, out var last, out _);
            System.Text.Rune.DecodeFromUtf16(current.Text, out var first, out _);
            var japanese = TextNormalizer.IsJapanese(last) || TextNormalizer.IsJapanese(first);
            if (!(japanese && gap < height * TightGap))
            {
                sb.Append(' ');
            }

            sb.Append(current.Text);
        }

        return sb.ToString();
    }
}
