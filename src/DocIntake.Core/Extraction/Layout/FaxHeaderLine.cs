using System.Text.RegularExpressions;
using DocIntake.Core.Pages;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>
/// The transmission header a fax machine prints at the very top of each page (date/time, sender number, name, page
/// counter). Its date is when the fax was sent, not a date of the document, so the row is kept out of the content.
/// </summary>
internal static partial class FaxHeaderLine
{
    /// <summary>Share of the page height at the top (or bottom, for pages fed upside down) where the header sits.</summary>
    private const double EdgeBand = 0.07;

    public static bool Looks(Row row, PageText page)
    {
        var nearEdge = row.Box.Bottom < page.Height * EdgeBand || row.Box.Y > page.Height * (1 - EdgeBand);
        return nearEdge && Evidence(string.Join(' ', row.Tokens.Select(t => t.Text))) >= 2;
    }

    /// <summary>
    /// How many header traits the text shows: a time, a page counter, a long phone-like number (or a longer run of digit
    /// groups holding one), FAX/FROM.
    /// </summary>
    internal static int Evidence(string text)
    {
        var s = TextNormalizer.Normalize(text);
        var score = 0;
        score += Time().IsMatch(s) ? 1 : 0;
        score += PageCounter().IsMatch(s) ? 1 : 0;
        score += SenderNumber.LongRuns(s).Any() ? 1 : 0;
        score += FaxWord().IsMatch(s) ? 1 : 0;
        return score;
    }

    [GeneratedRegex(@"(?<!\d)\d{1,2}:\d{2}(?!\d)")]
    private static partial Regex Time();

    [GeneratedRegex(@"(?:P\.?\s?\d{1,3}\s?/\s?\d{1,3}|(?<![\d/])\d{1,3}\s?/\s?\d{1,3}(?![\d/]))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageCounter();

    [GeneratedRegex(@"\b(?:FAX|FROM|TX|送信)\b|送信元|発信元", RegexOptions.IgnoreCase)]
    private static partial Regex FaxWord();
}
