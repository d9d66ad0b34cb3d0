using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Review;

/// <summary>
/// Who is working on a document. A claim is taken atomically (a conditional update, or an insert that the primary key
/// lets only one writer win) and runs out by itself; an expired claim is free for anyone.
/// </summary>
internal sealed class ClaimService(IntakeDbContext db, TimeProvider clock, IOptions<ReviewOptions> options)
{
    private DbSet<ReviewClaim> Claims => db.Set<ReviewClaim>();

    /// <summary>The live claim of a document, or null when none or expired.</summary>
    public async Task<ReviewClaim?> CurrentAsync(string documentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await Claims.AsNoTracking().SingleOrDefaultAsync(c => c.DocumentId == documentId && c.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Live claims of many documents, by document id.</summary>
    public async Task<Dictionary<string, ReviewClaim>> CurrentAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await Claims.AsNoTracking().Where(c => c.ExpiresAt > now && documentIds.Contains(c.DocumentId)).ToDictionaryAsync(c => c.DocumentId, cancellationToken);
    }

    /// <summary>Claims or renews the document for <paramref name="user"/>; returns the claim that holds afterwards (theirs or another's).</summary>
    public async Task<ReviewClaim> ClaimAsync(string documentId, string user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.ClaimDuration;
        var updated = await Claims
            .Where(c => c.DocumentId == documentId && (c.UserName == user || c.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UserName, user).SetProperty(c => c.ExpiresAt, until).SetProperty(c => c.ClaimedAt, now), cancellationToken);
        if (updated == 0 && !await Claims.AnyAsync(c => c.DocumentId == documentId, cancellationToken))
        {
            Claims.Add(new ReviewClaim { DocumentId = documentId, UserName = user, ClaimedAt = now, ExpiresAt = until });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // another reviewer inserted first
            }
        }

        return await Claims.AsNoTracking().SingleAsync(c => c.DocumentId == documentId, cancellationToken);
    }

    public Task ReleaseAsync(string documentId, string user, CancellationToken cancellationToken) =>
        Claims.Where(c => c.DocumentId == documentId && c.UserName == user).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Another user's live claim, or null (the user's own expired claim is no obstacle: the version check still guards).</summary>
    public async Task<ReviewClaim?> HeldByOtherAsync(string documentId, string user, CancellationToken cancellationToken) =>
        await CurrentAsync(documentId, cancellationToken) is { } claim && claim.UserName != user ? claim : null;
}
