namespace DocIntake.Server.Storage;

/// <summary>Who did what to a document, when and why. Written in the same transaction as the change itself.</summary>
internal sealed class AuditEvent
{
    public long Id { get; set; }

    public required string DocumentId { get; set; }

    public DateTime At { get; set; }

    /// <summary>"system:intake", "worker:host:pid", "reconciler", a user name.</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string? FromStatus { get; set; }

    public string? ToStatus { get; set; }

    public string? Reason { get; set; }
}
