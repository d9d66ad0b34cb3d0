using System.Text;
using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Extraction.Classification;

/// <summary>"ja" when a meaningful share of the letters are Japanese, else "en".</summary>
internal static class LanguageDetector
{
    /// <summary>English documents still carry a few Japanese words (addresses, names); Japanese ones carry many codes.</summary>
    private const double JapaneseShare = 0.2;

    public static string Detect(DocumentLayout layout)
    {
        int japanese = 0, latin = 0;
        foreach (var token in layout.Rows.SelectMany(r => r.Tokens))
        {
            foreach (var rune in token.Text.EnumerateRunes())
            {
                if (IsJapanese(rune))
                {
                    japanese++;
                }
                else if (Rune.IsLetter(rune))
                {
                    latin++;
                }
            }
        }

        return japanese + latin == 0 || japanese >= JapaneseShare * (japanese + latin) ? "ja" : "en";
    }

    private static bool IsJapanese(Rune r) => r.Value is (>= 0x3040 and <= 0x30FF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF);
}
