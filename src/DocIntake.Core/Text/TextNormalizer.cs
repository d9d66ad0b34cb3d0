using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocIntake.Core.Text;

/// <summary>
/// The contract's string form: NFKC (full-width ASCII to half width, half-width kana to full width, ㈱ to (株)),
/// trimmed, white space runs folded to one space, and the spaces OCR puts between Japanese characters removed.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>
    /// NFKC, trim, fold white space, drop zero-width and control characters, and remove a space whose neighbours are
    /// both Japanese (or one Japanese and one bracket), and those around a number set in Japanese ("納品書 2 部" →
    /// "納品書2部": Japanese sets no space there, OCR does). Spaces between Latin or digit tokens are kept.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = Fold(text.Normalize(NormalizationForm.FormKC));
        if (folded.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return folded;
        }

        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] == ' ' && IsJoinable(folded, i))
            {
                continue;
            }

            sb.Append(folded[i]);
        }

        var joined = sb.ToString();
        return joined.IndexOf(' ', StringComparison.Ordinal) < 0 ? joined : NumberInJapanese().Replace(joined, "$1");
    }

    /// <summary>
    /// NFKC, trim, fold white space and drop zero-width and control characters, keeping every space: for text typed
    /// into a PDF, where a space between Japanese words was typed ("弊社 安城工場").
    /// </summary>
    public static string NormalizeTyped(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Fold(text.Normalize(NormalizationForm.FormKC));

    /// <summary><see cref="Normalize"/> with every space removed: the form for matching labels ("注 文 No ." → "注文No.").</summary>
    public static string Compact(string? text) => Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>NFKC only, for parsers that handle spaces themselves.</summary>
    internal static string Nfkc(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Normalize(NormalizationForm.FormKC);

    /// <summary>True for hiragana, katakana, CJK ideographs (BMP and supplementary) and CJK punctuation.</summary>
    internal static bool IsJapanese(Rune r)
    {
        var v = r.Value;
        return v is (>= 0x3000 and <= 0x303F) // CJK symbols and punctuation: 、。「」〒〇々
            or (>= 0x3040 and <= 0x30FF) // hiragana, katakana, ー
            or (>= 0x31F0 and <= 0x31FF) // katakana phonetic extensions
            or (>= 0x3400 and <= 0x4DBF) // CJK extension A
            or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
            or (>= 0xF900 and <= 0xFAFF) // CJK compatibility ideographs
            or (>= 0xFF5F and <= 0xFF65) // full-width brackets left by NFKC
            or (>= 0x20000 and <= 0x3FFFF); // CJK extensions B..H
    }

    /// <summary>True for kana and the common kanji: a word of Japanese rather than Latin letters OCR made of it.</summary>
    internal static bool IsKanaOrKanji(char c) => c is >= '\u3040' and <= '\u30FF' || IsKanji(c);

    /// <summary>True for the common kanji (CJK unified ideographs).</summary>
    internal static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF';

    internal static bool IsKatakana(char c) => c is (>= '\u30A1' and <= '\u30FA') or 'ー' or (>= '\u31F0' and <= '\u31FF');

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                continue; // zero-width space, BOM, soft hyphen, stray control codes
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsJoinable(string s, int space)
    {
        if (space == 0 || space == s.Length - 1)
        {
            return false;
        }

        var before = PreviousRune(s, space);
        var after = Rune.GetRuneAt(s, space + 1);
        var jb = IsJapanese(before);
        var ja = IsJapanese(after);
        return (jb && ja) || (jb && IsBracket(after)) || (ja && IsBracket(before));
    }

    private static Rune PreviousRune(string s, int index) =>
        index >= 2 && char.IsSurrogatePair(s[index - 2], s[index - 1])
            ? new Rune(s[index - 2], s[index - 1])
            : new Rune(char.IsSurrogate(s[index - 1]) ? '\uFFFD' : s[index - 1]);

    /// <summary>A run of digits with Japanese on both sides and a space on at least one: "書 2 部", "第3 工場".</summary>
    [GeneratedRegex(@"(?<=[\u3040-\u30FF\u4E00-\u9FFF]) ?([0-9]+) ?(?=[\u3040-\u30FF\u4E00-\u9FFF])")]
    private static partial Regex NumberInJapanese();

    private static bool IsBracket(Rune r) => r.Value is '(' or ')' or '[' or ']';
}
