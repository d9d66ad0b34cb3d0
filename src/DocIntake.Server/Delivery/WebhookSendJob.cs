using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Delivery;

/// <summary>
/// Sends one delivery (queue notify, job argument = delivery id). The retry schedule lives on the delivery row, not in
/// Hangfire: a failure sets the next attempt time with exponential backoff and the dispatcher queues it again then, so
/// a retry survives a restart even with in-memory job storage.
/// </summary>
internal sealed class WebhookSendJob(
    IntakeDbContext db, IHttpClientFactory clients, IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<WebhookSendJob> logger)
{
    public const string HttpClientName = "webhooks";

    [Queue(Queues.Notify)]
    [AutomaticRetry(Attempts = 0)]
    public async Task SendAsync(long deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.Set<WebhookDelivery>().SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery is null || delivery.Status != WebhookDelivery.Pending)
        {
            return;
        }

        var subscription = await db.Set<WebhookSubscription>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
        if (subscription is null || !subscription.Active)
        {
            delivery.Status = WebhookDelivery.Failed;
            delivery.LastError = "subscription removed";
            delivery.Version++;
            await SaveAsync(cancellationToken);
            return;
        }

        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(subscription.Secret, timestamp, body));
        request.Headers.Add(WebhookSignature.EventIdHeader, "evt_" + delivery.EventId.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(CultureInfo.InvariantCulture));

        var clockWatch = Stopwatch.StartNew();
        int? status = null;
        string? error = null;
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : $"HTTP {status}";
        }
        catch (HttpRequestException ex)
        {
            error = ex.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"no answer within {options.Value.Timeout.TotalSeconds:0} s";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<WebhookAttempt>().Add(new WebhookAttempt
        {
            DeliveryId = delivery.Id, At = now, StatusCode = status, Error = error, DurationMs = (int)clockWatch.ElapsedMilliseconds,
        });
        delivery.Attempts++;
        delivery.LastStatusCode = status;
        delivery.LastError = error;
        delivery.LockedUntil = null;
        delivery.Version++;
        if (error is null)
        {
            delivery.Status = WebhookDelivery.Delivered;
            delivery.DeliveredAt = now;
        }
        else if (delivery.Attempts >= options.Value.MaxAttempts)
        {
            delivery.Status = WebhookDelivery.Failed;
            logger.LogWarning("Webhook delivery {Delivery} to {Subscription} gave up after {Attempts} attempts: {Error}", delivery.Id, subscription.Id, delivery.Attempts, error);
        }
        else
        {
            delivery.NextAttemptAt = now + options.Value.RetryDelay(delivery.Attempts);
        }

        await SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Redelivered or changed by an administrator meanwhile: that state wins; the attempt was still made.
            db.ChangeTracker.Clear();
        }
    }
}
