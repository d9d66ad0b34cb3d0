using System.Globalization;
using System.Text.Json.Nodes;
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
        var found = layout.Rows.Where(r => !tableRows.Contains(r.Index))
            .SelectMany(r => r.Tokens.Select(t => (Row: r, Token: t, Match: MonthNumbered().Match(t.Text.Trim('。', '.', ',', '・')))))
            .Where(x => x.Match.Success && x.Match.Groups["month"].Value == month)
            .ToList();
        if (found.Select(x => x.Match.Value).Distinct().Count() != 1)
        {
            return null;
        }

        var (row, token, match) = found[0];
        var draft = FieldDraft.FromSegment(
            QualitySpecs.ReportNumber.Name, QualitySpecs.ReportNumber.Name, ValueKind.Code, QualitySpecs.ReportNumber.Required,
            new Segment([token], row.Index), JsonValue.Create(match.Value));
        draft.Inferred = true;
        draft.Reasons.Add(ReviewReasons.Ambiguous);
        return draft;
    }

    /// <summary>Letters, the year and month, a serial: "QC-2603-0217".</summary>
    [GeneratedRegex(@"^[A-Z]{1,4}-(?<month>[0-9]{4})-[0-9]{2,5}$")]
    private static partial Regex MonthNumbered();
}
