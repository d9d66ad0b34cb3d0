using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Processing;

/// <summary>
/// Keeps the lease of a claimed document alive while it is read, so a long document (a 200-page PDF) is not taken over
/// by another worker when it outlives <c>Processing:Lease</c>. Renews every lease/3 in its own database context, guarded
/// by the document's <c>Version</c>; when the renewal finds the document moved (taken over, expired by the reconciler),
/// <see cref="Token"/> is cancelled so the reading stops and its result is not written.
/// </summary>
internal sealed class LeaseHeartbeat : IAsyncDisposable
{
    private static readonly TimeSpan ShortestInterval = TimeSpan.FromMilliseconds(50);

    private readonly IServiceScopeFactory scopes;
    private readonly string documentId;
    private readonly string owner;
    private readonly TimeSpan lease;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly CancellationTokenSource work;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;
    private int lost;

    private LeaseHeartbeat(
        IServiceScopeFactory scopes, DocumentRecord claimed, TimeSpan lease, TimeProvider clock, ILogger logger, CancellationToken jobCancellation)
    {
        this.scopes = scopes;
        documentId = claimed.Id;
        owner = claimed.LeaseOwner ?? throw new ArgumentException("The document has no lease owner.", nameof(claimed));
        Version = claimed.Version;
        this.lease = lease;
        this.clock = clock;
        this.logger = logger;
        work = CancellationTokenSource.CreateLinkedTokenSource(jobCancellation);
        loop = Task.Run(RenewUntilStoppedAsync, CancellationToken.None);
    }

    /// <summary>For the reading: cancelled when the job is stopped or the lease is lost.</summary>
    public CancellationToken Token => work.Token;

    /// <summary>The document's version after the last renewal; the worker's final write must expect this one.</summary>
    public int Version { get; private set; }

    public bool Lost => Volatile.Read(ref lost) == 1;

    public static LeaseHeartbeat Start(
        IServiceScopeFactory scopes, DocumentRecord claimed, TimeSpan lease, TimeProvider clock, ILogger logger, CancellationToken jobCancellation) =>
        new(scopes, claimed, lease, clock, logger, jobCancellation);

    /// <summary>Stops renewing (a renewal under way completes first). Returns whether the lease is still held.</summary>
    public async Task<bool> StopAsync()
    {
        await stopping.CancelAsync();
        await loop;
        return !Lost;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        work.Dispose();
        stopping.Dispose();
    }

    private async Task RenewUntilStoppedAsync()
    {
        var every = lease / 3 < ShortestInterval ? ShortestInterval : lease / 3;
        while (true)
        {
            try
            {
                await Task.Delay(every, clock, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!await TryRenewAsync())
            {
                Volatile.Write(ref lost, 1);
                await work.CancelAsync();
                return;
            }
        }
    }

    /// <returns>false only when the document is known to be someone else's now; a database fault is retried next time.</returns>
    private async Task<bool> TryRenewAsync()
    {
        var expected = Version;
        var until = clock.GetUtcNow().UtcDateTime + lease;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();

            // Not cancellable: a renewal cut off after the commit would leave Version unknown.
            var renewed = await db.Documents
                .Where(d => d.Id == documentId && d.Version == expected && d.Status == DocumentStatus.Processing && d.LeaseOwner == owner)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseUntil, until).SetProperty(d => d.Version, expected + 1), CancellationToken.None);
            if (renewed == 1)
            {
                Version = expected + 1;
                return true;
            }

            logger.LogWarning("Document {DocumentId}: lease lost (taken over or expired); reading stops, nothing is written", documentId);
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Document {DocumentId}: lease renewal failed; retried in {Interval}", documentId, lease / 3);
            return true;
        }
    }
}
