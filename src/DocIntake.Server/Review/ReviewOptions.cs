namespace DocIntake.Server.Review;

/// <summary>Section "DocIntake:Review".</summary>
public sealed class ReviewOptions
{
    public const string SectionName = "DocIntake:Review";

    /// <summary>How long opening a document holds it for the reviewer; the page renews it while it stays open.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Documents listed in the queue at most (oldest first).</summary>
    public int QueueLimit { get; set; } = 500;

    /// <summary>Corrections of a sender must have been made this many times before they replace values silently.</summary>
    public int LearnAfter { get; set; } = 1;

    internal IEnumerable<string> Validate()
    {
        if (ClaimDuration < TimeSpan.FromSeconds(10))
        {
            yield return "DocIntake:Review:ClaimDuration must be at least 10 seconds.";
        }

        if (QueueLimit is < 1 or > 10000)
        {
            yield return "DocIntake:Review:QueueLimit must be 1-10000.";
        }

        if (LearnAfter < 1)
        {
            yield return "DocIntake:Review:LearnAfter must be at least 1.";
        }
    }
}
