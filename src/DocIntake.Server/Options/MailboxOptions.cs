using MailKit.Security;

namespace DocIntake.Server.Options;

public enum MailProtocol
{
    Imap,
    Pop3,
}

/// <summary>One entry of "DocIntake:Mailboxes".</summary>
public sealed class MailboxOptions
{
    public string Name { get; set; } = "";

    public MailProtocol Protocol { get; set; } = MailProtocol.Imap;

    public string Host { get; set; } = "";

    public int Port { get; set; }

    /// <summary>None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Tls { get; set; } = SecureSocketOptions.Auto;

    public string User { get; set; } = "";

    /// <summary>Plain password; prefer <see cref="PasswordEnvironment"/> or <see cref="PasswordFile"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Name of an environment variable holding the password.</summary>
    public string? PasswordEnvironment { get; set; }

    /// <summary>A secrets file whose whole content (trimmed) is the password.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>Environment variable holding an OAuth2 access token; when set, XOAUTH2 is used instead of the password.</summary>
    public string? OAuth2TokenEnvironment { get; set; }

    /// <summary>Folder read (IMAP).</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>IMAP folder processed mail is moved to; empty keeps it in place (marked seen).</summary>
    public string? ProcessedFolder { get; set; } = "Processed";

    /// <summary>IMAP folder for mail that gave no document (no usable attachment, sender not allowed, duplicates).</summary>
    public string? RejectedFolder { get; set; } = "Rejected";

    /// <summary>POP3: delete messages once recorded (else keep; recorded UIDLs are never taken twice).</summary>
    public bool Pop3Delete { get; set; } = true;

    /// <summary>Addresses ("fax@example.jp") or domains ("@example.jp"); empty allows everyone.</summary>
    public List<string> AllowedSenders { get; set; } = [];

    /// <summary>File extensions taken as documents; empty: PDF, TIFF, PNG, JPEG.</summary>
    public List<string> AttachmentTypes { get; set; } = [];

    /// <summary>Expected document type ("order", "quality_record"), a hint for classification.</summary>
    public string? DocumentTypeHint { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Shown unhealthy when no poll succeeded for this many intervals.</summary>
    public int UnhealthyAfterIntervals { get; set; } = 3;

    /// <summary>
    /// IMAP: keep one IDLE connection and poll as soon as the server announces new mail (a fax in seconds, not at the
    /// next interval). On by default; used only when the server advertises IDLE, else polling alone (logged once).
    /// False for servers that limit connections per account. The recurring poll runs either way. POP3: ignored.
    /// </summary>
    public bool UseIdle { get; set; } = true;

    // Defaults here, not in the list initialiser: the configuration binder appends to a list instead of replacing it.
    internal IReadOnlyList<string> EffectiveAttachmentTypes =>
        AttachmentTypes.Count > 0 ? AttachmentTypes : [".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg"];

    internal string ResolvePassword()
    {
        if (!string.IsNullOrEmpty(PasswordEnvironment))
        {
            return Environment.GetEnvironmentVariable(PasswordEnvironment)
                ?? throw new InvalidOperationException($"Mailbox {Name}: environment variable {PasswordEnvironment} is not set.");
        }

        if (!string.IsNullOrEmpty(PasswordFile))
        {
            return File.ReadAllText(PasswordFile).Trim();
        }

        return Password ?? "";
    }

    internal string? ResolveOAuth2Token() =>
        string.IsNullOrEmpty(OAuth2TokenEnvironment) ? null : Environment.GetEnvironmentVariable(OAuth2TokenEnvironment);
}
