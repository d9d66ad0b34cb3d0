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
        var printed = LabelRegex().Replace(TextNormalizer.Nfkc(text), " ");
        var s = LookalikeRepair.ForNumber(printed).TrimStart(':', '.', '#', '=').TrimEnd('.');
        if (s.Count(char.IsAsciiDigit) is < 5 or > 15 || !PhoneCharsRegex().IsMatch(s))
        {
            return null;
        }

        if (TryParse(s, defaultRegion.ToUpperInvariant()) is { } national)
        {
            var formatted = Hyphenate(Util.Format(national, PhoneNumberFormat.NATIONAL));
            return LeadingZeroFitsGroups(printed, formatted) ? formatted : null;
        }

        // Fax TSI lines often print the country code without "+": 81566123456.
        var international = s[0] is >= '1' and <= '9' ? TryParse("+" + s, defaultRegion.ToUpperInvariant()) : null;
        return international is null ? null : Hyphenate(Util.Format(international, PhoneNumberFormat.NATIONAL));
    }

    /// <summary>
    /// The number that opens the text when more follows it ("(0566)75 2208 ド AX: (0566)75 2209": the FAX label garbled,
    /// so the two numbers were not told apart; "; +81-52-203-5521"), as libphonenumber finds numbers in text. Only marks
    /// may stand before it: a number further in belongs to some other label.
    /// </summary>
    public static string? Leading(string? text)
    {
        var s = TextNormalizer.Nfkc(text);
        var first = Util.FindNumbers(s, "JP").FirstOrDefault();
        return first is not null && !s[..first.Start].Any(char.IsLetterOrDigit) ? Format(first.RawString) : null;
    }

    /// <summary>
    /// A Japanese number whose leading 0 OCR lost ("566 75 2208") is given it back by libphonenumber; that is the
    /// number only when the printed groups are its groups. "614-555 -555-" (a US number read twice over itself, seed
    /// 331's tune-005) is no "06-1455-5555".
    /// </summary>
    private static bool LeadingZeroFitsGroups(string text, string formatted)
    {
        var repaired = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LookalikeRepair.ForNumber));
        var groups = DigitGroupRegex().Matches(repaired).Select(m => m.Value).ToList();
        if (text.TrimStart().StartsWith('+') || groups.Count < 2 || groups[0].StartsWith('0') || !formatted.StartsWith('0'))
        {
            return true;
        }

        // The country code printed without "+" ("81 566 12 3456") is no group of the national number.
        return groups.Skip(groups[0] == "81" ? 1 : 0).SequenceEqual(formatted[1..].Split('-').Where(g => g.Length > 0));
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

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex DigitGroupRegex();

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex SeparatorRegex();
}
