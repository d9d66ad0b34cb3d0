namespace DocIntake.Server.Storage;

/// <summary>
/// The document state machine: received -> processing -> needs_review | confirmed | failed, with rejected as an exit
/// (duplicate, not a document, refused by a reviewer). Every change is an audit event.
/// </summary>
public static class DocumentStatus
{
    public const string Received = "received";
    public const string Processing = "processing";
    public const string NeedsReview = "needs_review";
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Received, Processing, NeedsReview, Confirmed, Rejected, Failed];

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        // processing -> processing: a lease taken over after the previous worker was lost.
        // processing -> received: released for a retry after a transient fault.
        [Received] = [Processing, Failed, Rejected],
        [Processing] = [Processing, Received, NeedsReview, Confirmed, Failed, Rejected],
        [NeedsReview] = [Confirmed, Rejected, NeedsReview],
        [Confirmed] = [NeedsReview],
        [Rejected] = [],
        // An operator may send a failed document through again (after a fix or a limit change).
        [Failed] = [Received],
    };

    public static bool CanMove(string from, string to) => Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static bool IsKnown(string status) => Allowed.ContainsKey(status);
}
