namespace DocIntake.Server.Review;

/// <summary>
/// What a reviewer taught the system about one sender: the raw text read for a field kind ("lines.partNumber") and the
/// value it really was, and where on the page the field was confirmed. Applied to the next documents of that sender.
/// </summary>
internal sealed class SenderCorrection
{
    public long Id { get; set; }

    /// <summary>Normalised sender key (fax number, mail address or buyer name); see <see cref="SenderKey"/>.</summary>
    public required string Sender { get; set; }

    /// <summary>"fields.orderNumber", "lines.partNumber", "measurements.values".</summary>
    public required string FieldKey { get; set; }

    /// <summary>The text as read (compacted); null for a position-only entry.</summary>
    public string? RawText { get; set; }

    /// <summary>The confirmed or corrected value as JSON.</summary>
    public string? ValueJson { get; set; }

    public int? Page { get; set; }

    /// <summary>"x,y,w,h" of the confirmed field, for a header field that was not found next time.</summary>
    public string? Box { get; set; }

    public int Times { get; set; }

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
