using System.Text;

namespace DocIntake.Core.Text;

/// <summary>
/// Repairs OCR confusions where the context says what a character must be: digits in numbers, letters and digits
/// in codes, katakana inside katakana words. All but <see cref="ForDigitsInText"/> apply NFKC first.
/// </summary>
public static class LookalikeRepair
{
    private const string Dashes = "ー一－—–‐‑―−ｰ";

    /// <summary>
    /// For a field that holds a number: O/o/〇 → 0, l/I/|/丨 → 1, dashes (ー 一 － — −) → '-', 、→ ',';
    /// S → 5, B → 8, Z → 2 only between digits. White space is removed.
    /// </summary>
    public static string ForNumber(string? text)
    {
        var s = TextNormalizer.Nfkc(text);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            sb.Append(c switch
            {
                'O' or 'o' or '〇' or 'Ｏ' => '0',
                'l' or 'I' or '|' or '丨' or '│' => '1',
                '、' => ',',
                _ when Dashes.Contains(c, StringComparison.Ordinal) => '-',
                _ => c,
            });
        }

        for (var i = 1; i < sb.Length - 1; i++)
        {
            if (char.IsAsciiDigit(sb[i - 1]) && char.IsAsciiDigit(sb[i + 1]))
            {
                sb[i] = sb[i] switch { 'S' => '5', 'B' => '8', 'Z' => '2', _ => sb[i] };
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// For free text that holds numbers among words: O/o/〇/I/l/| change only inside a run of digits and look-alikes
    /// that holds a digit and touches no other Latin letter; dashes only between two digits
    /// ("2O26/11/25" → "2026/11/25", "0566ー12ー3456" → "0566-12-3456"; "Nov", "X1O" and "ボルト一式" stay).
    /// Keeps the length, so indices stay valid. No NFKC: pass normalised text.
    /// </summary>
    public static string ForDigitsInText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            // A run of digits and look-alikes that holds a digit and touches no other Latin letter;
            // a look-alike right after a letter belongs to that word ("No.10", "PO").
            if (i > 0 && char.IsAsciiLetter(chars[i - 1]) && DigitLookalike(chars[i]) != '\0')
            {
                i++;
                continue;
            }

            var start = i;
            var hasDigit = false;
            while (i < chars.Length && (char.IsAsciiDigit(chars[i]) || DigitLookalike(chars[i]) != '\0'
                       || (i > start && chars[i] is '.' or ',' && i + 1 < chars.Length
                           && (char.IsAsciiDigit(chars[i + 1]) || DigitLookalike(chars[i + 1]) != '\0'))))
            {
                hasDigit |= char.IsAsciiDigit(chars[i]);
                i++;
            }

            if (hasDigit && !(start > 0 && char.IsAsciiLetter(chars[start - 1])) && !(i < chars.Length && char.IsAsciiLetter(chars[i])))
            {
                for (var j = start; j < i; j++)
                {
                    chars[j] = DigitLookalike(chars[j]) is var d and not '\0' ? d : chars[j];
                }
            }

            if (i == start)
            {
                if (i > 0 && i < chars.Length - 1 && char.IsAsciiDigit(chars[i - 1]) && char.IsAsciiDigit(chars[i + 1])
                    && Dashes.Contains(chars[i], StringComparison.Ordinal))
                {
                    chars[i] = '-';
                }

                i++;
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// For part, lot, drawing and order numbers: upper case, white space removed, dashes → '-', and per segment
    /// (split at - / .) a letters-prefix / digits-body repair: O/I/l in a digit body become 0/1 ("O112" → "0112"),
    /// S/B between digits become 5/8, a 0 in a segment of letters becomes O ("P0" → "PO", "L0T" → "LOT").
    /// Characters other than letters, digits, - / . _ are dropped.
    /// </summary>
    public static string ForCode(string? text)
    {
        var s = TextNormalizer.Nfkc(text);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var mapped = c switch
            {
                '〇' => 'O',
                'l' or '|' or '丨' or '│' => 'I',
                _ when Dashes.Contains(c, StringComparison.Ordinal) => '-',
                _ => char.ToUpperInvariant(c),
            };
            if (char.IsAsciiLetterUpper(mapped) || char.IsAsciiDigit(mapped) || mapped is '-' or '/' or '.' or '_')
            {
                sb.Append(mapped);
            }
        }

        var chars = sb.ToString().ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i == chars.Length || chars[i] is '-' or '/' or '.' or '_')
            {
                RepairSegment(chars.AsSpan(start, i - start));
                start = i + 1;
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// 入 and 人 differ by one stroke's slant, and OCR swaps them: in the words orders print ("資材受入" read "資材受人",
    /// "納入" read "納人") the 人 reading is no word, so it is put back. Likewise part names read with the wrong kana mark.
    /// </summary>
    public static string ForJapaneseWords(string text)
    {
        foreach (var (misread, word) in WordLookalikes)
        {
            text = text.Replace(misread, word, StringComparison.Ordinal);
        }

        return text;
    }

    private static readonly (string Misread, string Word)[] WordLookalikes =
    [
        ("受人", "受入"), ("納人", "納入"), ("人荷", "入荷"), ("人庫", "入庫"), ("記人", "記入"), ("搬人", "搬入"), ("購人", "購入"),

        // Part names whose kana OCR read with the other mark (ブ/プ, バ/パ, テ/デ…): the misreading is no word.
        ("プラケット", "ブラケット"), ("ブレート", "プレート"), ("ペースプレート", "ベースプレート"), ("スブリング", "スプリング"),
        ("ブーリー", "プーリー"), ("バッキン", "パッキン"), ("パルブ", "バルブ"), ("ボンブ", "ポンプ"), ("デーパー", "テーパー"),
    ];

    /// <summary>
    /// Inside katakana runs: 口 → ロ, 力 → カ, 工 → エ, 二 → ニ, 一 → ー, 夕 → タ, 卜 → ト, 八 → ハ, へ/べ/ぺ → ヘ/ベ/ペ.
    /// A character changes only when a neighbour is katakana and the other neighbour is not a kanji
    /// ("セ口ハン" → "セロハン", but "入力", "工場", "ボルト一式" stay).
    /// </summary>
    public static string ForKatakana(string? text)
    {
        var chars = TextNormalizer.Nfkc(text).ToCharArray();
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < chars.Length; i++)
            {
                var k = KatakanaFor(chars[i]);
                if (k == '\0')
                {
                    continue;
                }

                var before = i > 0 ? chars[i - 1] : '\0';
                var after = i < chars.Length - 1 ? chars[i + 1] : '\0';
                var kataNeighbour = TextNormalizer.IsKatakana(before) || TextNormalizer.IsKatakana(after);
                if (kataNeighbour && !IsKanji(before) && !IsKanji(after))
                {
                    chars[i] = k;
                    changed = true;
                }
            }
        }
        while (changed);

        return new string(chars);
    }

    private static char DigitLookalike(char c) => c switch
    {
        'O' or 'o' or '〇' => '0',
        'I' or 'l' or '|' or '丨' or '│' => '1',
        _ => '\0',
    };

    private static char KatakanaFor(char c) => c switch
    {
        '口' => 'ロ',
        '力' => 'カ',
        '工' => 'エ',
        '二' => 'ニ',
        '一' => 'ー',
        '夕' => 'タ',
        '卜' => 'ト',
        '八' => 'ハ',
        'へ' => 'ヘ',
        'べ' => 'ベ',
        'ぺ' => 'ペ',
        _ => '\0',
    };

    private static bool IsKanji(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '々';

    private static void RepairSegment(Span<char> seg)
    {
        if (seg.IsEmpty)
        {
            return;
        }

        // Digit body: the longest suffix of digits and O/I that holds a real digit.
        var bodyStart = seg.Length;
        var hasDigit = false;
        for (var i = seg.Length - 1; i >= 0 && (char.IsAsciiDigit(seg[i]) || seg[i] is 'O' or 'I'); i--)
        {
            bodyStart = i;
            hasDigit |= char.IsAsciiDigit(seg[i]);
        }

        if (hasDigit)
        {
            for (var i = bodyStart; i < seg.Length; i++)
            {
                seg[i] = seg[i] switch { 'O' => '0', 'I' => '1', _ => seg[i] };
            }
        }

        for (var i = 1; i < seg.Length - 1; i++)
        {
            if (char.IsAsciiDigit(seg[i - 1]) && char.IsAsciiDigit(seg[i + 1]))
            {
                seg[i] = seg[i] switch { 'O' => '0', 'I' => '1', 'S' => '5', 'B' => '8', _ => seg[i] };
            }
        }

        // A segment of letters whose only digits are zeros: the zeros are O ("P0", "L0T").
        var letters = 0;
        var others = 0;
        foreach (var c in seg)
        {
            if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (c != '0')
            {
                others++;
            }
        }

        if (letters > 0 && others == 0 && char.IsAsciiLetter(seg[0]))
        {
            seg.Replace('0', 'O');
        }
        else
        {
            for (var i = 1; i < seg.Length - 1; i++)
            {
                if (seg[i] == '0' && char.IsAsciiLetter(seg[i - 1]) && char.IsAsciiLetter(seg[i + 1]))
                {
                    seg[i] = 'O';
                }
            }
        }
    }
}
