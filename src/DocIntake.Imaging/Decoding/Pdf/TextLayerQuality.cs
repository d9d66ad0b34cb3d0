using System.Globalization;
using System.Text;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>Whether a page's text layer can be used instead of OCR, and why not.</summary>
internal sealed record TextLayerVerdict(bool Good, string Reason, double Confidence)
{
    public string Operation => Good ? "pdf_text_layer:good" : $"pdf_text_layer:rejected:{Reason}";
}

/// <summary>
/// Judges a text layer. Born-digital text only has to decode to real characters; a layer over a full-page
/// image or drawn invisibly (a scanner's or OCR tool's layer) must also read as words, because scanners often
/// produce junk (Cyrillic read as Latin, chart labels read as symbols) that our own OCR would beat.
/// </summary>
internal static class TextLayerQuality
{
    /// <summary>Fewer letters than this over a full-page image is a stamp or a label, not a text layer.</summary>
    public const int MinLettersOverImage = 20;

    /// <summary>A page's first words are a fair sample; judging thousands costs time on every text page.</summary>
    private const int SampleWords = 600;

    public static TextLayerVerdict Assess(IReadOnlyList<string> allWords, bool overImage)
    {
        var words = allWords.Count > SampleWords ? allWords.Take(SampleWords).ToList() : allWords;
        var letters = 0;
        var broken = 0;
        var swapped = 0;
        foreach (var rune in words.SelectMany(w => w.EnumerateRunes()))
        {
            if (Rune.IsWhiteSpace(rune))
            {
                continue;
            }

            letters++;
            if (IsBroken(rune))
            {
                broken++;
            }
            else if (LooksByteSwapped(rune))
            {
                swapped++;
            }
        }

        if (letters == 0)
        {
            return new(false, "no_text", 0);
        }

        if (overImage && letters < MinLettersOverImage)
        {
            return new(false, "too_little_text", 0);
        }

        if (broken > 0.05 * letters)
        {
            return new(false, "unmapped_glyphs", 0);
        }

        if (swapped > 0.3 * letters)
        {
            return new(false, "byte_swapped_text", 0);
        }

        // Judge the tokens with letters: page numbers and amounts read fine even from a junk layer.
        var withLetters = words.Where(WordShape.HasLetters).ToList();
        var judged = withLetters.Count >= 5 ? withLetters : words;
        var plausible = judged.Count(WordShape.IsPlausible) / (double)judged.Count;
        var needed = overImage ? 0.85 : 0.6;
        if (plausible < needed)
        {
            return new(false, string.Create(CultureInfo.InvariantCulture, $"implausible_words:{plausible:F2}"), plausible);
        }

        return new(true, "good", overImage ? Math.Round(plausible, 2) : 1.0);
    }

    /// <summary>Replacement character, private use (unmapped glyphs), controls.</summary>
    private static bool IsBroken(Rune rune) =>
        rune.Value == 0xFFFD
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.PrivateUse or UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned;

    /// <summary>UTF-16 read with the wrong byte order: ASCII "M" (0x004D) becomes U+4D00.</summary>
    private static bool LooksByteSwapped(Rune rune) => rune.Value is >= 0x2000 and <= 0x7EFF && (rune.Value & 0xFF) == 0;
}
