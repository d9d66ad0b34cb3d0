using System.Globalization;
using System.Text.Json.Nodes;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Checks;

/// <summary>A draft's number or date, for extraction steps that reason on drafts before the checks run.</summary>
internal static class Numbers
{
    public static decimal? Of(FieldDraft? draft) => CheckValues.Number(draft?.Value);

    /// <summary>A found draft's contract date ("YYYY-MM-DD").</summary>
    public static DateOnly? DateOf(FieldDraft? draft) =>
        draft is { Found: true, Value: JsonValue v } && v.TryGetValue<string>(out var text)
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>Two figures of the same length that differ in exactly one digit: one misread character apart.</summary>
    public static bool OneDigitApart(decimal a, decimal b)
    {
        var (x, y) = (Digits(a), Digits(b));
        return x.Length == y.Length && x.Zip(y).Count(p => p.First != p.Second) == 1;
    }

    private static string Digits(decimal n) => n.ToString("0.##", CultureInfo.InvariantCulture);
}
