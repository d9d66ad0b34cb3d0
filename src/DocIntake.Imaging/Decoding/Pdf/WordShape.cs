using System.Text.RegularExpressions;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Does a token look like something a person wrote: a word in one alphabet with normal casing, a number or
/// date, an identifier such as "PO-2024-001", or CJK text. OCR junk fails: "CyMMa", "Cl&gt;opMa", "vote{note".
/// </summary>
internal static partial class WordShape
{
    private const string EdgePunctuation = "()[]{}<>\"'«»“”‘’.,;:!?-—–/*•…%$€¥£#&@+=_・。、「」（）：；！？【】『』〔〕";

    public static bool IsPlausible(string token)
    {
        var text = token.Trim().Trim(EdgePunctuation.ToCharArray());
        if (text.Length == 0 || text.Any(CjkWordSplitter.IsCjk))
        {
            return true;
        }

        if (NumberLike().IsMatch(text) || IdentifierLike().IsMatch(text))
        {
            return true;
        }

        var alphabet = Alphabet.None;
        var previousLower = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                var current = AlphabetOf(c);
                if (alphabet != Alphabet.None && current != alphabet)
                {
                    return false;
                }

                if (previousLower && char.IsUpper(c))
                {
                    return false;
                }

                alphabet = current;
                previousLower = char.IsLower(c);
            }
            else if (IsInnerPunctuation(c))
            {
                previousLower = false;
            }
            else
            {
                return false;
            }
        }

        return alphabet != Alphabet.None;
    }

    private static bool IsInnerPunctuation(char c) => c is '-' or '\'' or '’' or '.' or '&' or '/' or '@' or '_' or ':';

    private static Alphabet AlphabetOf(char c) => c switch
    {
        < '\u0250' => Alphabet.Latin,
        >= '\u0370' and < '\u0400' => Alphabet.Greek,
        >= '\u0400' and < '\u0530' => Alphabet.Cyrillic,
        _ => Alphabet.Other,
    };

    // Amounts, dates, times, phone numbers: digits with separators.
    [GeneratedRegex(@"^[+\-]?\d[\d.,/:\-]*$")]
    private static partial Regex NumberLike();

    // Codes and identifiers: letters and digits in runs joined by separators (PO-2024-001, SPE8EF-26-T-0545, A4, 3D).
    [GeneratedRegex(@"^(?=.*\d)(?:[A-Za-z]+|\d+)(?:[\-./_]?(?:[A-Za-z]+|\d+)){0,12}$")]
    private static partial Regex IdentifierLike();

    private enum Alphabet
    {
        None,
        Latin,
        Greek,
        Cyrillic,
        Other,
    }
}
