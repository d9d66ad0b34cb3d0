using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Checks;

internal static class Numbers
{
    public static decimal? Of(FieldDraft? draft) =>
        draft?.Value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    /// <summary>Yen amounts are whole; a cent covers rounding of dollar amounts; half a yen covers ×0.5 prices.</summary>
    public static bool Same(decimal a, decimal b, string? currency) => Math.Abs(a - b) <= (currency == "JPY" ? 0.5m : 0.01m);
}
