using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Delivery;

/// <summary>Records that a consumer took documents; marking twice keeps the first time.</summary>
internal static class ExportMarks
{
    public static async Task<DateTime> MarkAsync(
        IntakeDbContext db, IReadOnlyCollection<string> documentIds, string consumer, string via, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var set = db.Set<DocumentExport>();
        var known = new HashSet<string>(
            await set.Where(x => x.Consumer == consumer && documentIds.Contains(x.DocumentId)).Select(x => x.DocumentId).ToListAsync(cancellationToken),
            StringComparer.Ordinal);
        set.AddRange(documentIds.Distinct().Where(id => !known.Contains(id))
            .Select(id => new DocumentExport { DocumentId = id, Consumer = consumer, ExportedAt = now, Via = via }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same consumer marked the same document at the same moment elsewhere: that mark stands.
            db.ChangeTracker.Clear();
        }

        return now;
    }
}
