using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Storage;

/// <summary>State changes of documents with optimistic concurrency; each change writes its audit event in the same save.</summary>
internal sealed class DocumentStore(IntakeDbContext db, TimeProvider clock)
{
    public IntakeDbContext Db => db;

    public Task<DocumentRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>
    /// Moves the document to <paramref name="to"/> if nobody changed it since it was read. Returns false when another
    /// writer won (the caller's view is stale and it must not act on it).
    /// </summary>
    public async Task<bool> TryMoveAsync(
        DocumentRecord document, string to, string actor, string? reason, CancellationToken cancellationToken, Action<DocumentRecord>? change = null)
    {
        var from = document.Status;
        if (!DocumentStatus.CanMove(from, to))
        {
            throw new InvalidOperationException($"Document {document.Id}: {from} -> {to} is not a valid transition.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        document.Status = to;
        document.StatusReason = reason;
        document.UpdatedAt = now;
        document.Version++;
        change?.Invoke(document);
        db.AuditEvents.Add(new AuditEvent
        {
            DocumentId = document.Id,
            At = now,
            Actor = actor,
            Action = "status",
            FromStatus = from,
            ToStatus = to,
            Reason = reason,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
