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

    /// <summary>How many traits of a fax transmission header a line of text shows (time, page counter, number, FAX/FROM).</summary>
    public static int HeaderEvidence(string line) => FaxHeaderLine.Evidence(line);

    /// <summary>
    /// The header's number, or the number printed on the document or in the customer master that it was misread from.
    /// The fax machine's small font loses its zeros first ("0566 48 7721" read "9566 48 7721", "052" read "952" on
    /// one G4 page in five): a printed number that differs from the header's only where the header has 9, 6 or 8 for a
    /// 0 is the one the fax came from.
    /// </summary>
    internal static string? Settle(string headerLine, IEnumerable<string> printed)
    {
        var read = FromText(headerLine);
        var normalized = Core.Text.TextNormalizer.Normalize(headerLine);
        var known = printed.Distinct(StringComparer.Ordinal).ToList();
        if (read is not null && known.Contains(read, StringComparer.Ordinal))
        {
            return read;
        }

        if (SenderNumber.Find(normalized) is { } raw)
        {
            var digits = Domestic(string.Concat(raw.Where(char.IsAsciiDigit)));
            if (known.FirstOrDefault(p => LostZeros(digits, string.Concat(p.Where(char.IsAsciiDigit)))) is { } zeros)
            {
                return zeros;
            }
        }

        // A run that took in its neighbours ("181532453371 17": a speck and a garbled page counter) may hold a known
        // number, as dialled at home or from abroad (+81, its 0 dropped); an unknown one is not guessed at.
        var runs = SenderNumber.LongRuns(normalized).ToList();
        return known.FirstOrDefault(p => Dialled(p).Any(d => runs.Any(r => r.Contains(d, StringComparison.Ordinal)))) ?? read;
    }

    private static IEnumerable<string> Dialled(string number)
    {
        var digits = string.Concat(number.Where(char.IsAsciiDigit));
        yield return digits;
        if (digits.StartsWith('0'))
        {
            yield return "81" + digits[1..];
        }
    }

    /// <summary>The number as dialled at home: +81 (or 81) for Japan becomes the domestic 0, +1 for the US is dropped.</summary>
    private static string Domestic(string digits) => digits.Length == 11 && digits.StartsWith("81", StringComparison.Ordinal) ? "0" + digits[2..]
        : digits.Length == 11 && digits[0] == '1' ? digits[1..]
        : digits;

    private static bool LostZeros(string header, string number)
    {
        if (header.Length < number.Length || header.Length > number.Length + 2 || header.StartsWith(number, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < number.Length; i++)
        {
            if (header[i] != number[i] && !(number[i] == '0' && header[i] is '9' or '6' or '8'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? FromText(string text) =>
        SenderNumber.Find(Core.Text.TextNormalizer.Normalize(text)) is { } number ? ValueReader.Phone(number) : null;
}
