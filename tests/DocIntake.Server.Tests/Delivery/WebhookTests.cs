using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocIntake.Server.Delivery;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DocIntake.Server.Tests.Delivery;

public class WebhookTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private static Dictionary<string, string?> FastRetries(string interval = "00:00:00.2") => new()
    {
        ["DocIntake:Delivery:DispatchInterval"] = interval,
        ["DocIntake:Delivery:FirstRetryDelay"] = "00:00:00.3",
        ["DocIntake:Delivery:MaxRetryDelay"] = "00:00:01",
        ["DocIntake:Delivery:Timeout"] = "00:00:05",
    };

    [Fact]
    public async Task Webhooks_DeliverEveryEventOnceSigned_WhenListenerFailsFirstAttempts()
    {
        await using var listener = await WebhookListener.StartAsync("a-secret-of-the-erp-team-1234");
        listener.Answer = (_, attempt) => attempt <= 2 ? 503 : 200;
        await using var server = await TestServer.StartAsync(FastRetries(), reader: new OrderReader());
        var subscription = await SubscribeAsync(server, listener);

        var clean = await server.UploadAsync(TestImages.UniquePng(71), "ok-1.png");
        var review = await server.UploadAsync(TestImages.UniquePng(72), "review-2.png");
        var duplicate = await server.UploadAsync(TestImages.UniquePng(71), "ok-1-again.png");
        Assert.True(await TestServer.WaitUntilAsync(async () => await StatusAsync(server, review) == DocumentStatus.NeedsReview, Wait));
        Assert.True(await TestServer.WaitUntilAsync(async () => await StatusAsync(server, clean) == DocumentStatus.Confirmed, Wait));
        await ConfirmAsync(server, review);
        var seeded = await DeliveryData.ConfirmAsync(server, DeliveryData.Order("PO-9", "A社", "", ("P", "x", 1, 1m)));

        var expected = await ExpectedEventsAsync(server);
        Assert.True(await TestServer.WaitUntilAsync(() => AllDeliveredAsync(server, expected.Count), Wait), Dump(listener));
        await Task.Delay(500); // anything sent twice would arrive now

        var delivered = listener.Requests.Where(r => r.Answered == 200).ToList();
        output.WriteLine(Dump(listener));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), delivered.Select(r => r.EventId).Order(StringComparer.Ordinal));
        Assert.All(delivered, r => Assert.Equal(expected[r.EventId], (r.Event, r.DocumentId)));
        Assert.All(listener.Requests, r => Assert.True(r.SignatureValid, r.EventId));
        Assert.All(listener.Requests.GroupBy(r => r.EventId), g => Assert.Equal(3, g.Count()));
        Assert.Contains((WebhookEvents.Confirmed, clean), expected.Values);
        Assert.Contains((WebhookEvents.NeedsReview, review), expected.Values);
        Assert.Contains((WebhookEvents.Confirmed, review), expected.Values);
        Assert.Contains((WebhookEvents.Rejected, duplicate), expected.Values);
        Assert.Contains((WebhookEvents.Confirmed, seeded), expected.Values);

        var log = await server.Http.GetFromJsonAsync<JsonArray>(new Uri($"/api/v1/webhooks/{subscription}/deliveries", UriKind.Relative));
        var first = await server.Http.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/webhooks/deliveries/{(long)log![0]!["id"]!}", UriKind.Relative));
        Assert.Equal([503, 503, 200], first!["log"]!.AsArray().Select(a => (int)a!["statusCode"]!));

        // Redelivery: the same event once more, freshly signed.
        var eventId = (string)first["eventId"]!;
        using var redeliver = await server.Http.PostAsync(new Uri($"/api/v1/webhooks/deliveries/{(long)first["id"]!}/redeliver", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        Assert.True(await TestServer.WaitUntilAsync(() => Task.FromResult(listener.Requests.Count(r => r.EventId == eventId) == 4), Wait));
        Assert.True(listener.Requests.Last(r => r.EventId == eventId).SignatureValid);
    }

    [Fact]
    public async Task Webhooks_DeliverEverythingAfterwards_WhenServerStoppedBeforeDispatchAndConsumerWasDown()
    {
        await using var listener = await WebhookListener.StartAsync("another-secret-for-the-qms-5678");
        var consumerUp = false;
        listener.Answer = (_, _) => consumerUp ? 200 : 503;
        var data = TestPaths.NewTempFolder("webhook");
        try
        {
            List<string> confirmed = [];
            // First life: events are committed with the state changes, but the dispatcher never gets to run.
            await using (var first = await TestServer.StartAsync(FastRetries("01:00:00"), reader: new FakeReader(), dataPath: data))
            {
                await SubscribeAsync(first, listener);
                for (var i = 0; i < 4; i++)
                {
                    confirmed.Add(await DeliveryData.ConfirmAsync(first, DeliveryData.Order($"PO-{i}", "A社", "", ("P", "x", 1, 1m))));
                }

                Assert.Equal(0, await first.WithDbAsync(db => db.Set<WebhookDelivery>().CountAsync()));
            }

            // Second life: the outbox is read; the consumer is down for several attempts, then comes back.
            await using var second = await TestServer.StartAsync(FastRetries(), reader: new FakeReader(), dataPath: data);
            var expected = await ExpectedEventsAsync(second);
            Assert.True(await TestServer.WaitUntilAsync(
                () => Task.FromResult(listener.Requests.GroupBy(r => r.EventId).Count(g => g.Count() >= 3) == expected.Count), Wait), Dump(listener));
            consumerUp = true;
            Assert.True(await TestServer.WaitUntilAsync(() => AllDeliveredAsync(second, expected.Count), Wait), Dump(listener));
            await Task.Delay(500);

            var delivered = listener.Requests.Where(r => r.Answered == 200).ToList();
            Assert.Equal(8, expected.Count); // needs_review + confirmed for each of the four
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), delivered.Select(r => r.EventId).Order(StringComparer.Ordinal));
            Assert.Equal(confirmed.Order(StringComparer.Ordinal), delivered.Where(r => r.Event == WebhookEvents.Confirmed).Select(r => r.DocumentId).Order(StringComparer.Ordinal));
            Assert.All(listener.Requests, r => Assert.True(r.SignatureValid));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void RetryDelay_DoublesUpToTheCap_WhenAttemptsFail()
    {
        var options = new DeliveryOptions { FirstRetryDelay = TimeSpan.FromSeconds(10), MaxRetryDelay = TimeSpan.FromHours(1) };

        var delays = Enumerable.Range(1, 15).Select(options.RetryDelay).ToList();

        Assert.Equal([10, 20, 40, 80, 160], delays.Take(5).Select(d => (int)d.TotalSeconds));
        Assert.Equal(TimeSpan.FromHours(1), delays[^1]);
        Assert.True(delays.Aggregate(TimeSpan.Zero, (a, b) => a + b) > TimeSpan.FromHours(5), "default schedule must outlast an hour's outage");
    }

    private static async Task<string> SubscribeAsync(TestServer server, WebhookListener listener)
    {
        using var response = await server.Http.PostAsJsonAsync(
            new Uri("/api/v1/webhooks", UriKind.Relative), new { url = listener.Url, events = WebhookEvents.All, secret = listener.Secret });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    // What should arrive, from the store's own record: every status change into a subscribed status.
    private static Task<Dictionary<string, (string Event, string DocumentId)>> ExpectedEventsAsync(TestServer server) =>
        server.WithDbAsync(async db =>
        {
            var since = await db.Set<WebhookSubscription>().MinAsync(s => s.CreatedAt);
            var events = await db.AuditEvents.AsNoTracking()
                .Where(a => a.At >= since && a.ToStatus != null && (a.ToStatus == "confirmed" || a.ToStatus == "rejected" || a.ToStatus == "needs_review")
                    && (a.FromStatus == null || a.FromStatus != a.ToStatus))
                .ToListAsync();
            return events.ToDictionary(a => "evt_" + a.Id, a => ("document." + a.ToStatus, a.DocumentId));
        });

    private static Task<bool> AllDeliveredAsync(TestServer server, int count) =>
        server.WithDbAsync(async db => await db.Set<WebhookDelivery>().CountAsync(d => d.Status == WebhookDelivery.Delivered) == count);

    private static async Task<string?> StatusAsync(TestServer server, string id) => (string?)(await server.GetDocumentAsync(id))["status"];

    private static async Task ConfirmAsync(TestServer server, string id)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DocumentStore>();
        var record = (await store.FindAsync(id, CancellationToken.None))!;
        Assert.True(await store.TryMoveAsync(record, DocumentStatus.Confirmed, "test:reviewer", "reviewed", CancellationToken.None));
    }

    private static string Dump(WebhookListener listener) =>
        string.Join(Environment.NewLine, listener.Requests.Select(r => $"{r.EventId} {r.Event} {r.DocumentId} #{r.Attempt} -> {r.Answered} signed:{r.SignatureValid}"));
}
