using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DocIntake.Server.Tests;

/// <summary>Mail-to-parsed latency of a real 2-page fax on the embedded default (SQLite + in-memory Hangfire, real OCR).</summary>
public class LatencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task MailToParsed_ReadsEveryFax_WhenFaxesArriveOneByOne()
    {
        using var dovecot = new DovecotServer();
        await using var server = await TestServer.StartAsync(MailTestHost.Settings(dovecot, interval: TimeSpan.FromSeconds(2)));
        var latencies = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var sent = DateTime.UtcNow;
            await dovecot.AppendAsync([Mails.WithAttachments($"FAX受信 0566-12-345{i}", ("fax.tif", FaxFiles.TwoPageFax(i), "image/tiff"))]);
            Assert.True(await MailTestHost.WaitForDocumentsAsync(server, i + 1, TimeSpan.FromSeconds(120), "needs_review", "confirmed"));
            var done = await server.WithDbAsync(db => db.Documents.MaxAsync(d => d.UpdatedAt));
            latencies.Add((done - sent).TotalSeconds);
        }

        latencies.Sort();
        output.WriteLine($"mail-to-parsed, 2-page fax: p50 {latencies[2]:F1} s, p95 {latencies[^1]:F1} s ({string.Join(", ", latencies.Select(l => l.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))})");
        var pages = await server.WithDbAsync(db => db.Pages.CountAsync());
        Assert.Equal(10, pages);
    }
}
