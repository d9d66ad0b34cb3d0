using System.Collections.Concurrent;
using DocIntake.Server.Options;

namespace DocIntake.Server.Mail;

/// <summary>What each mailbox's IDLE connection is doing, as <c>/health</c> shows it; written by <see cref="ImapIdleListener"/>.</summary>
internal sealed class ImapIdleStatus
{
    /// <summary>POP3, or <see cref="MailboxOptions.UseIdle"/> false: polling only.</summary>
    public const string Off = "off";

    public const string Connecting = "connecting";

    /// <summary>Connected and idling: new mail is polled within seconds.</summary>
    public const string Active = "active";

    /// <summary>The server does not advertise IDLE: polling only.</summary>
    public const string NotOffered = "not_offered";

    /// <summary>The connection was lost or refused; the next attempt is on its way (polling goes on meanwhile).</summary>
    public const string Reconnecting = "reconnecting";

    private readonly ConcurrentDictionary<string, string> states = new(StringComparer.OrdinalIgnoreCase);

    public string Of(MailboxOptions box) =>
        states.TryGetValue(box.Name, out var state) ? state : WantsIdle(box) ? Connecting : Off;

    public void Set(string mailbox, string state) => states[mailbox] = state;

    public static bool WantsIdle(MailboxOptions box) => box.Protocol == MailProtocol.Imap && box.UseIdle;
}
