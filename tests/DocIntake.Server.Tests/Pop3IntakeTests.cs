using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests;

public class Pop3IntakeTests
{
    [Fact]
    public async Task Poll_TakesAndDeletesMail_WhenPop3()
    {
        using var dovecot = new DovecotServer();
        var reader = new FakeReader();
        await dovecot.AppendAsync(Enumerable.Range(200, 3).Select(i => Mails.WithAttachments($"Fax from +81 566 12 345{i % 10}", Mails.Png(i))));

        await using var server = await TestServer.StartAsync(MailTestHost.Settings(dovecot, "Pop3"), reader);

        Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 3, TimeSpan.FromSeconds(60), "needs_review"));
        Assert.True(await TestServer.WaitUntilAsync(async () => await dovecot.CountAsync("INBOX") == 0, TimeSpan.FromSeconds(30)));
        // The records are marked only after QUIT has made the deletions final, a moment after the inbox empties.
        Assert.True(await TestServer.WaitUntilAsync(
            async () => (await MailTestHost.MailsAsync(server)).All(m => m.MovedTo == "(deleted)"), TimeSpan.FromSeconds(30)));
        var documents = await server.WithDbAsync(db => db.Documents.ToListAsync());
        Assert.All(documents, d => Assert.Equal("pop3", d.Channel));
        Assert.Equal(["0566-12-3450", "0566-12-3451", "0566-12-3452"], documents.Select(d => d.Sender).Order());
        var mails = await MailTestHost.MailsAsync(server);
        Assert.All(mails, m => Assert.StartsWith("uidl:", m.MessageKey, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Equal("(deleted)", m.MovedTo));
        Assert.Equal(3, reader.Reads.Count);
    }
}
