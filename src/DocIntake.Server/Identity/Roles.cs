namespace DocIntake.Server.Identity;

/// <summary>The two roles: reviewers work the queue; administrators also manage users and see /hangfire.</summary>
public static class Roles
{
    public const string Reviewer = "reviewer";
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [Reviewer, Administrator];

    /// <summary>Authorization policy names.</summary>
    internal const string ReviewerPolicy = "review";
    internal const string AdministratorPolicy = "admin";
}
