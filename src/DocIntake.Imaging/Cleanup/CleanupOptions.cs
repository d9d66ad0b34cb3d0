namespace DocIntake.Imaging.Cleanup;

/// <summary>Which clean-up stages run, and the few sizes worth tuning (all in inches, so they follow the page's dpi).</summary>
public sealed record CleanupOptions
{
    /// <summary>Guess a missing/absurd resolution and resample to square pixels (fax 204x98 becomes 204x196).</summary>
    public bool RestoreSquarePixels { get; init; } = true;

    /// <summary>Stretch low-contrast gray scans between their 0.5 % and 99.5 % percentiles.</summary>
    public bool NormalizeContrast { get; init; } = true;

    /// <summary>Adaptive (Sauvola) thresholding to 0/255; pages that already are bilevel pass through.</summary>
    public bool Binarize { get; init; } = true;

    public bool RemoveEdgeBands { get; init; } = true;

    public bool RemoveSpecks { get; init; } = true;

    /// <summary>Widen strokes by a pixel on pages whose rows were doubled (204x98 fax): thin strokes read better.</summary>
    public bool ThickenFaxStrokes { get; init; } = true;

    /// <summary>Blur 204x98 fax pages (rows doubled) into gray at the end: OCR reads the staircase edges better soft.</summary>
    public bool SmoothFaxEdges { get; init; } = true;

    public bool CorrectSkew { get; init; } = true;

    /// <summary>Find table ruling lines (always reported when found) and whiten them in the image given to OCR.</summary>
    public bool RemoveRulingLines { get; init; } = true;

    /// <summary>Skew is searched within +- this many degrees.</summary>
    public double MaxSkewDegrees { get; init; } = 10;

    /// <summary>Smaller skews are left alone: rotating costs more sharpness than it gains.</summary>
    public double MinSkewDegrees { get; init; } = 0.2;

    /// <summary>Black components no larger than a square of this side are specks.</summary>
    public double SpeckDiameterInches { get; init; } = Despeckle.DefaultSpeckDiameterInches;

    /// <summary>How far in from each edge a dark band is looked for.</summary>
    public double EdgeBandDepthInches { get; init; } = EdgeBands.DefaultDepthInches;

    /// <summary>Shortest solid ruling line (dashed ones must be 25 % longer).</summary>
    public double RulingMinLengthInches { get; init; } = RulingLines.DefaultMinLengthInches;

    public static CleanupOptions Default { get; } = new();
}
