using DocIntake.Core.Contract;
using DocIntake.Core.Text;

namespace DocIntake.Server.Review;

/// <summary>
/// Who sent a document, as keys for learning: the fax number (gateway subject or header line, else the buyer's printed
/// FAX), the mail address, the company name. Corrections are stored under the first; looked up under all.
/// </summary>
internal static class SenderKey
{
    public static IReadOnlyList<string> Candidates(ExtractedDocument document)
    {
        var keys = new List<string>();
        Add(keys, "fax:", Digits(document.Source.SenderFax));
        Add(keys, "fax:", Digits(FieldValues.Display(document.Fields.GetValueOrDefault("buyerFax")?.Value)));
        Add(keys, "mail:", document.Source.From?.Trim().ToLowerInvariant());
        var company = document.DocumentType == DocumentTypes.QualityRecord ? "supplierName" : "buyerName";
        Add(keys, "name:", TextNormalizer.Compact(FieldValues.Display(document.Fields.GetValueOrDefault(company)?.Value)));
        return keys;
    }

    public static string? Primary(ExtractedDocument document) => Candidates(document) is [var first, ..] ? first : null;

    private static void Add(List<string> keys, string prefix, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !keys.Contains(prefix + value))
        {
            keys.Add(prefix + value);
        }
    }

    private static string? Digits(string? text) =>
        string.IsNullOrEmpty(text) ? null : new string(TextNormalizer.Normalize(text).Where(char.IsAsciiDigit).ToArray()) is { Length: >= 6 } d ? d : null;
}
