using System.Globalization;
using System.Text.Json.Nodes;
using DocIntake.Core.Contract;

namespace DocIntake.Core.Extraction.Checks;

/// <summary>
/// Field values as the checks read them. Tolerant of the value's JSON kind: a reviewer's document comes back from JSON,
/// where a wrong kind must read as "no value", not throw.
/// </summary>
internal static class CheckValues
{
    public static decimal? Number(JsonNode? value) => value is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    public static decimal? Number(Field? field) => Number(field?.Value);

    public static string? Text(Field? field) => field?.Value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    /// <summary>A contract date, "YYYY-MM-DD".</summary>
    public static DateOnly? Date(Field? field) =>
        DateOnly.TryParseExact(Text(field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Yen amounts are whole; a cent covers rounding of dollar amounts; half a yen covers ×0.5 prices.</summary>
    public static bool Same(decimal a, decimal b, string? currency) => Math.Abs(a - b) <= (currency == "JPY" ? 0.5m : 0.01m);
}
