using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Quality;

/// <summary>
/// A lot numbered after the month it was made in ("L2602-13") comes back from a fax or scan with its L read as a 1 or
/// "1." ("12602-13", "1.2603-10": eleven such over 30 sets, seed 409's tune-008 accepted). A 1 before the inspection
/// date's year and month is that L: put back, doubted, the reading kept as the field's text.
/// </summary>
internal static partial class LotByInspectionDate
{
    public static void Repair(FieldDraft lot, FieldDraft inspectionDate)
    {
        if (lot.Value?.GetValue<string>() is not { } read || Numbers.DateOf(inspectionDate) is not { } date
            || LForOne().Match(read) is not { Success: true } m
            || m.Groups["month"].Value != date.ToString("yyMM", CultureInfo.InvariantCulture))
        {
            return;
        }

        lot.Value = JsonValue.Create("L" + m.Groups["month"].Value + m.Groups["rest"].Value);
        lot.Reasons.Add(ReviewReasons.Ambiguous);
    }

    [GeneratedRegex(@"^1\.?(?<month>[0-9]{4})(?<rest>(?:-[0-9]{1,3})?)$")]
    private static partial Regex LForOne();
}
