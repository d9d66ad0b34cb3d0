using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DocIntake.Server.Folders;
using DocIntake.Server.Options;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace DocIntake.Server.Tests;

/// <summary>Several watchers on one folder (nodes sharing a scanner share): each file becomes one document.</summary>
public class SharedFolderTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Watchers_TakeEachFileOnce_WhenTwoWatchOneFolder()
    {
        var inbox = TestPaths.NewTempFolder("shared");
        try
        {
            var reader = new FakeReader();
            await using var server = await TestServer.StartAsync(reader: reader);
            var watch = Microsoft.Extensions.Options.Options.Create(new ServerOptions
            {
                Folders = [new FolderWatchOptions { Name = "scanner", Path = inbox, StableFor = TimeSpan.FromMilliseconds(500), PollInterval = TimeSpan.FromMilliseconds(100) }],
            });
            var logs = new[] { new ListLogger(), new ListLogger() };
            var watchers = logs.Select(log => new FolderWatcher(server.Services.GetRequiredService<IServiceScopeFactory>(), watch, TimeProvider.System, log)).ToList();
            foreach (var watcher in watchers)
            {
                await watcher.StartAsync(CancellationToken.None);
            }

            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 50; i++)
            {
                await File.WriteAllBytesAsync(Path.Combine(inbox, $"scan-{i:D2}.png"), TestImages.UniquePng(800 + i));
            }

            Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 50, TimeSpan.FromSeconds(60), DocumentStatus.NeedsReview));
            var elapsed = clock.Elapsed;
            await Task.Delay(1000); // a duplicate, if any, would show up now
            foreach (var watcher in watchers)
            {
                await watcher.StopAsync(CancellationToken.None);
                watcher.Dispose();
            }

            var documents = await server.WithDbAsync(db => db.Documents.AsNoTracking().ToListAsync());
            var stored = logs.Select(log => log.Messages.Where(m => m.Contains(" stored as ", StringComparison.Ordinal)).ToList()).ToList();
            output.WriteLine($"50 files, 2 watchers: {documents.Count} documents in {elapsed.TotalSeconds:F1} s; stored by the first {stored[0].Count}, by the second {stored[1].Count}");
            Assert.Equal(50, documents.Count);
            Assert.Equal(50, documents.Select(d => d.FileName).Distinct().Count());
            Assert.All(documents, d => Assert.Equal(DocumentStatus.NeedsReview, d.Status));
            Assert.Equal(50, stored.Sum(s => s.Count)); // each file read and stored by one watcher, not merely deduplicated
            Assert.Equal(50, reader.Reads.Count);
            Assert.All(reader.Reads.Values, n => Assert.Equal(1, n));
            Assert.Empty(Directory.GetFiles(inbox));
            Assert.Empty(Directory.GetFiles(Path.Combine(inbox, FileClaims.FolderName), "*", SearchOption.AllDirectories));
            Assert.Equal(50, Directory.GetFiles(Path.Combine(inbox, "done")).Length);
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }

    [Fact]
    public async Task Watcher_TakesOverClaims_WhenTheirNodeDiedOrTheyAreStale()
    {
        var inbox = TestPaths.NewTempFolder("stale");
        try
        {
            var now = DateTimeOffset.UtcNow;
            using (var exited = Process.Start("true"))
            {
                await exited!.WaitForExitAsync();
                Claim(inbox, $"{Environment.MachineName}.{exited.Id}.0badc0de", now, "dead-local.png", 900);
            }

            Claim(inbox, "other-host.77.deadbeef", now.AddHours(-1), "old-remote.png", 901);
            Claim(inbox, "other-host.78.feedface", now, "fresh-remote.png", 902);

            await using var server = await TestServer.StartAsync(WatchSettings(inbox, staleClaimAfter: "00:00:06"), new FakeReader());
            Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 2, TimeSpan.FromSeconds(30), DocumentStatus.NeedsReview));
            var first = await server.WithDbAsync(db => db.Documents.AsNoTracking().Select(d => d.FileName).ToListAsync());
            Assert.Equal(["dead-local.png", "old-remote.png"], first.Order());

            // A claim younger than StaleClaimAfter of a node that may be alive elsewhere is left alone until then.
            Assert.True(await MailTestHost.WaitForDocumentsAsync(server, 3, TimeSpan.FromSeconds(30), DocumentStatus.NeedsReview));
            var taken = DateTimeOffset.UtcNow - now;
            output.WriteLine($"fresh remote claim taken over after {taken.TotalSeconds:F1} s (StaleClaimAfter 6 s)");
            Assert.True(taken >= TimeSpan.FromSeconds(6), $"taken after {taken}");
            Assert.Empty(Directory.GetFiles(Path.Combine(inbox, FileClaims.FolderName), "*", SearchOption.AllDirectories));
            Assert.Equal(3, Directory.GetFiles(Path.Combine(inbox, "done")).Length);
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }

    private static void Claim(string inbox, string node, DateTimeOffset at, string name, int seed)
    {
        var folder = Path.Combine(inbox, FileClaims.FolderName, node);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, $"{at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}~{name}"), TestImages.UniquePng(seed));
    }

    private static Dictionary<string, string?> WatchSettings(string inbox, string staleClaimAfter = "00:05:00") => new()
    {
        ["DocIntake:Folders:0:Name"] = "scanner",
        ["DocIntake:Folders:0:Path"] = inbox,
        ["DocIntake:Folders:0:StableFor"] = "00:00:00.500",
        ["DocIntake:Folders:0:PollInterval"] = "00:00:00.100",
        ["DocIntake:Folders:0:StaleClaimAfter"] = staleClaimAfter,
    };

    private sealed class ListLogger : ILogger<FolderWatcher>
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue(formatter(state, exception));
    }
}
