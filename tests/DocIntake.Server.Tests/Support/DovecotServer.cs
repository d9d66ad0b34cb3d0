using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MimeKit;

namespace DocIntake.Server.Tests.Support;

/// <summary>A real Dovecot on 127.0.0.1 (IMAP + POP3), started through scripts/services/dovecot.sh.</summary>
internal sealed class DovecotServer : IDisposable
{
    public const string User = "faxuser";
    public const string Password = "faxpass";

    public DovecotServer()
    {
        Folder = TestPaths.NewTempFolder("dovecot");
        ImapPort = FreePort.Next();
        Pop3Port = FreePort.Next();
        Start();
    }

    public string Folder { get; }

    public int ImapPort { get; }

    public int Pop3Port { get; }

    public void Start() => Shell.Run(TestPaths.Script("dovecot.sh"), "start", Folder, ImapPort.ToString(CultureInfo.InvariantCulture), Pop3Port.ToString(CultureInfo.InvariantCulture), User, Password);

    public void Stop() => Shell.Run(TestPaths.Script("dovecot.sh"), "stop", Folder);

    public async Task AppendAsync(IEnumerable<MimeMessage> messages, string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        await target.OpenAsync(FolderAccess.ReadWrite);
        foreach (var message in messages)
        {
            await target.AppendAsync(message, MessageFlags.None);
        }

        await client.DisconnectAsync(true);
    }

    public async Task<int> CountAsync(string folder)
    {
        using var client = await ConnectAsync();
        var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        await target.OpenAsync(FolderAccess.ReadOnly);
        var count = target.Count;
        await client.DisconnectAsync(true);
        return count;
    }

    public Dictionary<string, string?> MailboxConfig(int index, string name, string protocol, TimeSpan interval) => new()
    {
        [$"DocIntake:Mailboxes:{index}:Name"] = name,
        [$"DocIntake:Mailboxes:{index}:Protocol"] = protocol,
        [$"DocIntake:Mailboxes:{index}:Host"] = "127.0.0.1",
        [$"DocIntake:Mailboxes:{index}:Port"] = (protocol == "Pop3" ? Pop3Port : ImapPort).ToString(CultureInfo.InvariantCulture),
        [$"DocIntake:Mailboxes:{index}:Tls"] = "None",
        [$"DocIntake:Mailboxes:{index}:User"] = User,
        [$"DocIntake:Mailboxes:{index}:Password"] = Password,
        [$"DocIntake:Mailboxes:{index}:PollInterval"] = interval.ToString(),
    };

    public void Dispose()
    {
        try
        {
            Stop();
        }
        finally
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", ImapPort, MailKit.Security.SecureSocketOptions.None);
        await client.AuthenticateAsync(User, Password);
        return client;
    }
}
