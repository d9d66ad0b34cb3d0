using System.Diagnostics;
using DocIntake.Server.Mail;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DocIntake.Server.Tests;

public class ImapIntakeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Poll_FetchesReadsAndMovesMail_WhenTiffAndPdfAttached()
    {
        using var dovecot = new DovecotServer();
        var tiff = File.ReadAllBytes(TestPaths.Sample("libtiffnet__bitonal.tif"));
        var pdf = File.ReadAllBytes(TestPaths.Sample("pdfpig__LKR824191.pdf"));
        await dovecot.AppendAsync([
            Mails.WithAttachments("FAX受信 0566-12-3456", ("fax.tif", tiff, "image/tiff")),
            Mails.WithAttachments("Scan", ("invoice.pdf", pdf, "application/pdf")),
        ]);

        // The real pipeline (OCR with English only, to keep it quick).
        await using var server = await TestServer.StartAsync(MailTestHost.Settings(dovecot, extra: ("DocIntake:Processing:OcrLanguages", "eng")));

        Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 2, TimeSpan.FromSeconds(180), "needs_review", "confirmed"));
        var documents = await server.WithDbAsync(db => db.Documents.OrderBy(d => d.FileName).ToListAsync());
        Assert.Equal(["fax.tif", "invoice.pdf"], documents.Select(d => d.FileName));
        var fax = await server.GetDocumentAsync(documents[0].Id);
        Assert.Equal("0566-12-3456", (string?)fax["source"]!["senderFax"]);
        Assert.Equal("imap", (string?)fax["source"]!["channel"]);
        Assert.Equal("orders", (string?)fax["source"]!["mailbox"]);
        Assert.NotEmpty(fax["pages"]!.AsArray());
        Assert.Equal(0, await dovecot.CountAsync("INBOX"));
        Assert.Equal(2, await dovecot.CountAsync("Processed"));
    }

    [Fact]
    public async Task Poll_FlagsDuplicate_WhenSameFaxForwardedTwice()
    {
        using var dovecot = new DovecotServer();
        var reader = new FakeReader();
        var png = Mails.Png(42);
        await dovecot.AppendAsync([Mails.WithAttachments("FAX受信 0566-12-3456", png), Mails.WithAttachments("Fwd: FAX受信 0566-12-3456", png)]);

        await using var server = await TestServer.StartAsync(MailTestHost.Settings(dovecot), reader);

        Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 1, Wait, "needs_review"));
        Assert.True(await MailTestHost.WaitForMailAsync(server, 2, Wait));
        var documents = await server.WithDbAsync(db => db.Documents.OrderBy(d => d.Id).ToListAsync());
        Assert.Equal(["needs_review", "rejected"], documents.Select(d => d.Status));
        Assert.Equal(documents[0].Id, documents[1].DuplicateOf);
        Assert.Equal(1, reader.Reads.Values.Single());
        var mails = await MailTestHost.MailsAsync(server);
        Assert.Contains("duplicate of " + documents[0].Id, mails[1].Reason, StringComparison.Ordinal);
        Assert.True(await TestServer.WaitUntilAsync(async () => await dovecot.CountAsync("Rejected") == 1, Wait));
    }

    [Fact]
    public async Task Poll_RecordsReasonAndMovesToRejected_WhenSenderNotAllowed()
    {
        using var dovecot = new DovecotServer();
        await dovecot.AppendAsync([Mails.From("stranger@spam.example", "FAX", Mails.Png(5)), Mails.WithAttachments("FAX", Mails.Png(6))]);

        await using var server = await TestServer.StartAsync(
            MailTestHost.Settings(dovecot, extra: ("DocIntake:Mailboxes:0:AllowedSenders:0", "@example.jp")), new FakeReader());

        Assert.True(await MailTestHost.WaitForMailAsync(server, 2, Wait));
        var mails = await MailTestHost.MailsAsync(server);
        Assert.Equal("sender_not_allowed: stranger@spam.example", mails[0].Reason);
        Assert.Equal("rejected", mails[0].Outcome);
        Assert.Equal("accepted", mails[1].Outcome);
        Assert.True(await TestServer.WaitUntilAsync(async () => await dovecot.CountAsync("Rejected") == 1 && await dovecot.CountAsync("Processed") == 1, Wait));
    }

    [Fact]
    public async Task Poll_TakesEachMailExactlyOnce_WhenConnectionIsCutBetweenRecordAndMove()
    {
        using var dovecot = new DovecotServer();
        var reader = new FakeReader();
        await dovecot.AppendAsync(Enumerable.Range(100, 5).Select(i => Mails.WithAttachments($"FAX {i}", Mails.Png(i))));
        await using var server = await TestServer.StartAsync(MailTestHost.Settings(dovecot), reader);
        var hooks = server.Services.GetRequiredService<MailHooks>();
        var cut = 0;
        var stopped = new TaskCompletionSource();
        hooks.BeforeMove = _ =>
        {
            // Third message: recorded, not yet moved, and the server goes away.
            if (Interlocked.Increment(ref cut) == 3)
            {
                dovecot.Stop();
                stopped.SetResult();
            }

            return Task.CompletedTask;
        };

        await stopped.Task.WaitAsync(Wait);
        await Task.Delay(3000);
        var error = await server.WithDbAsync(db => db.MailboxStates.SingleAsync());
        Assert.NotNull(error.LastError);
        dovecot.Start();

        Assert.True(await TestServer.WaitUntilAsync(async () => await dovecot.CountAsync("INBOX") == 0, Wait));
        Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 5, Wait, "needs_review"));
        Assert.Equal(5, await dovecot.CountAsync("Processed"));
        Assert.Equal(5, await server.WithDbAsync(db => db.ProcessedMails.CountAsync()));
        Assert.Equal(5, await server.WithDbAsync(db => db.Documents.CountAsync()));
        Assert.All(reader.Reads.Values, n => Assert.Equal(1, n));
        Assert.Equal(5, reader.Reads.Count);
    }

    [Fact]
    public async Task Poll_ProcessesBurstOnce_When300MailsArrive()
    {
        using var dovecot = new DovecotServer();
        var reader = new FakeReader();
        await dovecot.AppendAsync(Enumerable.Range(1000, 300).Select(i => Mails.WithAttachments($"FAX {i}", Mails.Png(i))));
        var clock = Stopwatch.StartNew();
        await using var server = await TestServer.StartAsync(MailTestHost.Settings(dovecot), reader);

        Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 300, TimeSpan.FromSeconds(150), "needs_review"));
        output.WriteLine($"300 mails -> 300 documents read in {clock.Elapsed.TotalSeconds:F1} s; working set {Environment.WorkingSet / 1048576} MB");
        Assert.Equal(300, reader.Reads.Count);
        Assert.All(reader.Reads.Values, n => Assert.Equal(1, n));
        Assert.Equal(300, await server.WithDbAsync(db => db.ProcessedMails.CountAsync()));
        Assert.True(await TestServer.WaitUntilAsync(async () => await dovecot.CountAsync("Processed") == 300, Wait));
    }
}
