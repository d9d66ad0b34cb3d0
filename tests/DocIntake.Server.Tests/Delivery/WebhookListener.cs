using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocIntake.Server.Tests.Delivery;

/// <summary>A consumer's webhook endpoint on 127.0.0.1 that records every request and answers as the test says.</summary>
internal sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> attempts = new();

    private WebhookListener(WebApplication app, string secret)
    {
        this.app = app;
        Secret = secret;
    }

    public sealed record Request(string EventId, string Event, string DocumentId, int Attempt, int Answered, bool SignatureValid, long Timestamp);

    public string Secret { get; }

    public string Url { get; private set; } = "";

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>Status code for the n-th attempt (1-based) of an event.</summary>
    public Func<string, int, int> Answer { get; set; } = (_, _) => 200;

    public static async Task<WebhookListener> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new WebhookListener(app, secret);
        app.MapPost("/hook", listener.HandleAsync);
        await app.StartAsync();
        listener.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
        return listener;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    // The signature is checked here independently of the server's code: HMAC-SHA256 over "{timestamp}." + raw body.
    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var timestamp = context.Request.Headers["X-DocIntake-Timestamp"].ToString();
        var signature = context.Request.Headers["X-DocIntake-Signature"].ToString();
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray()));
        var payload = JsonNode.Parse(body)!;
        var eventId = context.Request.Headers["X-DocIntake-Event-Id"].ToString();
        var attempt = attempts.AddOrUpdate(eventId, 1, (_, n) => n + 1);
        var status = Answer(eventId, attempt);
        Requests.Enqueue(new Request(
            eventId,
            (string)payload["type"]!,
            (string)payload["data"]!["documentId"]!,
            attempt,
            status,
            signature == expected && (string?)payload["id"] == eventId,
            long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture)));
        context.Response.StatusCode = status;
    }
}
