using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DocIntake.Server.Delivery;

/// <summary>
/// Webhook signatures: X-DocIntake-Signature = "v1=" + hex(HMAC-SHA256(secret, "{timestamp}." + body)), where timestamp
/// is X-DocIntake-Timestamp (Unix seconds) and body the exact bytes received. Consumers reject stale timestamps.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-DocIntake-Timestamp";
    public const string SignatureHeader = "X-DocIntake-Signature";
    public const string EventIdHeader = "X-DocIntake-Event-Id";
    public const string EventHeader = "X-DocIntake-Event";
    public const string DeliveryHeader = "X-DocIntake-Delivery";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>True when the signature matches and the timestamp is within <paramref name="tolerance"/> of <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || signature is null
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
