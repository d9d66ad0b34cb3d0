using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DocIntake.Server.Tests;

/// <summary>Several DocIntake processes on one PostgreSQL database (documents and Hangfire), real OCR.</summary>
public class PostgresMultiNodeTests(ITestOutputHelper output)
{
    private static readonly string[] Terminal = [DocumentStatus.NeedsReview, DocumentStatus.Confirmed, DocumentStatus.Failed];

    [Fact]
    public async Task Nodes_ProcessEachDocumentOnce_WhenOneNodeIsKilledHalfway()
    {
        using var pg = new PostgresServer();
        var data = TestPaths.NewTempFolder("nodes");
        var nodes = new List<ServerProcess>();
        try
        {
            var settings = Settings(pg);
            for (var i = 0; i < 3; i++)
            {
                nodes.Add(new ServerProcess(data, settings));
            }

            foreach (var node in nodes)
            {
                await node.WaitHealthyAsync(TimeSpan.FromSeconds(90));
            }

            var clock = Stopwatch.StartNew();
            await UploadAsync(nodes[0], 200, 5000);
            using var db = Db(pg);
            Assert.True(await TestServer.WaitUntilAsync(async () => await db.Documents.CountAsync(d => Terminal.Contains(d.Status)) >= 100, TimeSpan.FromSeconds(240)));
            var half = clock.Elapsed;
            nodes[2].Kill();

            Assert.True(
                await TestServer.WaitUntilAsync(async () => await db.Documents.CountAsync(d => Terminal.Contains(d.Status)) == 200, TimeSpan.FromSeconds(240)),
                nodes[0].Output);
            output.WriteLine($"3 nodes: first 100 documents in {half.TotalSeconds:F1} s ({100 / half.TotalSeconds:F2}/s); all 200 in {clock.Elapsed.TotalSeconds:F1} s");

            var events = await db.AuditEvents.AsNoTracking().ToListAsync();
            var completions = events.Where(e => e.FromStatus == DocumentStatus.Processing && Terminal.Contains(e.ToStatus!)).GroupBy(e => e.DocumentId).ToList();
            Assert.Equal(200, completions.Count);
            Assert.All(completions, g => Assert.Single(g));
            var killed = $":{nodes[2].Pid}";
            var claimsBySurvivors = events.Where(e => e.Action == "status" && e.ToStatus == DocumentStatus.Processing && !e.Actor.EndsWith(killed, StringComparison.Ordinal))
                .GroupBy(e => e.DocumentId);
            Assert.All(claimsBySurvivors, g => Assert.Single(g));
            foreach (var worker in completions.Select(g => g.Single().Actor).GroupBy(a => a))
            {
                output.WriteLine($"{worker.Key}: {worker.Count()} documents");
            }

            Assert.Equal(200, await db.Documents.CountAsync(d => d.Status == DocumentStatus.NeedsReview || d.Status == DocumentStatus.Confirmed));
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task SingleNode_ProcessesAllDocuments_WhenAloneOnPostgres()
    {
        using var pg = new PostgresServer();
        var data = TestPaths.NewTempFolder("node1");
        try
        {
            using var node = new ServerProcess(data, Settings(pg));
            await node.WaitHealthyAsync(TimeSpan.FromSeconds(90));
            var clock = Stopwatch.StartNew();
            await UploadAsync(node, 60, 9000);
            using var db = Db(pg);
            Assert.True(await TestServer.WaitUntilAsync(async () => await db.Documents.CountAsync(d => Terminal.Contains(d.Status)) == 60, TimeSpan.FromSeconds(240)));
            output.WriteLine($"1 node: 60 documents in {clock.Elapsed.TotalSeconds:F1} s ({60 / clock.Elapsed.TotalSeconds:F2}/s)");
            Assert.Equal(60, await db.Documents.CountAsync(d => d.Status == DocumentStatus.NeedsReview || d.Status == DocumentStatus.Confirmed));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static Dictionary<string, string> Settings(PostgresServer pg) => new()
    {
        ["DocIntake:Storage:Provider"] = "PostgreSql",
        ["DocIntake:Storage:ConnectionString"] = pg.ConnectionString(),
        ["DocIntake:Processing:OcrLanguages"] = "eng",
        ["DocIntake:Processing:OcrWorkers"] = "1",
        ["DocIntake:Processing:PagesInParallel"] = "1",
        ["DocIntake:Processing:Lease"] = "00:00:15",
        ["DocIntake:Processing:ReconcileInterval"] = "00:00:05",
    };

    private static async Task UploadAsync(ServerProcess node, int count, int seed)
    {
        for (var i = 0; i < count; i++)
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(TestImages.UniquePng(seed + i)), "file", $"scan-{i}.png" } };
            using var response = await node.Http.PostAsync(new Uri("/api/v1/documents", UriKind.Relative), form);
            response.EnsureSuccessStatusCode();
            Assert.Equal("received", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["status"]);
        }
    }

    private static IntakeDbContext Db(PostgresServer pg) =>
        new(new DbContextOptionsBuilder<IntakeDbContext>().UseNpgsql(pg.ConnectionString()).Options);
}
