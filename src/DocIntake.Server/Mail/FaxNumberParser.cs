using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace DocIntake.Server.Mail;

/// <summary>
/// The sender's fax number from a fax gateway's subject ("FAX受信 0566-12-3456", "Fax from +81 566 12 3456"),
/// formatted as the contract formats phone numbers (national format with hyphens: "0566-12-3456").
/// </summary>
internal static partial class FaxNumberParser
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static string? FromSubject(string? subject, string region = "JP")
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        // NFKC: full-width digits and ＦＡＸ become ASCII.
        var text = subject.Normalize(NormalizationForm.FormKC);
        if (!FaxWord().IsMatch(text))
        {
            return null;
        }

        var match = Phones.FindNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE, long.MaxValue).FirstOrDefault();
        if (match is null)
        {
            return null;
        }

        // NATIONAL is "0566-12-3456" for Japan and "(614) 555-0143" for the US: hyphens only, as the contract wants.
        var national = Phones.Format(match.Number, PhoneNumberFormat.NATIONAL);
        return Separators().Replace(national.TrimStart('('), "-");
    }

    [GeneratedRegex(@"fax|ファクス|ファックス", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FaxWord();

    [GeneratedRegex(@"[\s()\-]+")]
    private static partial Regex Separators();
}
