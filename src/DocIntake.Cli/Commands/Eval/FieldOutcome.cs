namespace DocIntake.Cli.Commands.Eval;

/// <summary>One compared field: where, whether right, and how the extractor judged it (for misses and calibration).</summary>
internal sealed record FieldOutcome(
    string File,
    string Path,
    string Truth,
    string Actual,
    bool Correct,
    bool NeedsReview,
    double Confidence,
    bool ReviewForOtherReasons);
