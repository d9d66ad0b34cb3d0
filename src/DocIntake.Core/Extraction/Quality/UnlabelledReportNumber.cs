using System.Globalization;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Extraction.Quality;

/// <summary>
/// A report number whose label garbled ("成績 リー書番号 QC-2603-0217", "NNQ. ・ QC-2608-0264": seeds 367 and 389, both
/// accepted as not printed) is still told by its form: a code numbered by the inspection's year and month (or the fax's,
/// when the inspection date did not read), above the table. Taken as the report number, placed by form alone, doubted.
/// </summary>
internal static partial class UnlabelledReportNumber
{
    /// <param name="sentOn">The fax header's date: the month to go by when the inspection date did not read.</param>
    public static FieldDraft? Find(DocumentLayout layout, ISet<int> tableRows, FieldDraft inspectionDate, DateOnly? sentOn)
    {
        if ((Numbers.DateOf(inspectionDate) ?? sentOn) is not { } date)
        {
            return null;
        }

        var month = date.ToString("yyMM", CultureInfo.InvariantCulture);
        var draft = OnlyCodeAboveTheTable.Find(layout, tableRows, QualitySpecs.ReportNumber, word =>
            MonthNumbered().Match(word) is { Success: true } m && m.Groups["month"].Value == month ? m.Value : null);
        draft?.Reasons.Add(ReviewReasons.Ambiguous);
        return draft;
    }

    /// <summary>
    /// A segment above the table that begins with a report number's label two letters off ("成縛書乱号 COC_2811_-05Oウ2" for
    /// 成績書番号 QC-2611-0592, fresh seed 677's tune-075, accepted as not printed): the number is printed, so the empty field
    /// goes to review.
    /// </summary>
    public static Segment? GarbledLabel(DocumentLayout layout, ISet<int> tableRows)
    {
        var first = tableRows.Count > 0 ? tableRows.Min() : int.MaxValue;
        return layout.Rows.Where(r => r.Index < first).SelectMany(r => r.Segments)
            .FirstOrDefault(s => QualitySpecs.ReportNumber.Labels.Any(l => l.Length >= 5 && s.Compact.Length > l.Length && !l.Contains(' ', StringComparison.Ordinal)
                && Text.Fuzzy.Distance(s.Compact[..l.Length], l) <= 2 && s.Compact[l.Length..].Any(char.IsAsciiDigit)));
    }

    /// <summary>Letters, the year and month (and day), a serial: "QC-2603-0217", "KS261209-09" (fresh seed 641's tune-074).</summary>
    [GeneratedRegex(@"^[A-Z]{1,4}(?:-(?<month>[0-9]{4})|(?<month>[0-9]{4})[0-9]{2})-[0-9]{2,5}$")]
    private static partial Regex MonthNumbered();
}
