namespace DocIntake.Server.Storage;

/// <summary>
/// A mail message as taken from a mailbox, recorded before it is moved or deleted: the key makes a message count once
/// whatever happens to the connection; the outcome and reason are what an operator sees.
/// </summary>
internal sealed class ProcessedMail
{
    public long Id { get; set; }

    public required string Mailbox { get; set; }

    public required string Folder { get; set; }

    /// <summary>IMAP "uidvalidity:uid", POP3 "uidl:&lt;uidl&gt;".</summary>
    public required string MessageKey { get; set; }

    public string? MessageId { get; set; }

    public string? From { get; set; }

    public string? Subject { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime RecordedAt { get; set; }

    /// <summary>"accepted" (at least one document to process) or "rejected".</summary>
    public required string Outcome { get; set; }

    /// <summary>Why, per attachment or for the whole mail ("sender_not_allowed", "no_usable_attachment: ...").</summary>
    public string? Reason { get; set; }

    /// <summary>Comma-separated document ids created from it.</summary>
    public string DocumentIds { get; set; } = "";

    /// <summary>Comma-separated SHA-256 of the attachments taken.</summary>
    public string AttachmentSha256 { get; set; } = "";

    /// <summary>Folder moved to, "deleted" (POP3), or null while it is still where it was.</summary>
    public string? MovedTo { get; set; }

    public DateTime? MovedAt { get; set; }

    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
}
