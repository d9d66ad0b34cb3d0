using System.Diagnostics;
using DocIntake.Pipeline;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DocIntake.Server.Tests;

/// <summary>A document that takes longer than its lease: the worker renews the lease, and stops when it lost it.</summary>
public class LeaseRenewalTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ReadTime = TimeSpan.FromSeconds(8);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunAsync_RenewsLease_WhenReadingOutlivesIt(bool onPostgres)
    {
        using var pg = onPostgres ? new PostgresServer() : null;
        var settings = Settings(reconcileInterval: "00:00:01");
        if (pg is not null)
        {
            settings["DocIntake:Storage:Provider"] = "PostgreSql";
            settings["DocIntake:Storage:ConnectionString"] = pg.ConnectionString();
        }

        var reader = new FakeReader { Delay = ReadTime };
        await using var server = await TestServer.StartAsync(settings, reader);
        var id = await server.UploadAsync(TestImages.UniquePng(700), "long.png");
        Assert.True(await TestServer.WaitUntilAsync(async () => await StatusAsync(server, id) == DocumentStatus.Processing, TimeSpan.FromSeconds(30)));

        // Past the 2 s lease several times over: the reconciler (recurring every second, and run here) finds nothing.
        var clock = Stopwatch.StartNew();
        var reenqueued = new List<int>();
        while (clock.Elapsed < TimeSpan.FromSeconds(6))
        {
            await Task.Delay(1000);
            await using var scope = server.Services.CreateAsyncScope();
            reenqueued.Add(await scope.ServiceProvider.GetRequiredService<Reconciler>().ReconcileAsync(TimeSpan.FromMinutes(5), CancellationToken.None));
            var lease = await server.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => d.LeaseUntil).SingleAsync());
            Assert.True(lease is null || lease > DateTime.UtcNow, $"lease {lease:o} has run out");
        }

        Assert.All(reenqueued, n => Assert.Equal(0, n));
        Assert.True(await TestServer.WaitUntilAsync(async () => await StatusAsync(server, id) == DocumentStatus.NeedsReview, TimeSpan.FromSeconds(30)));

        var events = await server.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.DocumentId == id).OrderBy(e => e.Id).ToListAsync());
        var version = await server.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => d.Version).SingleAsync());
        output.WriteLine($"{(onPostgres ? "PostgreSQL" : "SQLite")}: read {ReadTime.TotalSeconds} s under a 2 s lease: version {version} (claim, {version - 2} renewals, result); reconciler runs {reenqueued.Count}");
        Assert.Single(events, e => e.ToStatus == DocumentStatus.Processing);
        Assert.Single(events, e => e.ToStatus == DocumentStatus.NeedsReview);
        Assert.Equal(1, Assert.Single(reader.Reads).Value);
        Assert.InRange(version - 2, 6, 16); // about every 0.67 s for 8 s
    }

    /// <summary>
    /// Lease 2 s: the next renewal (lease/3) sees the takeover and cancels the reading. Lease 60 s and a reading that
    /// ignores cancellation and ends before any renewal: the final write is refused by the version check.
    /// </summary>
    [Theory]
    [InlineData("00:00:02", 8, false)]
    [InlineData("00:01:00", 3, true)]
    public async Task RunAsync_WritesNothing_WhenLeaseWasTakenOver(string lease, int readSeconds, bool readerIgnoresCancellation)
    {
        var reader = new SlowReader(TimeSpan.FromSeconds(readSeconds), readerIgnoresCancellation);
        await using var server = await TestServer.StartAsync(Settings(reconcileInterval: "01:00:00", lease), reader);
        var id = await server.UploadAsync(TestImages.UniquePng(710), "taken.png");
        Assert.True(await reader.Started.Task.WaitAsync(TimeSpan.FromSeconds(30)));

        // Another worker takes the document over (as after an expired lease) and has already written a page.
        var takenAt = Stopwatch.StartNew();
        await server.WithDbAsync(async db =>
        {
            db.Pages.Add(new PageRecord { DocumentId = id, Number = 1, Width = 1, Height = 1, TextJson = "{\"winner\":true}" });
            await db.SaveChangesAsync();
            return await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(d => d.LeaseOwner, "worker:elsewhere:1")
                .SetProperty(d => d.LeaseUntil, DateTime.UtcNow.AddHours(1))
                .SetProperty(d => d.Version, d => d.Version + 1));
        });

        if (!readerIgnoresCancellation)
        {
            // Renewal every lease/3 (0.67 s) notices the takeover and stops the reading well before its 8 s.
            Assert.True(await reader.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
            output.WriteLine($"reading cancelled {takenAt.Elapsed.TotalSeconds:F2} s after the takeover");
        }

        Assert.True(await reader.Finished.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        await Task.Delay(1500); // time for a write, if one were to come
        var document = await server.WithDbAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == id));
        var page = await server.WithDbAsync(db => db.Pages.AsNoTracking().SingleAsync(p => p.DocumentId == id));
        var events = await server.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.DocumentId == id).ToListAsync());
        Assert.Equal(DocumentStatus.Processing, document.Status);
        Assert.Equal("worker:elsewhere:1", document.LeaseOwner);
        Assert.Null(document.ContractJson);
        Assert.Equal("{\"winner\":true}", page.TextJson);
        Assert.Equal([DocumentStatus.Received, DocumentStatus.Processing], events.OrderBy(e => e.Id).Select(e => e.ToStatus));
    }

    private static Dictionary<string, string?> Settings(string reconcileInterval, string lease = "00:00:02") => new()
    {
        ["DocIntake:Processing:Lease"] = lease,
        ["DocIntake:Processing:ReconcileInterval"] = reconcileInterval,
        ["DocIntake:Processing:ReceivedGrace"] = "00:05:00",
    };

    private static Task<string?> StatusAsync(TestServer server, string id) =>
        server.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => (string?)d.Status).SingleOrDefaultAsync());

    /// <summary>Reads for a fixed time, observing cancellation or (like a native call) not; reports what happened.</summary>
    private sealed class SlowReader(TimeSpan duration, bool ignoreCancellation) : IDocumentReader
    {
        private readonly FakeReader inner = new();

        public TaskCompletionSource<bool> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ProcessedDocument Read(InputFile input, CancellationToken cancellationToken)
        {
            Started.TrySetResult(true);
            try
            {
                if (ignoreCancellation)
                {
                    Thread.Sleep(duration);
                }
                else
                {
                    Task.Delay(duration, cancellationToken).Wait(cancellationToken);
                }

                return inner.Read(input, CancellationToken.None);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult(true);
                throw;
            }
            finally
            {
                Finished.TrySetResult(true);
            }
        }

        public object Describe() => new { status = "ok", engine = "slow" };
    }
}
