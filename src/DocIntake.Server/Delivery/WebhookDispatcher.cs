using System.Text.Json;
using DocIntake.Server.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Delivery;

/// <summary>
/// The outbox reader. Audit events are written in the same transaction as each state change, so they are the outbox:
/// fan-out turns the new ones into one delivery row per matching subscription (advancing the subscription's cursor in
/// the same save), and the sweep queues a send job for every delivery that is due. Both are safe to run on several
/// nodes at once: the cursor is a concurrency token, (subscription, event) is unique, and a delivery is queued only by
/// the node whose conditional update took its lock.
/// </summary>
internal sealed class WebhookDispatcher(
    IntakeDbContext db, IBackgroundJobClient jobs, IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
{
    private const int Batch = 500;

    public async Task<int> FanOutAsync(CancellationToken cancellationToken)
    {
        var subscriptions = await db.Set<WebhookSubscription>().Where(s => s.Active).ToListAsync(cancellationToken);
        if (subscriptions.Count == 0)
        {
            return 0;
        }

        var horizon = await db.AuditEvents.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        var created = 0;
        foreach (var subscription in subscriptions.Where(s => s.LastEventId < horizon))
        {
            created += await FanOutAsync(subscription, horizon, cancellationToken);
        }

        return created;
    }

    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var deliveries = db.Set<WebhookDelivery>();
        var due = await deliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDelivery.Pending && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Version })
            .Take(Batch)
            .ToListAsync(cancellationToken);
        var lockedUntil = now + options.Value.Timeout + TimeSpan.FromMinutes(5);
        var queued = 0;
        foreach (var delivery in due)
        {
            var taken = await deliveries.Where(d => d.Id == delivery.Id && d.Version == delivery.Version)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LockedUntil, lockedUntil).SetProperty(d => d.Version, d => d.Version + 1), cancellationToken);
            if (taken == 1)
            {
                var id = delivery.Id;
                jobs.Enqueue<WebhookSendJob>(job => job.SendAsync(id, CancellationToken.None));
                queued++;
            }
        }

        return queued;
    }

    private async Task<int> FanOutAsync(WebhookSubscription subscription, long horizon, CancellationToken cancellationToken)
    {
        var statuses = subscription.Events.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.StartsWith("document.", StringComparison.Ordinal) ? e["document.".Length..] : e)
            .ToList();
        var from = subscription.LastEventId;
        // A status that did not change (a reviewer saving a field) is not an event.
        var events = await db.AuditEvents.AsNoTracking()
            .Where(a => a.Id > from && a.Id <= horizon && a.ToStatus != null && statuses.Contains(a.ToStatus)
                && (a.FromStatus == null || a.FromStatus != a.ToStatus))
            .OrderBy(a => a.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        var upTo = events.Count == Batch ? events[^1].Id : horizon;
        var ids = events.Select(e => e.Id).ToList();
        var existing = await db.Set<WebhookDelivery>()
            .Where(d => d.SubscriptionId == subscription.Id && ids.Contains(d.EventId))
            .Select(d => d.EventId)
            .ToListAsync(cancellationToken);
        var documentIds = events.Select(e => e.DocumentId).Distinct().ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = events.Where(e => !existing.Contains(e.Id)).ToList();
        foreach (var e in fresh)
        {
            db.Set<WebhookDelivery>().Add(new WebhookDelivery
            {
                SubscriptionId = subscription.Id,
                EventId = e.Id,
                Event = WebhookEvents.ForStatus(e.ToStatus!),
                DocumentId = e.DocumentId,
                Payload = Payload(e, documents.GetValueOrDefault(e.DocumentId)),
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }

        subscription.LastEventId = upTo;
        subscription.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return fresh.Count;
        }
        catch (DbUpdateException ex)
        {
            // Another node fanned out the same events first; its rows stand and the next round starts from its cursor.
            logger.LogDebug(ex, "Webhook fan-out for {Subscription} lost a race", subscription.Id);
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private static string Payload(AuditEvent e, DocumentRecord? document) => JsonSerializer.Serialize(new
    {
        id = "evt_" + e.Id,
        type = WebhookEvents.ForStatus(e.ToStatus!),
        createdAt = ConsumerViews.Time(e.At),
        data = new
        {
            documentId = e.DocumentId,
            status = e.ToStatus,
            previousStatus = e.FromStatus,
            reason = e.Reason,
            actor = e.Actor,
            documentType = document?.DocumentType,
            sender = document?.Sender,
            mailbox = document?.Mailbox,
            fileName = document?.FileName,
            href = $"/api/v1/documents/{e.DocumentId}",
        },
    });
}
