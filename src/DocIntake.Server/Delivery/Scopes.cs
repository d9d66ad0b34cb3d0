namespace DocIntake.Server.Delivery;

/// <summary>What an API key may do. admin implies read and upload.</summary>
public static class Scopes
{
    public const string Read = "read";
    public const string Upload = "upload";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Read, Upload, Admin];

    /// <summary>The authorization policy of an endpoint that needs <paramref name="scope"/>.</summary>
    internal static string Policy(string scope) => "scope:" + scope;

    internal const string ClaimType = "scope";
    internal const string ConsumerClaim = "consumer";
    internal const string KeyIdClaim = "api_key";
}
