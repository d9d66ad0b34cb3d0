using DocIntake.Server.Options;
using DocIntake.Server.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Processing;

/// <summary>
/// Puts documents back on the queue when their job was lost: "processing" past its lease (worker killed, job storage
/// keeps the job invisible) or "received" with no progress for a while (enqueue lost, in-memory job storage restarted).
/// Duplicated jobs are harmless: only one of them can claim the document.
/// </summary>
internal sealed class Reconciler(IntakeDbContext db, IBackgroundJobClient jobs, IOptions<ServerOptions> options, TimeProvider clock, ILogger<Reconciler> logger)
{
    public const string RecurringJobId = "reconciler";

    [Queue(Queues.Intake)]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => ReconcileAsync(options.Value.Processing.ReceivedGrace, cancellationToken);

    internal async Task<int> ReconcileAsync(TimeSpan receivedGrace, CancellationToken cancellationToken)
    {
        await ExpireLeasesOfDeadLocalWorkersAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var receivedBefore = now - receivedGrace;
        var stuck = await db.Documents.AsNoTracking()
            .Where(d => (d.Status == DocumentStatus.Received && d.UpdatedAt <= receivedBefore && (d.LeaseUntil == null || d.LeaseUntil <= now))
                || (d.Status == DocumentStatus.Processing && d.LeaseUntil <= now))
            .OrderBy(d => d.UpdatedAt)
            .Select(d => new { d.Id, d.Status })
            .Take(5000)
            .ToListAsync(cancellationToken);

        foreach (var document in stuck)
        {
            var id = document.Id;
            jobs.Enqueue<ProcessDocumentJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        if (stuck.Count > 0)
        {
            logger.LogInformation(
                "Reconciler re-enqueued {Count} documents ({Processing} past their lease)",
                stuck.Count,
                stuck.Count(d => d.Status == DocumentStatus.Processing));
        }

        return stuck.Count;
    }

    /// <summary>A lease held by a process of this machine that no longer runs (killed) need not be waited out.</summary>
    private async Task ExpireLeasesOfDeadLocalWorkersAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var prefix = $"worker:{Environment.MachineName}:";
        var held = await db.Documents
            .Where(d => d.Status == DocumentStatus.Processing && d.LeaseUntil > now && d.LeaseOwner != null && d.LeaseOwner.StartsWith(prefix))
            .ToListAsync(cancellationToken);
        var dead = held.Where(d => int.TryParse(d.LeaseOwner![prefix.Length..], out var pid) && !IsRunning(pid)).ToList();
        foreach (var document in dead)
        {
            document.LeaseUntil = now;
            document.Version++;
            db.AuditEvents.Add(new AuditEvent
            {
                DocumentId = document.Id,
                At = now,
                Actor = "reconciler",
                Action = "lease_expired",
                FromStatus = document.Status,
                ToStatus = document.Status,
                Reason = $"{document.LeaseOwner} is no longer running",
            });
        }

        if (dead.Count > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node moved one of them meanwhile; the next run looks again.
            }
        }

        db.ChangeTracker.Clear();
    }

    internal static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
