namespace DocIntake.Server.Review;

/// <summary>A reviewer's hold on a document while they work on it; others see it and cannot save. Expires by itself.</summary>
internal sealed class ReviewClaim
{
    public required string DocumentId { get; set; }

    public required string UserName { get; set; }

    public DateTime ClaimedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
