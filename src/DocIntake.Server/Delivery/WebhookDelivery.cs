namespace DocIntake.Server.Delivery;

/// <summary>One event for one subscription: the payload as first built, its state and retry schedule.</summary>
internal sealed class WebhookDelivery
{
    public long Id { get; set; }

    public required string SubscriptionId { get; set; }

    /// <summary>The audit event it comes from; unique per subscription, so fan-out never makes two.</summary>
    public long EventId { get; set; }

    public required string Event { get; set; }

    public required string DocumentId { get; set; }

    public required string Payload { get; set; }

    /// <summary>pending, delivered or failed (gave up after MaxAttempts).</summary>
    public string Status { get; set; } = Pending;

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>Set while a send job is queued or running, so the sweep does not queue it twice.</summary>
    public DateTime? LockedUntil { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public int Version { get; set; }

    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
