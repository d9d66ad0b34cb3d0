using DocIntake.Core.Extraction.Masters;

namespace DocIntake.Core.Extraction;

/// <summary>Settings of <see cref="DocumentExtractor"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>
    /// A field whose confidence is below its threshold goes to review. Calibration: `docintake eval
    /// samples/generated/tune --calibrate` lists, per threshold, the precision of the fields it would accept and picks
    /// the lowest one reaching 99.5 %. On the first tune run (24 documents, OCR snapshot without PDF support) no
    /// threshold reached it: the wrong auto-accepted fields were structural (an optional field not found, a token in the
    /// wrong column), not low-confidence readings. 0.80 was where precision peaked (0.874 at 51 % review); re-run the
    /// calibration when the pipeline reads every delivery form and update this value with its output.
    /// </summary>
    public double ReviewThreshold { get; init; } = DefaultReviewThreshold;

    /// <summary>The default threshold (see <see cref="ReviewThreshold"/> for how it was chosen).</summary>
    public const double DefaultReviewThreshold = 0.80;

    /// <summary>
    /// Per-field thresholds by contract name ("total", "lines.amount", "measurements.values"); fields not named use
    /// <see cref="ReviewThreshold"/>. Money totals are held higher: a wrong total costs more than a wrong note.
    /// </summary>
    public IReadOnlyDictionary<string, double> FieldThresholds { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["total"] = 0.85,
    };

    /// <summary>Customers and parts to check and correct values against; null when none is configured.</summary>
    public MasterData? MasterData { get; init; }

    /// <summary>A type expected from the channel (e.g. a mailbox for quality records): decides when the page is unclear.</summary>
    public string? DocumentTypeHint { get; init; }

    public double ThresholdFor(string field) =>
        FieldThresholds.TryGetValue(field, out var t) ? t : ReviewThreshold;
}
