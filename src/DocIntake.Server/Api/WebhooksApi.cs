using System.Security.Claims;
using System.Security.Cryptography;
using DocIntake.Server.Delivery;
using DocIntake.Server.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Api;

/// <summary>/api/v1/webhooks: a consumer's subscriptions, their delivery log and redelivery. Admin keys see all.</summary>
internal static class WebhooksApi
{
    internal sealed record CreateSubscription(string Url, List<string>? Events, string? Secret, string? Consumer);

    public static void MapWebhooksApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks")
            .RequireAuthorization(Scopes.Policy(Scopes.Read)).RequireRateLimiting(DeliverySetup.RateLimitPolicy);
        api.MapPost("/", CreateAsync).WithSummary("Subscribe a URL to document events; the secret is shown once");
        api.MapGet("/", ListAsync).WithSummary("The caller's subscriptions (all for admin keys)");
        api.MapDelete("/{id}", DeleteAsync).WithSummary("Stop a subscription (its log stays)");
        api.MapGet("/{id}/deliveries", ListDeliveriesAsync).WithSummary("Delivery log of a subscription, newest first");
        api.MapGet("/deliveries/{deliveryId:long}", GetDeliveryAsync).WithSummary("One delivery with every attempt");
        api.MapPost("/deliveries/{deliveryId:long}/redeliver", RedeliverAsync).WithSummary("Send a delivery again (delivered or failed)");
    }

    private static async Task<Results<Created<object>, ProblemHttpResult>> CreateAsync(
        CreateSubscription request, IntakeDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return TypedResults.Problem("url must be an absolute http or https URL.", statusCode: 400);
        }

        var events = request.Events is { Count: > 0 } asked ? asked.Distinct().ToList() : [.. WebhookEvents.All];
        if (events.FirstOrDefault(e => !WebhookEvents.All.Contains(e)) is { } unknown)
        {
            return TypedResults.Problem($"Unknown event '{unknown}'; one of {string.Join(", ", WebhookEvents.All)}.", statusCode: 400);
        }

        var consumer = DocumentsApi.ConsumerOf(user);
        if (request.Consumer is { } other && other != consumer)
        {
            if (!IsAdmin(user))
            {
                return TypedResults.Problem("Only admin keys subscribe for another consumer.", statusCode: 403);
            }

            consumer = other;
        }

        var secret = request.Secret is { Length: >= 16 } given ? given : Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var subscription = new WebhookSubscription
        {
            Id = "wh_" + Guid.CreateVersion7().ToString("N"),
            Consumer = consumer,
            Url = url.ToString(),
            Events = string.Join(' ', events),
            Secret = secret,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            // Events from now on; what happened before is in the document feed.
            LastEventId = await db.AuditEvents.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0,
        };
        db.Set<WebhookSubscription>().Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{subscription.Id}", (object)new
        {
            id = subscription.Id, consumer, url = subscription.Url, events, secret,
        });
    }

    private static async Task<Ok<List<object>>> ListAsync(IntakeDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var query = db.Set<WebhookSubscription>().AsNoTracking();
        if (!IsAdmin(user))
        {
            var consumer = DocumentsApi.ConsumerOf(user);
            query = query.Where(s => s.Consumer == consumer);
        }

        var rows = await query.OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(s => (object)new
        {
            id = s.Id, consumer = s.Consumer, url = s.Url, events = s.Events.Split(' '), active = s.Active, createdAt = ConsumerViews.Time(s.CreatedAt),
        }).ToList());
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string id, IntakeDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(db, id, user, cancellationToken);
        if (subscription is null)
        {
            return TypedResults.NotFound();
        }

        subscription.Active = false;
        subscription.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<object>>, NotFound>> ListDeliveriesAsync(
        string id, string? status, int? limit, IntakeDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, id, user, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var query = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.SubscriptionId == id);
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }

        var rows = await query.OrderByDescending(d => d.Id).Take(Math.Clamp(limit ?? 100, 1, 1000)).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(d => Describe(d, null)).ToList());
    }

    private static async Task<Results<Ok<object>, NotFound>> GetDeliveryAsync(
        long deliveryId, IntakeDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var delivery = await db.Set<WebhookDelivery>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery is null || await FindAsync(db, delivery.SubscriptionId, user, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var attempts = await db.Set<WebhookAttempt>().AsNoTracking().Where(a => a.DeliveryId == deliveryId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(Describe(delivery, attempts));
    }

    private static async Task<Results<Accepted, NotFound>> RedeliverAsync(
        long deliveryId, IntakeDbContext db, ClaimsPrincipal user, TimeProvider clock, WebhookPump pump, CancellationToken cancellationToken)
    {
        var delivery = await db.Set<WebhookDelivery>().SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery is null || await FindAsync(db, delivery.SubscriptionId, user, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        delivery.Status = WebhookDelivery.Pending;
        delivery.Attempts = 0;
        delivery.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        delivery.LockedUntil = null;
        delivery.DeliveredAt = null;
        delivery.Version++;
        await db.SaveChangesAsync(cancellationToken);
        pump.Wake();
        return TypedResults.Accepted($"/api/v1/webhooks/deliveries/{deliveryId}");
    }

    private static async Task<WebhookSubscription?> FindAsync(IntakeDbContext db, string id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subscription = await db.Set<WebhookSubscription>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return subscription is not null && (IsAdmin(user) || subscription.Consumer == DocumentsApi.ConsumerOf(user)) ? subscription : null;
    }

    private static bool IsAdmin(ClaimsPrincipal user) => user.HasClaim(Scopes.ClaimType, Scopes.Admin);

    private static object Describe(WebhookDelivery d, List<WebhookAttempt>? attempts) => new
    {
        id = d.Id,
        subscriptionId = d.SubscriptionId,
        eventId = "evt_" + d.EventId,
        @event = d.Event,
        documentId = d.DocumentId,
        status = d.Status,
        attempts = d.Attempts,
        lastStatusCode = d.LastStatusCode,
        lastError = d.LastError,
        createdAt = ConsumerViews.Time(d.CreatedAt),
        nextAttemptAt = d.Status == WebhookDelivery.Pending ? ConsumerViews.Time(d.NextAttemptAt) : null,
        deliveredAt = d.DeliveredAt is { } at ? ConsumerViews.Time(at) : null,
        log = attempts?.Select(a => new { at = ConsumerViews.Time(a.At), statusCode = a.StatusCode, error = a.Error, durationMs = a.DurationMs }),
    };
}
