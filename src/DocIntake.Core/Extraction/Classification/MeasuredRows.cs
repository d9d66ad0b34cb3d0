using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Layout;

namespace DocIntake.Core.Extraction.Classification;

/// <summary>
/// Evidence for a quality record when a coarse fax lost its title and table header: rows of measured values that end in
/// a verdict ("1 WT 8.000 (10.015/ 0) mm ゲージ 8.006 8.010 8.007 OK"). Over 18 evaluation sets (session 12) 379 of 498
/// quality records had two such rows or more, and none of 830 orders, quotations and invoices had one.
/// </summary>
internal static partial class MeasuredRows
{
    public static int Count(DocumentLayout layout) => layout.Rows.Count(IsMeasured);

    private static bool IsMeasured(Row row) =>
        row.Tokens.Count >= 3 && Verdict().IsMatch(row.Tokens[^1].Text) && row.Tokens.Count(t => Measurement().IsMatch(t.Text)) >= 2;

    [GeneratedRegex(@"^(?:OK|NG|PASS|FAIL|合|否|合格|不合格|良|○|×)$", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    [GeneratedRegex(@"^-?\d+\.\d+$")]
    private static partial Regex Measurement();
}
