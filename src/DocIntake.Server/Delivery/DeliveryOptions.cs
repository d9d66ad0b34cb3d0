namespace DocIntake.Server.Delivery;

/// <summary>Section "DocIntake:Delivery": API rate limits and webhook delivery.</summary>
internal sealed class DeliveryOptions
{
    public const string SectionName = "DocIntake:Delivery";

    /// <summary>Requests a minute per API key (per address without one); token bucket, bursts up to the same number.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How often each node turns new document events into deliveries and queues the deliveries that are due.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Wait after the first failed attempt; doubled after each further failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a delivery is given up (failed; it can still be redelivered). 15 cover about six hours.</summary>
    public int MaxAttempts { get; set; } = 15;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    internal IEnumerable<string> Validate()
    {
        if (RequestsPerMinute < 1)
        {
            yield return "DocIntake:Delivery:RequestsPerMinute must be at least 1.";
        }

        if (DispatchInterval < TimeSpan.FromMilliseconds(100) || FirstRetryDelay <= TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay)
        {
            yield return "DocIntake:Delivery: DispatchInterval >= 100 ms, FirstRetryDelay > 0 and MaxRetryDelay >= FirstRetryDelay are required.";
        }

        if (MaxAttempts < 1 || Timeout <= TimeSpan.Zero)
        {
            yield return "DocIntake:Delivery: MaxAttempts >= 1 and Timeout > 0 are required.";
        }
    }

    /// <summary>The wait before attempt <paramref name="failedAttempts"/> + 1.</summary>
    internal TimeSpan RetryDelay(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
