namespace DocIntake.Server.Options;

/// <summary>One entry of "DocIntake:Folders": a folder scanners or fax servers drop files into.</summary>
public sealed class FolderWatchOptions
{
    public string Name { get; set; } = "";

    public string Path { get; set; } = "";

    /// <summary>Files are moved here once stored; empty: "{Path}/done".</summary>
    public string? DonePath { get; set; }

    /// <summary>A file is taken only when its size and time did not change for this long.</summary>
    public TimeSpan StableFor { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A file claimed by a node (moved to "{Path}/.claims/{node}") and not finished within this time is taken over by
    /// another: that node died. Storing a file takes seconds; keep this well above that and above clock skew between nodes.
    /// </summary>
    public TimeSpan StaleClaimAfter { get; set; } = TimeSpan.FromMinutes(5);

    public string? DocumentTypeHint { get; set; }

    internal string EffectiveDonePath => string.IsNullOrEmpty(DonePath) ? System.IO.Path.Combine(Path, "done") : DonePath;
}
