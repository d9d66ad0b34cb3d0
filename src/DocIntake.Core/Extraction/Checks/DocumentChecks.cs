using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Checks;

/// <summary>
/// The contract's cross-field checks, one implementation for the extraction (on its drafts, before judging) and for
/// the review (on the contract document a reviewer edits).
/// </summary>
public static class DocumentChecks
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        OrderChecks.LineAmountMismatch, OrderChecks.SubtotalMismatch, OrderChecks.TotalMismatch, OrderChecks.DeliveryBeforeOrder,
        QualityChecks.ResultDisagreesWithValues, QualityChecks.OverallResultDisagrees,
    };

    /// <summary>
    /// Re-runs the checks on an edited document: replaces the check problems and each field's <c>failed_check:</c>
    /// reasons. A field a person confirmed or corrected loses its check reasons and stays as reviewed.
    /// Returns whether a field's check reasons changed.
    /// </summary>
    public static bool Apply(ExtractedDocument document)
    {
        var problems = Run(document).Problems;
        document.Problems.RemoveAll(p => Codes.Contains(p.Code));
        document.Problems.AddRange(problems);
        var changed = false;
        foreach (var (path, field) in Paths(document))
        {
            var before = field.Reasons.Where(IsCheckReason).ToHashSet(StringComparer.Ordinal);
            var now = problems.Where(p => p.Fields.Contains(path)).Select(p => ReviewReasons.FailedCheck(p.Code)).ToHashSet(StringComparer.Ordinal);
            if (before.SetEquals(now))
            {
                continue;
            }

            changed = true;
            field.Reasons.RemoveAll(IsCheckReason);
            if (field.Reviewed is null)
            {
                field.Reasons.AddRange(now);
                field.NeedsReview = field.Reasons.Count > 0;
            }
        }

        return changed;
    }

    internal static CheckResults Run(ExtractedDocument document, DateOnly? sentOn = null)
    {
        var results = new CheckResults();
        if (document.DocumentType == DocumentTypes.Order)
        {
            OrderChecks.Run(document, results, sentOn);
        }
        else if (document.DocumentType == DocumentTypes.QualityRecord)
        {
            QualityChecks.Run(document, results);
        }

        return results;
    }

    /// <summary>Runs the checks on the drafts' values: failed checks become problems and review reasons, held ones confidence.</summary>
    internal static void Run(DocumentDrafts drafts, string documentType, DateOnly? sentOn = null)
    {
        var values = new ExtractedDocument
        {
            DocumentType = documentType,
            Fields = Values(drafts.Fields),
            Lines = [.. drafts.Lines.Select(Values)],
            Measurements = [.. drafts.Measurements.Select(Values)],
        };
        var results = Run(values, sentOn);
        foreach (var p in results.Problems)
        {
            drafts.Fail(p.Code, p.Message, [.. p.Fields]);
        }

        drafts.Pass([.. results.Confirmed]);
    }

    private static Dictionary<string, Field> Values(Dictionary<string, FieldDraft> row) =>
        row.ToDictionary(kv => kv.Key, kv => new Field { Value = kv.Value.Value, Text = kv.Value.Text, Reasons = [.. kv.Value.Reasons] }, StringComparer.Ordinal);

    private static bool IsCheckReason(string reason) => reason.StartsWith(ReviewReasons.FailedCheck(""), StringComparison.Ordinal);

    private static IEnumerable<(string Path, Field Field)> Paths(ExtractedDocument document) =>
        document.Fields.Select(kv => (kv.Key, kv.Value)).Concat(Rows("lines", document.Lines)).Concat(Rows("measurements", document.Measurements));

    private static IEnumerable<(string Path, Field Field)> Rows(string section, List<Dictionary<string, Field>> rows) =>
        rows.SelectMany((row, i) => row.Select(kv => ($"{section}[{i}].{kv.Key}", kv.Value)));
}
