namespace DocIntake.Server.Options;

/// <summary>Section "DocIntake:Processing": workers, leases and the reconciler.</summary>
public sealed class ProcessingOptions
{
    /// <summary>Hangfire workers on the "ocr" queue; 0 means one per core.</summary>
    public int OcrWorkers { get; set; }

    /// <summary>Pages read in parallel within one document; 0 means one per core.</summary>
    public int PagesInParallel { get; set; }

    /// <summary>
    /// A document in "processing" whose lease was not renewed for this long is taken to be lost (worker killed) and
    /// re-enqueued. The worker renews it every Lease/3 while reading, so this bounds the wait for a dead worker, not the reading.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the reconciler looks for stuck documents (also run once at start).</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A "received" document older than this without progress is re-enqueued.</summary>
    public TimeSpan ReceivedGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Processing attempts (transient faults) before a document is failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Tesseract languages ("jpn+eng").</summary>
    public string? OcrLanguages { get; set; }

    public string? TessdataPath { get; set; }

    /// <summary>
    /// Folder with the installation's master data, customers.csv and/or parts.csv (docs/server.md): values close to them
    /// are corrected and confirmed, part numbers not in parts.csv go to review. None by default.
    /// </summary>
    public string? MasterDataPath { get; set; }

    /// <summary>Largest file taken from any channel (mail attachment, upload, folder).</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    internal int EffectiveOcrWorkers => OcrWorkers > 0 ? OcrWorkers : Environment.ProcessorCount;
}
