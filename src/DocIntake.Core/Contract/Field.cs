using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DocIntake.Core.Contract;

/// <summary>One extracted value with its evidence: raw text, confidence, place and review state.</summary>
public sealed class Field
{
    /// <summary>JSON string, number, array of numbers, or null when not found.</summary>
    public JsonNode? Value { get; set; }

    public string? Text { get; set; }

    public double Confidence { get; set; }

    public bool NeedsReview { get; set; }

    public List<string> Reasons { get; set; } = [];

    public int? Page { get; set; }

    /// <summary>[x, y, w, h] in pixels on the page as rendered for OCR.</summary>
    public int[]? Box { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonNode? Reviewed { get; set; }

    public static Field NotFound(bool required) => new()
    {
        Value = null,
        Text = null,
        Confidence = 0,
        NeedsReview = required,
        Reasons = required ? [ReviewReasons.NotFound] : [],
    };
}

public static class ReviewReasons
{
    public const string LowOcrConfidence = "low_ocr_confidence";
    public const string NotFound = "not_found";
    public const string NotInMasterData = "not_in_master_data";
    public const string Ambiguous = "ambiguous";

    /// <summary>A name unlike the one the master data gives the (accepted) part number beside it.</summary>
    public const string DiffersFromMasterData = "differs_from_master_data";
    public const string Unparsable = "unparsable";

    /// <summary>A number read by OCR that a cross-field check should confirm (quantity × unit price = amount, totals) but could not.</summary>
    public const string Unconfirmed = "unconfirmed";

    public static string FailedCheck(string code) => "failed_check:" + code;
}
