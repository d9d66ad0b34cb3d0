using System.Text.RegularExpressions;
using PhoneNumbers;

namespace DocIntake.Core.Text;

/// <summary>
/// Phone and fax numbers in their country's national format with hyphens, as libphonenumber groups them:
/// "(0566)12-3456", "+81 566 12 3456", "TEL 0566123456" → "0566-12-3456"; "(614) 555-0143" (US) → "614-555-0143".
/// </summary>
public static partial class PhoneNumberFormatter
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <param name="defaultRegion">ISO 3166 region for numbers printed without a country code ("JP", "US").</param>
    /// <returns>The formatted number, or null when the text holds no single valid number.</returns>
    public static string? Format(string? text, string defaultRegion = "JP")
    {
        var s = LabelRegex().Replace(TextNormalizer.Nfkc(text), " ");
        s = LookalikeRepair.ForNumber(s).TrimStart(':', '.', '#', '=').TrimEnd('.');
        if (s.Count(char.IsAsciiDigit) is < 5 or > 15 || !PhoneCharsRegex().IsMatch(s))
        {
            return null;
        }

        var number = TryParse(s, defaultRegion.ToUpperInvariant())
            // Fax TSI lines often print the country code without "+": 81566123456.
            ?? (s[0] is >= '1' and <= '9' ? TryParse("+" + s, defaultRegion.ToUpperInvariant()) : null);
        return number is null ? null : Hyphenate(Util.Format(number, PhoneNumberFormat.NATIONAL));
    }

    private static PhoneNumber? TryParse(string s, string region)
    {
        try
        {
            var number = Util.Parse(s, region);
            return Util.IsValidNumber(number) ? number : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>"(614) 555-0143" → "614-555-0143", "020 7946 0958" → "020-7946-0958".</summary>
    private static string Hyphenate(string national)
    {
        var s = national.Replace("(", string.Empty, StringComparison.Ordinal).Replace(')', ' ');
        return SeparatorRegex().Replace(s.Trim(), "-");
    }

    [GeneratedRegex(@"TEL/FAX|FAX/TEL|TEL|FAX|PHONE|MOBILE|CELL|電話番号|電話|携帯|ファックス|ファクス|ファクシミリ|番号|☎", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelRegex();

    // What is left must look like one number: digits and + ( ) - . / only.
    [GeneratedRegex(@"^\+?[0-9()\-./]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCharsRegex();

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex SeparatorRegex();
}
