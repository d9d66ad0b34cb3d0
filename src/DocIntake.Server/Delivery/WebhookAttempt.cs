namespace DocIntake.Server.Delivery;

/// <summary>The delivery log: one row per HTTP attempt.</summary>
internal sealed class WebhookAttempt
{
    public long Id { get; set; }

    public long DeliveryId { get; set; }

    public DateTime At { get; set; }

    /// <summary>HTTP status, null when no response (refused, timeout).</summary>
    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    public int DurationMs { get; set; }
}
