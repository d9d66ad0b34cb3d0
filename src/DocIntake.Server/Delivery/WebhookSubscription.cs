namespace DocIntake.Server.Delivery;

/// <summary>A consumer's webhook: where to POST which document events, and the secret they are signed with.</summary>
internal sealed class WebhookSubscription
{
    public required string Id { get; set; }

    public required string Consumer { get; set; }

    public required string Url { get; set; }

    /// <summary>Space-separated event names (document.confirmed, document.rejected, document.needs_review).</summary>
    public required string Events { get; set; }

    /// <summary>HMAC key. Kept as given: signing needs it (unlike API keys it cannot be stored hashed).</summary>
    public required string Secret { get; set; }

    public bool Active { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    /// <summary>Fan-out cursor: audit events up to this id have been turned into deliveries.</summary>
    public long LastEventId { get; set; }

    public int Version { get; set; }
}
