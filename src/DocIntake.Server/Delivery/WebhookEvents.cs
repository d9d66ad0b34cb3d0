using DocIntake.Server.Storage;

namespace DocIntake.Server.Delivery;

/// <summary>The document events a webhook can subscribe to, read from the audit events (the outbox).</summary>
internal static class WebhookEvents
{
    public const string Confirmed = "document.confirmed";
    public const string Rejected = "document.rejected";
    public const string NeedsReview = "document.needs_review";

    public static IReadOnlyList<string> All { get; } = [Confirmed, Rejected, NeedsReview];

    internal static readonly string[] Statuses = [DocumentStatus.Confirmed, DocumentStatus.Rejected, DocumentStatus.NeedsReview];

    internal static string ForStatus(string status) => "document." + status;
}
