using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Decoding;

public sealed record DecodeOptions
{
    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>Resolution at which PDF pages are rasterised when they must be rendered (and text-layer boxes scaled).</summary>
    public int PdfRenderDpi { get; init; } = 300;

    public static DecodeOptions Default { get; } = new();
}
