using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Judging;

using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// The diameter mark φ before a size ("シャフト φ10") is read "$", "¢" or "@" by OCR. In a Japanese description a dollar
/// sign before digits is no price: it is repaired to φ, and the line's description goes to review all the same.
/// </summary>
internal static partial class DiameterMark
{
    public static void Repair(FieldDraft description)
    {
        if (description.Value?.GetValue<string>() is not { } text || !text.Any(TextNormalizer.IsKanaOrKanji) || !Misread().IsMatch(text))
        {
            return;
        }

        description.Value = JsonValue.Create(Misread().Replace(text, "φ"));
        description.Reasons.Add(ReviewReasons.Ambiguous);
    }

    [GeneratedRegex(@"[$¢@](?=\s?[0-9])")]
    private static partial Regex Misread();
}
