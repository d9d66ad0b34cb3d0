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
}
