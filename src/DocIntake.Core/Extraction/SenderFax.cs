using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction;

/// <summary>The sender's fax number in the contract's phone format, from a mail subject or a fax header line.</summary>
public static class SenderFax
{
    /// <summary>"FAX受信 0566-12-3456", "Fax from +81 566 12 3456" → "0566-12-3456"; null when no number is named.</summary>
    public static string? FromSubject(string? subject) =>
        string.IsNullOrWhiteSpace(subject) ? null : FromText(subject);

    /// <summary>The number in a fax transmission header line (dates, times and page counters left aside).</summary>
    public static string? FromHeaderLine(string? line) =>
        string.IsNullOrWhiteSpace(line) ? null : FromText(line);

    private static string? FromText(string text) =>
        SenderNumber.Find(Core.Text.TextNormalizer.Normalize(text)) is { } number ? ValueReader.Phone(number) : null;
}
