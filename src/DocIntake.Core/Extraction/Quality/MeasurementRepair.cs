using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Quality;

/// <summary>
/// Fax losses in a measured row that the row itself gives away. The repaired value stays doubtful (review); what the
/// repair spares is a result check failing on a misreading, which would send a right 合/PASS to review too.
/// (Lost decimal points, "49.98" read "4998", are not put back: a misread digit beside them, "20.11" read "2001", would
/// turn a real pass-with-a-value-outside into an agreeing row and hide the problem.)
/// </summary>
internal static class MeasurementRepair
{
    /// <summary>
    /// "250.00 +0.10" (doubted already: no second deviation) is a ± whose lower bar the fax lost as often as a one-sided
    /// tolerance. When the row passed and its values spread below the nominal yet within the deviation either side, it
    /// was ±.
    /// </summary>
    public static void LostMinus(Dictionary<string, FieldDraft> m)
    {
        if (!m["lowerLimit"].Reasons.Contains(ReviewReasons.Ambiguous)
            || Number(m["nominal"]) is not { } nominal || Number(m["lowerLimit"]) != nominal || Number(m["upperLimit"]) is not { } upper
            || upper <= nominal || m["result"].Value?.GetValue<string>() != "pass" || m["values"].Value is not JsonArray { Count: > 0 } array)
        {
            return;
        }

        var deviation = upper - nominal;
        var values = array.Select(v => v!.GetValue<decimal>()).ToList();
        if (values.Any(v => v < nominal) && values.All(v => v >= nominal - deviation && v <= upper))
        {
            m["lowerLimit"].Value = JsonValue.Create(nominal - deviation);
            m["lowerLimit"].Reasons.Add(ReviewReasons.Ambiguous);
        }
    }

    private static decimal? Number(FieldDraft d) => d.Value is JsonValue v && v.TryGetValue<decimal>(out var n) ? n : null;
}
