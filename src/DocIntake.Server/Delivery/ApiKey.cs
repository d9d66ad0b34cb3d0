namespace DocIntake.Server.Delivery;

/// <summary>
/// One API key of a consumer. Only the SHA-256 of the secret is kept: the secret is 256 random bits, so a plain hash is
/// as good as a slow one and costs nothing per request. Several keys may share a consumer name (rotation).
/// </summary>
internal sealed class ApiKey
{
    /// <summary>Public part of the key (12 hex digits), the lookup key; the token is "dik_{Id}_{secret}".</summary>
    public required string Id { get; set; }

    /// <summary>Who uses the key ("sales-erp", "qms"): exports and webhook subscriptions belong to it.</summary>
    public required string Consumer { get; set; }

    /// <summary>Space-separated scopes: read, upload, admin.</summary>
    public required string Scopes { get; set; }

    public required string SecretSha256 { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
