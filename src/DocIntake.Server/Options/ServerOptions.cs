namespace DocIntake.Server.Options;

/// <summary>Section "DocIntake": everything the server is configured with.</summary>
public sealed class ServerOptions
{
    public const string SectionName = "DocIntake";

    /// <summary>The one data folder of the embedded default (database, job storage, blobs). "--data" sets it.</summary>
    public string DataPath { get; set; } = ".data";

    public StorageOptions Storage { get; set; } = new();

    public ProcessingOptions Processing { get; set; } = new();

    public List<MailboxOptions> Mailboxes { get; set; } = [];

    public List<FolderWatchOptions> Folders { get; set; } = [];

    /// <summary>Region used to format fax numbers found in mail subjects (libphonenumber region code).</summary>
    public string PhoneRegion { get; set; } = "JP";

    internal string ResolvedDataPath => Path.GetFullPath(DataPath);

    internal string ResolvedBlobPath => string.IsNullOrEmpty(Storage.BlobPath)
        ? Path.Combine(ResolvedDataPath, "blobs")
        : Path.GetFullPath(Storage.BlobPath);

    internal string ResolvedConnectionString => !string.IsNullOrEmpty(Storage.ConnectionString)
        ? Storage.ConnectionString
        : Storage.Provider == StorageProvider.Sqlite
            ? $"Data Source={Path.Combine(ResolvedDataPath, "docintake.db")}"
            : throw new InvalidOperationException($"DocIntake:Storage:ConnectionString is required for {Storage.Provider}.");

    /// <summary>Checks made at start so a bad configuration fails at once with a clear message.</summary>
    internal IEnumerable<string> Validate()
    {
        if (Storage.Provider != StorageProvider.Sqlite && string.IsNullOrEmpty(Storage.ConnectionString))
        {
            yield return $"DocIntake:Storage:ConnectionString is required for {Storage.Provider}.";
        }

        if (Processing.MasterDataPath is { Length: > 0 } master && Core.Extraction.Masters.MasterData.Problem(master) is { } problem)
        {
            yield return $"DocIntake:Processing:MasterDataPath {problem}.";
        }

        foreach (var box in Mailboxes)
        {
            if (string.IsNullOrWhiteSpace(box.Name) || string.IsNullOrWhiteSpace(box.Host) || box.Port <= 0)
            {
                yield return $"Mailbox '{box.Name}': Name, Host and Port are required.";
            }

            if (box.PollInterval < TimeSpan.FromSeconds(1))
            {
                yield return $"Mailbox '{box.Name}': PollInterval must be at least one second.";
            }
        }

        var duplicates = Mailboxes.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            yield return $"Mailbox name '{duplicate.Key}' is used twice.";
        }

        foreach (var folder in Folders.Where(f => string.IsNullOrWhiteSpace(f.Name) || string.IsNullOrWhiteSpace(f.Path)))
        {
            yield return $"Watched folder '{folder.Name}': Name and Path are required.";
        }
    }
}
