using DocIntake.Server.Mail;
using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Api;

/// <summary>GET /health: database, Hangfire, each mailbox's last successful poll and IDLE state, OCR engines. 503 when not healthy.</summary>
internal static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app) => app.MapGet("/health", ReadAsync).WithTags("Health");

    private static async Task<IResult> ReadAsync(
        IntakeDbContext db,
        JobStorage jobStorage,
        IDocumentReader reader,
        IOptions<ServerOptions> options,
        ImapIdleStatus idle,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        object database;
        var databaseOk = false;
        List<MailboxHealth> mailboxes = [];
        try
        {
            var counts = await db.Documents.AsNoTracking().GroupBy(d => d.Status)
                .Select(g => new { Status = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
            mailboxes = await MailboxHealth.ReadAsync(db, options.Value, idle, clock, cancellationToken);
            databaseOk = true;
            database = new { status = "ok", provider = options.Value.Storage.Provider.ToString(), documents = counts };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            database = new { status = "error", provider = options.Value.Storage.Provider.ToString(), error = ex.Message };
        }

        object hangfire;
        var hangfireOk = false;
        try
        {
            var monitor = jobStorage.GetMonitoringApi();
            var stats = monitor.GetStatistics();
            hangfireOk = stats.Servers > 0;
            hangfire = new
            {
                status = hangfireOk ? "ok" : "no_server",
                storage = jobStorage.GetType().Name,
                servers = stats.Servers,
                enqueued = stats.Enqueued,
                processing = stats.Processing,
                scheduled = stats.Scheduled,
                failed = stats.Failed,
                queues = monitor.Queues().ToDictionary(q => q.Name, q => new { enqueued = q.Length, fetched = q.Fetched }),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            hangfire = new { status = "error", error = ex.Message };
        }

        var healthy = databaseOk && hangfireOk;
        var status = !healthy ? "unhealthy" : mailboxes.All(m => m.Healthy) ? "healthy" : "degraded";
        var body = new { status, database, hangfire, mailboxes, ocr = reader.Describe() };
        return healthy ? Results.Json(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
