namespace DocIntake.Core.Pages;

/// <summary>Limits against hostile files. Defaults fit real faxes and scans with a wide margin.</summary>
public sealed record InputLimits
{
    /// <summary>50 MB: a 300 dpi colour scan of 30 pages is ~15 MB as JPEG PDF.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    public int MaxPages { get; init; } = 200;

    /// <summary>A0 at 300 dpi is ~140 Mpx; an A4 at 600 dpi ~35 Mpx. 100 Mpx refuses bombs before allocation.</summary>
    public long MaxPixelsPerPage { get; init; } = 100_000_000;

    public TimeSpan MaxTimePerPage { get; init; } = TimeSpan.FromSeconds(60);

    public static InputLimits Default { get; } = new();
}
