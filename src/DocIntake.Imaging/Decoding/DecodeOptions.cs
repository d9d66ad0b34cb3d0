using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Decoding;

public sealed record DecodeOptions
{
    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>Resolution at which PDF pages are rasterised when they must be rendered (and text-layer boxes scaled).</summary>
    public int PdfRenderDpi { get; init; } = 300;

    /// <summary>
    /// Colour rasters: lift red (seals, 社印, red stamps) towards white when converting to gray so text under a
    /// stamp stays readable; black and blue ink stay dark. Off: plain luminance.
    /// </summary>
    public bool RedDropout { get; init; } = true;

    public static DecodeOptions Default { get; } = new();
}
