using System.Globalization;
using System.Text.RegularExpressions;

namespace DocIntake.Cli.Commands.Eval;

/// <summary>
/// For each candidate threshold, the precision of the fields it would accept and the share it would send to review,
/// from the confidences of this run: the lowest threshold reaching the target precision is the calibrated one.
/// Fields in review for other reasons (failed check, unknown part, not found) are not affected by the threshold.
/// </summary>
internal static partial class ThresholdCalibration
{
    public static void Print(IReadOnlyList<FieldOutcome> outcomes, double targetPrecision)
    {
        var fields = outcomes.Where(o => !o.Path.StartsWith("problem:", StringComparison.Ordinal)).ToList();
        double? chosen = null;
        Console.Out.WriteLine("threshold  auto_precision  review_rate  auto_wrong");
        for (var t = 0.50; t <= 0.991; t += 0.01)
        {
            var accepted = fields.Where(f => !f.ReviewForOtherReasons && f.Confidence >= t).ToList();
            var wrong = accepted.Count(f => !f.Correct);
            var precision = accepted.Count == 0 ? 1 : 1 - (wrong / (double)accepted.Count);
            var review = fields.Count == 0 ? 0 : 1 - (accepted.Count / (double)fields.Count);
            if (chosen is null && precision >= targetPrecision)
            {
                chosen = t;
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t,9:F2}  {precision,14:F4}  {review,11:F3}  {wrong,10}"));
        }

        Console.Out.WriteLine(chosen is { } c
            ? string.Create(CultureInfo.InvariantCulture, $"CALIBRATED threshold={c:F2} (lowest with auto_precision >= {targetPrecision})")
            : "CALIBRATED threshold=none (no threshold reaches the target)");
        PrintPerField(fields);
    }

    /// <summary>
    /// Per contract field ("lines.unit"), the lowest threshold at which no wrong value would be accepted, and how many
    /// values it accepts there against 0.92: the evidence behind <c>ExtractionOptions.FieldThresholds</c>. Run it over
    /// several sets and take the highest of their figures, one step up.
    /// </summary>
    private static void PrintPerField(List<FieldOutcome> fields)
    {
        Console.Out.WriteLine("field                      accepted@0.92  lowest_without_wrong  accepted_there");
        foreach (var group in fields.Where(f => !f.ReviewForOtherReasons).GroupBy(f => Index().Replace(f.Path, string.Empty)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var lowest = 0.92;
            for (var t = 0.91; t >= 0.495; t -= 0.01)
            {
                if (group.Any(f => !f.Correct && f.Confidence >= t))
                {
                    break;
                }

                lowest = t;
            }

            var at = group.Count(f => f.Confidence >= lowest);
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"{group.Key,-26} {group.Count(f => f.Confidence >= 0.92),13}  {lowest,20:F2}  {at,14}"));
        }
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
