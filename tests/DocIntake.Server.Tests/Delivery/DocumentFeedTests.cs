using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace DocIntake.Server.Tests.Delivery;

public class DocumentFeedTests(ITestOutputHelper output)
{
    private sealed record Seen(string Id, long Seq, int Version, string Status);

    [Fact]
    public async Task List_PagesWithoutSkipsOrRepeats_WhileDocumentsArrive()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader { Delay = TimeSpan.FromMilliseconds(15) });
        await PageWhileDocumentsArriveAsync(server);
    }

    [Fact]
    public async Task List_PagesWithoutSkipsOrRepeats_WhileDocumentsArriveOnPostgres()
    {
        using var pg = new PostgresServer();
        await using var server = await TestServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["DocIntake:Storage:Provider"] = "PostgreSql",
                ["DocIntake:Storage:ConnectionString"] = pg.ConnectionString(),
                ["DocIntake:Processing:OcrWorkers"] = "3",
            },
            reader: new FakeReader { Delay = TimeSpan.FromMilliseconds(15) });
        await PageWhileDocumentsArriveAsync(server);
    }

    private async Task PageWhileDocumentsArriveAsync(TestServer server)
    {
        const int Total = 60;
        var uploaded = new ConcurrentBag<string>();
        var uploads = Task.Run(async () =>
        {
            await Parallel.ForAsync(0, Total, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (i, _) =>
                uploaded.Add(await server.UploadAsync(TestImages.UniquePng(1000 + i), $"scan-{i}.png")));
        });

        var seen = new List<Seen>();
        long cursor = 0;
        var pagesDuringIntake = 0;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var intakeRunning = !uploads.IsCompleted
                || await server.WithDbAsync(db => db.Documents.AnyAsync(d => d.Status == DocumentStatus.Received || d.Status == DocumentStatus.Processing));
            var (items, next) = await PageAsync(server, cursor, 7);
            seen.AddRange(items);
            cursor = next;
            pagesDuringIntake += intakeRunning ? 1 : 0;
            if (!intakeRunning && items.Count == 0)
            {
                break;
            }

            if (items.Count == 0)
            {
                await Task.Delay(30);
            }
        }

        await uploads;
        output.WriteLine($"{seen.Count} items in {pagesDuringIntake} pages read during intake");
        Assert.True(pagesDuringIntake > 3, $"only {pagesDuringIntake} pages during intake");
        Assert.Equal(uploaded.Order(StringComparer.Ordinal), seen.Select(s => s.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.All(seen.GroupBy(s => (s.Id, s.Version)), g => Assert.Single(g));
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First.Seq < p.Second.Seq), "change sequence numbers not increasing");
        var final = await server.WithDbAsync(db => db.Documents.ToDictionaryAsync(d => d.Id, d => (d.Version, d.Status)));
        Assert.All(seen.GroupBy(s => s.Id), g => Assert.Equal(final[g.Key], (g.Last().Version, g.Last().Status)));
    }

    [Fact]
    public async Task List_AppliesFilters_WhenTypeSenderSinceAndExportedGiven()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var fromA = await DeliveryData.ConfirmAsync(server, DeliveryData.Order("PO-1", "A社", "", ("P", "x", 1, 1m)), sender: "0566-11-1111");
        var fromB = await DeliveryData.ConfirmAsync(server, DeliveryData.Order("PO-2", "B社", "", ("P", "x", 1, 1m)), sender: "0566-22-2222");
        var quality = await DeliveryData.ConfirmAsync(server, DeliveryData.QualityRecord("L-1", ("外径", 9.95m, 10.05m, [10.01m])), sender: "0566-11-1111");
        await Task.Delay(50);
        var since = DateTime.UtcNow;
        await Task.Delay(50);
        var late = await DeliveryData.ConfirmAsync(server, DeliveryData.Order("PO-3", "A社", "", ("P", "x", 1, 1m)), sender: "0566-11-1111");

        var orders = await IdsAsync(server, "type=order&status=confirmed");
        var senderA = await IdsAsync(server, "sender=0566-11-1111");
        var recent = await IdsAsync(server, "updatedSince=" + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture)));
        using var mark = await server.Http.PostAsync(new Uri($"/api/v1/documents/{fromA}/exported", UriKind.Relative), null);
        var notExported = await IdsAsync(server, "type=order&exported=false");

        Assert.Equal([fromA, fromB, late], orders);
        Assert.Equal([fromA, quality, late], senderA);
        Assert.Equal([late], recent);
        Assert.Equal(HttpStatusCode.OK, mark.StatusCode);
        Assert.Equal([fromB, late], notExported);
    }

    [Fact]
    public async Task List_GivesNextCursorInHeaderAndLink_WhenPaging()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        for (var i = 0; i < 3; i++)
        {
            await DeliveryData.ConfirmAsync(server, DeliveryData.Order($"PO-{i}", "A社", "", ("P", "x", 1, 1m)));
        }

        using var first = await server.Http.GetAsync(new Uri("/api/v1/documents?limit=2&type=order", UriKind.Relative));
        var link = first.Headers.GetValues("Link").Single();
        var next = first.Headers.GetValues("X-Next-Cursor").Single();
        var second = await server.Http.GetFromJsonAsync<JsonArray>(new Uri(link[1..link.IndexOf('>', StringComparison.Ordinal)], UriKind.Relative));

        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonArray>())!.Count);
        Assert.Contains("cursor=" + next, link, StringComparison.Ordinal);
        Assert.Contains("type=order", link, StringComparison.Ordinal);
        Assert.Single(second!);
    }

    private static async Task<(List<Seen> Items, long Next)> PageAsync(TestServer server, long cursor, int limit)
    {
        using var response = await server.Http.GetAsync(new Uri($"/api/v1/documents?cursor={cursor}&limit={limit}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var items = (await response.Content.ReadFromJsonAsync<JsonArray>())!
            .Select(d => new Seen((string)d!["id"]!, (long)d["changeSeq"]!, (int)d["version"]!, (string)d["status"]!))
            .ToList();
        return (items, long.Parse(response.Headers.GetValues("X-Next-Cursor").Single(), CultureInfo.InvariantCulture));
    }

    private static async Task<List<string>> IdsAsync(TestServer server, string query) =>
        [.. (await server.Http.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/documents?" + query, UriKind.Relative)))!.Select(d => (string)d!["id"]!)];
}
