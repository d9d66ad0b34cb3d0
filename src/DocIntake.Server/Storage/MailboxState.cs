namespace DocIntake.Server.Storage;

/// <summary>Per mailbox: the incremental cursor (UIDVALIDITY + last UID) and the health of its polls.</summary>
internal sealed class MailboxState
{
    public required string Mailbox { get; set; }

    public long UidValidity { get; set; }

    public long LastUid { get; set; }

    public DateTime? LastPollAt { get; set; }

    public DateTime? LastSuccessAt { get; set; }

    public string? LastError { get; set; }

    public int ConsecutiveFailures { get; set; }

    public long MessagesTaken { get; set; }
}
