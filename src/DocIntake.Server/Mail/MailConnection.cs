using DocIntake.Server.Options;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;

namespace DocIntake.Server.Mail;

/// <summary>Connects and signs in as a mailbox is configured (password or OAuth2); shared by the poll and the IDLE listener.</summary>
internal static class MailConnection
{
    public static async Task ConnectAsync(MailService client, MailboxOptions box, CancellationToken cancellationToken)
    {
        await client.ConnectAsync(box.Host, box.Port, box.Tls, cancellationToken);
        var token = box.ResolveOAuth2Token();
        if (token is not null)
        {
            await client.AuthenticateAsync(new SaslMechanismOAuth2(box.User, token), cancellationToken);
        }
        else
        {
            await client.AuthenticateAsync(box.User, box.ResolvePassword(), cancellationToken);
        }
    }

    /// <summary>The folder read (<see cref="MailboxOptions.Folder"/>), not yet opened.</summary>
    public static async Task<IMailFolder> FolderAsync(ImapClient client, MailboxOptions box, CancellationToken cancellationToken) =>
        string.Equals(box.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : await client.GetFolderAsync(box.Folder, cancellationToken);
}
