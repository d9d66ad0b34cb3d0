using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Pages;

namespace DocIntake.Core.Extraction.Judging;

/// <summary>What master data said about a value.</summary>
internal enum MasterEvidence
{
    None,
    Exact,
    Corrected,
    Missing,

    /// <summary>Read too garbled to match, the value offered is the master's name for the line's listed part.</summary>
    Offered,
}

/// <summary>What a second reading of the crop said.</summary>
internal enum SecondLookEvidence
{
    None,
    Agrees,
    Disagrees,

    /// <summary>The value is the second reading's own (the first did not parse): a third would only agree with itself.</summary>
    Gave,
}

/// <summary>A value on its way to a contract <see cref="Field"/>: the evidence the judge weighs.</summary>
internal sealed class FieldDraft
{
    public required string Name { get; init; }

    /// <summary>The name thresholds are looked up by: "total", "lines.amount", "measurements.values".</summary>
    public required string ThresholdName { get; init; }

    public required ValueKind Kind { get; init; }

    public bool Required { get; init; }

    public JsonNode? Value { get; set; }

    public string? Text { get; set; }

    public int? Page { get; set; }

    public PixelBox? Box { get; set; }

    /// <summary>OCR confidence of the words the value was read from (1 for a PDF text layer).</summary>
    public double Ocr { get; set; }

    /// <summary>Text was found but did not parse as the field's kind.</summary>
    public bool Unparsable { get; set; }

    /// <summary>The value was taken without a printed label beside it (inferred from layout); weaker evidence.</summary>
    public bool Inferred { get; set; }

    /// <summary>
    /// The field's label is printed but no value was read beside it: an optional field must then go to review too,
    /// since the value is there on paper (only a truly absent field may stay null without review).
    /// </summary>
    public bool LabelSeen { get; set; }

    /// <summary>
    /// A measurement row with fewer values than the record's other rows: it lost one to OCR, which no check of the values
    /// it kept can settle.
    /// </summary>
    public bool ShortOfValues { get; set; }

    /// <summary>Read from a normal-resolution fax page (204×98): thin strokes, hyphens and dots are often lost there.</summary>
    public bool CoarsePage { get; set; }

    /// <summary>
    /// The value's own row says it is misread (a limit finer than every value measured against it): doubted, and no
    /// agreement of the row's other figures settles it.
    /// </summary>
    public bool Contradicted { get; set; }

    public int ChecksPassed { get; set; }

    public MasterEvidence Master { get; set; }

    public SecondLookEvidence SecondLook { get; set; }

    public HashSet<string> Reasons { get; } = new(StringComparer.Ordinal);

    public bool Found => Value is not null;

    public static FieldDraft Missing(string name, string thresholdName, ValueKind kind, bool required) =>
        new() { Name = name, ThresholdName = thresholdName, Kind = kind, Required = required };

    public static FieldDraft FromSegment(string name, string thresholdName, ValueKind kind, bool required, Segment segment, JsonNode? value) => new()
    {
        Name = name,
        ThresholdName = thresholdName,
        Kind = kind,
        Required = required,
        Value = value,
        Text = segment.Text,
        Page = segment.Page,
        Box = segment.Box,
        Ocr = segment.MinConfidence,
        Unparsable = value is null,
    };

    /// <summary>
    /// Takes a value read inside another field's cell (a code at the start of a description, a quantity at the end of
    /// it): placed and trusted as that cell was, and inferred, since no header says it belongs here.
    /// </summary>
    public void TakeInferred(JsonNode value, string text, FieldDraft from)
    {
        Value = value;
        Text = text;
        Unparsable = false;
        Inferred = true;
        Ocr = from.Ocr;
        Page = from.Page;
        Box = from.Box;
    }

    public void FailCheck(string code) => Reasons.Add(ReviewReasons.FailedCheck(code));
}
