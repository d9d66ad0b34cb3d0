using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DocIntake.Server.Tests;

/// <summary>
/// IMAP IDLE against the real Dovecot, with a poll interval of ten minutes: only IDLE can explain mail taken in seconds.
/// </summary>
public class ImapIdleTests(ITestOutputHelper output)
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Idle_TurnsNewMailIntoDocumentWithinSeconds_WhenPollIntervalIsTenMinutes()
    {
        using var dovecot = new DovecotServer();
        var server = await StartIdleAsync(dovecot, useIdle: true);
        try
        {
            var latencies = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var clock = Stopwatch.StartNew();
                await dovecot.AppendAsync([Mails.WithAttachments($"FAX受信 0566-12-345{i}", Mails.Png(300 + i))]);
                Assert.True(await TestServer.WaitUntilAsync(async () => await server.WithDbAsync(db => db.Documents.CountAsync()) > i, TimeSpan.FromSeconds(15)));
                latencies.Add(clock.Elapsed.TotalSeconds);
            }

            output.WriteLine("append -> document (IDLE, poll every 10 min): " + string.Join(", ", latencies.Select(l => l.ToString("F2", CultureInfo.InvariantCulture))) + " s");
            Assert.All(latencies, l => Assert.True(l < 15, $"{l:F1} s"));
            Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 3, Wait, "needs_review"));
            Assert.True(await TestServer.WaitUntilAsync(async () => await dovecot.CountAsync("Processed") == 3, Wait));
            Assert.Equal(0, await dovecot.CountAsync("INBOX"));
        }
        finally
        {
            var stopping = Stopwatch.StartNew();
            await server.DisposeAsync();
            output.WriteLine($"host stopped in {stopping.Elapsed.TotalSeconds:F2} s");
            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), "the IDLE connection held up the shutdown");
        }
    }

    [Fact]
    public async Task Idle_Off_LeavesNewMailToPolling()
    {
        using var dovecot = new DovecotServer();
        await using var server = await StartIdleAsync(dovecot, useIdle: false);

        await dovecot.AppendAsync([Mails.WithAttachments("FAX受信 0566-12-3456", Mails.Png(400))]);
        await Task.Delay(5000);
        Assert.Equal(0, await server.WithDbAsync(db => db.Documents.CountAsync()));

        // The mail was there to take: a poll takes it.
        using var poll = await server.Http.PostAsync(new Uri("/api/v1/mailboxes/orders/poll", UriKind.Relative), null);
        poll.EnsureSuccessStatusCode();
        Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 1, Wait, "needs_review"));
    }

    [Fact]
    public async Task Idle_Reconnects_WhenServerRestarts()
    {
        using var dovecot = new DovecotServer();
        await using var server = await StartIdleAsync(dovecot, useIdle: true);

        dovecot.Stop();
        Assert.True(await TestServer.WaitUntilAsync(async () => await IdleStateAsync(server) == "reconnecting", Wait));
        await Task.Delay(2000);
        dovecot.Start();
        var down = Stopwatch.StartNew();
        Assert.True(await TestServer.WaitUntilAsync(async () => await IdleStateAsync(server) == "active", Wait));
        output.WriteLine($"IDLE active again {down.Elapsed.TotalSeconds:F1} s after the server came back");

        var clock = Stopwatch.StartNew();
        await dovecot.AppendAsync([Mails.WithAttachments("FAX受信 0566-12-3456", Mails.Png(500))]);
        Assert.True(await TestServer.WaitUntilAsync(async () => await server.WithDbAsync(db => db.Documents.CountAsync()) > 0, TimeSpan.FromSeconds(15)));
        output.WriteLine($"append -> document after the reconnect: {clock.Elapsed.TotalSeconds:F2} s");
    }

    /// <summary>A server whose first (start-up) poll is over, so only IDLE or the next poll in ten minutes can take new mail.</summary>
    private static async Task<TestServer> StartIdleAsync(DovecotServer dovecot, bool useIdle)
    {
        var server = await TestServer.StartAsync(
            MailTestHost.Settings(dovecot, interval: TenMinutes, extra: ("DocIntake:Mailboxes:0:UseIdle", useIdle ? "true" : "false")),
            new FakeReader());
        var expected = useIdle ? "active" : "off";
        Assert.True(await TestServer.WaitUntilAsync(
            async () => await IdleStateAsync(server) == expected
                && await server.WithDbAsync(db => db.MailboxStates.AnyAsync(s => s.LastSuccessAt != null)),
            Wait));
        return server;
    }

    private static async Task<string?> IdleStateAsync(TestServer server)
    {
        var health = await server.Http.GetFromJsonAsync<JsonObject>(new Uri("/health", UriKind.Relative));
        return (string?)health!["mailboxes"]![0]!["idle"];
    }
}
