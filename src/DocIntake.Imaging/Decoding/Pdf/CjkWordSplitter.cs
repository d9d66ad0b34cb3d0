using UglyToad.PdfPig.Content;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// PdfPig splits words on spaces and gaps, so a Japanese sentence comes out as one "word". Split it after
/// sentence punctuation and around brackets, so a label ("注文番号：") is not glued to its value.
/// </summary>
internal static class CjkWordSplitter
{
    private const string BreakAfter = "、。，．！？：；」』）】〕］｝〉》";
    private const string BreakBefore = "「『（【〔［｛〈《";

    public static IEnumerable<Word> Split(Word word)
    {
        var letters = word.Letters;
        if (letters.Count < 2 || !word.Text.Any(IsCjk))
        {
            yield return word;
            yield break;
        }

        var start = 0;
        for (var i = 1; i < letters.Count; i++)
        {
            if (IsBoundary(letters[i - 1].Value, letters[i].Value))
            {
                yield return new Word(Slice(letters, start, i));
                start = i;
            }
        }

        yield return start == 0 ? word : new Word(Slice(letters, start, letters.Count));
    }

    internal static bool IsBoundary(string previous, string next)
    {
        if (previous.Length == 0 || next.Length == 0)
        {
            return false;
        }

        char p = previous[^1], n = next[0];
        return BreakAfter.Contains(p, StringComparison.Ordinal) || BreakBefore.Contains(n, StringComparison.Ordinal);
    }

    private static Letter[] Slice(IReadOnlyList<Letter> letters, int from, int to)
    {
        var slice = new Letter[to - from];
        for (var i = from; i < to; i++)
        {
            slice[i - from] = letters[i];
        }

        return slice;
    }

    /// <summary>Kana, CJK ideographs and radicals, CJK punctuation, full-width forms.</summary>
    internal static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
