namespace DocIntake.Server.Storage;

/// <summary>A document row: indexed columns for lists and the reconciler, the contract JSON as the document itself.</summary>
internal sealed class DocumentRecord
{
    public required string Id { get; set; }

    public required string Status { get; set; }

    /// <summary>Why the document is in its status (failure reason, "duplicate", retry cause).</summary>
    public string? StatusReason { get; set; }

    public string DocumentType { get; set; } = "unknown";

    public string? DocumentTypeHint { get; set; }

    public required string Channel { get; set; }

    public string? Mailbox { get; set; }

    /// <summary>Sender: mail address, fax number or uploader.</summary>
    public string? Sender { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Unique key of the intake event (mail part, folder file) so a retried intake never makes a second row.</summary>
    public string? IntakeKey { get; set; }

    public string? DuplicateOf { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>While processing: the time after which another worker may take the document over.</summary>
    public DateTime? LeaseUntil { get; set; }

    public string? LeaseOwner { get; set; }

    public int Attempts { get; set; }

    /// <summary>SourceInfo of the contract as JSON (channel, mail headers, sender fax).</summary>
    public string SourceJson { get; set; } = "{}";

    /// <summary>The contract document (ExtractedDocument) once read; null before.</summary>
    public string? ContractJson { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>Optimistic concurrency token: every change increments it; a stale writer's update matches no row.</summary>
    public int Version { get; set; }
}
