using System.Text.Json.Nodes;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Checks;

/// <summary>The contract's checks for quality records: values against limits and row results, rows against the overall result.</summary>
internal static class QualityChecks
{
    public const string ResultDisagreesWithValues = "result_disagrees_with_values";
    public const string OverallResultDisagrees = "overall_result_disagrees";

    public static void Run(DocumentDrafts drafts)
    {
        for (var i = 0; i < drafts.Measurements.Count; i++)
        {
            Row(drafts, i);
        }

        Overall(drafts);
    }

    private static void Row(DocumentDrafts drafts, int i)
    {
        var m = drafts.Measurements[i];
        var result = m["result"].Value?.GetValue<string>();
        var lower = Numbers.Of(m["lowerLimit"]);
        var upper = Numbers.Of(m["upperLimit"]);
        if (result is null || m["values"].Value is not JsonArray values || (lower is null && upper is null))
        {
            return;
        }

        var inside = values.All(v => v is JsonValue jv && jv.TryGetValue<decimal>(out var d) && (lower is null || d >= lower) && (upper is null || d <= upper));
        var fields = new[] { $"measurements[{i}].values", $"measurements[{i}].result" };
        if (inside == (result == "pass"))
        {
            drafts.Pass([.. fields, $"measurements[{i}].lowerLimit", $"measurements[{i}].upperLimit", $"measurements[{i}].nominal"]);
        }
        else
        {
            drafts.Fail(ResultDisagreesWithValues, $"row {i + 1}: values {(inside ? "within" : "outside")} the limits but the row says {result}", fields);
        }
    }

    private static void Overall(DocumentDrafts drafts)
    {
        var overall = drafts.Fields["overallResult"].Value?.GetValue<string>();
        var rows = drafts.Measurements.Select(m => m["result"].Value?.GetValue<string>()).ToList();
        if (overall is null || rows.Count == 0 || rows.Any(r => r is null))
        {
            return;
        }

        var allPass = rows.All(r => r == "pass");
        if (allPass == (overall == "pass"))
        {
            drafts.Pass(["overallResult", .. Enumerable.Range(0, rows.Count).Select(i => $"measurements[{i}].result")]);
        }
        else
        {
            drafts.Fail(OverallResultDisagrees, $"overall result {overall} but {(allPass ? "every row passes" : "a row fails")}", "overallResult");
        }
    }
}
