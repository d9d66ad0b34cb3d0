using System.Text.RegularExpressions;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>Finds a phone/fax number in free text (a fax header line, a mail subject) leaving dates, times and counters aside.</summary>
internal static partial class SenderNumber
{
    /// <summary>The first run of digit groups (with + ( ) - and spaces) holding 10 to 12 digits, or null.</summary>
    public static string? Find(string text) => FindAll(text).FirstOrDefault();

    /// <summary>Every run of digit groups holding 10 to 12 digits, in order.</summary>
    public static IEnumerable<string> FindAll(string text) =>
        Candidate().Matches(Noise().Replace(text, " "))
            .Select(m => m.Value.Trim())
            .Where(v => v.Count(char.IsAsciiDigit) is >= 10 and <= 12);

    /// <summary>
    /// The digits of every run of digit groups holding 10 or more: a number, or one that took in a neighbour
    /// ("181532453371 17": a speck and a garbled page counter read into it), for finding a known number within.
    /// </summary>
    public static IEnumerable<string> LongRuns(string text) =>
        Candidate().Matches(Noise().Replace(text, " "))
            .Select(m => string.Concat(m.Value.Where(char.IsAsciiDigit)))
            .Where(digits => digits.Length >= 10);

    // Dates (2026/11/20, 2026-11-20, 2026年11月20日, 11/20), times (14:32) and page counters (P.001/002) are not numbers.
    [GeneratedRegex(@"(?:19|20)\d{2}[/.\-年]\d{1,2}[/.\-月]\d{1,2}日?|\d{2}/\d{1,2}/\d{1,2}|\d{1,2}[/月]\d{1,2}日?|\d{1,2}:\d{2}(:\d{2})?|P\.?\s?\d+\s?/\s?\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\+?\(?\d[\d()\-]*(?: ?-? ?\(?\d[\d()\-]*)*")]
    private static partial Regex Candidate();
}
