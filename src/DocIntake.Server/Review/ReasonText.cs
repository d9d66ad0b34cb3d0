using Microsoft.Extensions.Localization;

namespace DocIntake.Server.Review;

/// <summary>Review reasons and problem codes in words (English text is the resource key).</summary>
internal static class ReasonText
{
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["low_ocr_confidence"] = "Low reading confidence",
        ["not_found"] = "Not found on the page",
        ["not_in_master_data"] = "Not in the master data",
        ["differs_from_master_data"] = "Differs from the master data",
        ["ambiguous"] = "Several candidates",
        ["unparsable"] = "Not readable as a value",
        ["unconfirmed"] = "Not confirmed by a cross-field check",
        ["line_amount_mismatch"] = "Quantity x unit price does not match the amount",
        ["subtotal_mismatch"] = "Line amounts do not add up to the subtotal",
        ["total_mismatch"] = "Totals do not match",
        ["delivery_before_order"] = "Delivery date before the order date",
        ["result_disagrees_with_values"] = "Values and result disagree",
        ["overall_result_disagrees"] = "Overall result disagrees with the rows",
        ["bad_input"] = "The file could not be read",
    };

    public static string Describe(string reason, IStringLocalizer t)
    {
        var code = reason.StartsWith("failed_check:", StringComparison.Ordinal) ? reason["failed_check:".Length..] : reason;
        return English.TryGetValue(code, out var text) ? t[text] : reason;
    }
}
