using DocIntake.Server.Delivery;
using DocIntake.Server.Mail;
using DocIntake.Server.Options;
using DocIntake.Server.Storage;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Api;

internal static class MailApi
{
    public static void MapMailApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Mail").RequireRateLimiting(DeliverySetup.RateLimitPolicy);
        api.MapGet("/mail", ListMailAsync).RequireAuthorization(Scopes.Policy(Scopes.Read));
        api.MapGet("/mailboxes", ListMailboxesAsync).RequireAuthorization(Scopes.Policy(Scopes.Read));
        api.MapPost("/mailboxes/{name}/poll", Poll).RequireAuthorization(Scopes.Policy(Scopes.Admin));
    }

    private static async Task<Ok<List<ProcessedMail>>> ListMailAsync(
        IntakeDbContext db, string? mailbox, string? outcome, int? limit, CancellationToken cancellationToken)
    {
        var query = db.ProcessedMails.AsNoTracking();
        if (mailbox is not null)
        {
            query = query.Where(m => m.Mailbox == mailbox);
        }

        if (outcome is not null)
        {
            query = query.Where(m => m.Outcome == outcome);
        }

        return TypedResults.Ok(await query.OrderByDescending(m => m.Id).Take(Math.Clamp(limit ?? 100, 1, 1000)).ToListAsync(cancellationToken));
    }

    private static async Task<Ok<List<MailboxHealth>>> ListMailboxesAsync(
        IntakeDbContext db, IOptions<ServerOptions> options, ImapIdleStatus idle, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await MailboxHealth.ReadAsync(db, options.Value, idle, clock, cancellationToken));

    private static Results<Accepted, NotFound> Poll(string name, IOptions<ServerOptions> options, IRecurringJobManager recurring)
    {
        var box = options.Value.Mailboxes.SingleOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
        if (box is null)
        {
            return TypedResults.NotFound();
        }

        recurring.Trigger(MailPollJob.RecurringJobId(box.Name));
        return TypedResults.Accepted((string?)null);
    }
}
