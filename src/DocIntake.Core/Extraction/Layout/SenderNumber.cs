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
    /// Within runs too long to be one number ("81532453371 17": a garbled page counter read into it), every span of
    /// whole digit groups holding 10 to 12 digits: candidates only, for matching against numbers already known.
    /// </summary>
    public static IEnumerable<string> Spans(string text)
    {
        foreach (var run in Candidate().Matches(Noise().Replace(text, " ")).Select(m => m.Value.Trim()).Where(v => v.Count(char.IsAsciiDigit) > 12))
        {
            var groups = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var start = 0; start < groups.Length; start++)
            {
                for (var end = start + 1; end <= groups.Length; end++)
                {
                    var span = string.Join(' ', groups[start..end]);
                    if (span.Count(char.IsAsciiDigit) is >= 10 and <= 12)
                    {
                        yield return span;
                    }
                }
            }
        }
    }

    // Dates (2026/11/20, 2026-11-20, 2026年11月20日, 11/20), times (14:32) and page counters (P.001/002) are not numbers.
    [GeneratedRegex(@"(?:19|20)\d{2}[/.\-年]\d{1,2}[/.\-月]\d{1,2}日?|\d{2}/\d{1,2}/\d{1,2}|\d{1,2}[/月]\d{1,2}日?|\d{1,2}:\d{2}(:\d{2})?|P\.?\s?\d+\s?/\s?\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Noise();

    [GeneratedRegex(@"\+?\(?\d[\d()\-]*(?: ?-? ?\(?\d[\d()\-]*)*")]
    private static partial Regex Candidate();
}
