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

        if (NumberLike().IsMatch(text) || (text.Length <= 64 && IdentifierLike().IsMatch(text)))
        {
            return true;
        }

        var alphabet = Alphabet.None;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                var current = AlphabetOf(c);
                if (alphabet != Alphabet.None && current != alphabet)
                {
                    return false;
                }

                alphabet = current;
            }
            else if (!IsInnerPunctuation(c))
            {
                return false;
            }
        }

        return alphabet != Alphabet.None && text.Split(InnerPunctuation).All(HasNormalCasing);
    }

    /// <summary>Whether a token has letters (words, codes), as opposed to a number or a symbol.</summary>
    public static bool HasLetters(string token) => token.Any(char.IsLetter);

    /// <summary>lower, Capitalised, UPPER or UPPERs ("PDFs"); OCR junk mixes cases ("CyMMa", "CTp").</summary>
    private static bool HasNormalCasing(string part)
    {
        var letters = part.Where(char.IsLetter).ToArray();
        if (letters.Length < 2 || !letters.Skip(1).Any(char.IsUpper) || letters.All(char.IsUpper))
        {
            return true;
        }

        return letters.Length > 2 && letters[^1] == 's' && letters[..^1].All(char.IsUpper);
    }

    private static readonly char[] InnerPunctuation = ['-', '\'', '’', '.', '&', '/', '@', '_', ':'];

    private static bool IsInnerPunctuation(char c) => InnerPunctuation.Contains(c);

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

    // Codes and identifiers: digits with letters of one case, runs joined by separators (PO-2024-001, SPE8EF-26-T-0545, A4, 3d).
    // Atomic groups: each run takes all its characters, so long words cannot backtrack exponentially.
    [GeneratedRegex(@"^(?=.*\d)(?:(?>[A-Z]+|\d+)(?>[\-./_]?(?>[A-Z]+|\d+)){0,12}|(?>[a-z]+|\d+)(?>[\-./_]?(?>[a-z]+|\d+)){0,12})$")]
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
