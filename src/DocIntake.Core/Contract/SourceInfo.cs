using System.Text.Json.Serialization;

namespace DocIntake.Core.Contract;

public sealed class SourceInfo
{
    public string? FileName { get; set; }

    public string? Sha256 { get; set; }

    /// <summary>"imap" | "pop3" | "upload" | "folder" | "cli".</summary>
    public string Channel { get; set; } = "cli";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Mailbox { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? From { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subject { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ReceivedAt { get; set; }

    public string? SenderFax { get; set; }
}
