namespace DocIntake.Server.Delivery;

/// <summary>"Consumer X took document Y": each consumer tracks its own exports.</summary>
internal sealed class DocumentExport
{
    public required string DocumentId { get; set; }

    public required string Consumer { get; set; }

    public DateTime ExportedAt { get; set; }

    /// <summary>"api" (marked by the consumer), "csv" (CSV export with markExported), "cli".</summary>
    public required string Via { get; set; }
}
