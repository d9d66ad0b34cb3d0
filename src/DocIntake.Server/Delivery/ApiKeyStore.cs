using System.Security.Cryptography;
using System.Text;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Delivery;

/// <summary>Creates, checks and revokes API keys. Tokens look like dik_&lt;12 hex id&gt;_&lt;43 base64url&gt;.</summary>
internal sealed class ApiKeyStore(IntakeDbContext db, TimeProvider clock)
{
    private const string Prefix = "dik_";

    public async Task<(ApiKey Key, string Token)> CreateAsync(
        string consumer, IReadOnlyCollection<string> scopes, string? createdBy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(consumer) || consumer.Length > 100)
        {
            throw new ArgumentException("A consumer name of 1 to 100 characters is required.", nameof(consumer));
        }

        var unknown = scopes.Where(s => !Scopes.All.Contains(s)).ToList();
        if (scopes.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"Scopes must be some of {string.Join(", ", Scopes.All)}; got '{string.Join(" ", scopes)}'.", nameof(scopes));
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = id,
            Consumer = consumer.Trim(),
            Scopes = string.Join(' ', scopes.Distinct().Order(StringComparer.Ordinal)),
            SecretSha256 = Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        };
        db.Set<ApiKey>().Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, $"{Prefix}{id}_{secret}");
    }

    /// <summary>The key the token names when its secret matches and it is not revoked; null otherwise.</summary>
    public async Task<ApiKey?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        if (TryParse(token) is not var (id, secret))
        {
            return null;
        }

        var key = await db.Set<ApiKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            return null;
        }

        var expected = Convert.FromHexString(key.SecretSha256);
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return null;
        }

        // Last use to the minute is enough for an administrator, and saves a write per request.
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.Set<ApiKey>().Where(k => k.Id == id).ExecuteUpdateAsync(u => u.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        return key;
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<ApiKey>().Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(k => k.RevokedAt, now), cancellationToken) == 1;
    }

    public Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<ApiKey>().AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The id part of a well-formed token (for rate-limit partitions before the key is checked).</summary>
    public static string? KeyIdOf(string token) => TryParse(token)?.Id;

    private static (string Id, string Secret)? TryParse(string token)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length < Prefix.Length + 14 || token[Prefix.Length + 12] != '_')
        {
            return null;
        }

        var id = token.Substring(Prefix.Length, 12);
        return id.All(char.IsAsciiHexDigitLower) ? (id, token[(Prefix.Length + 13)..]) : null;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
