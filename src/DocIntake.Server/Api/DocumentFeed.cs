using DocIntake.Server.Delivery;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Api;

/// <summary>
/// The document list as a change feed: each document sits at the id of its latest audit event (the change sequence
/// number), pages run in that order and the cursor is the last sequence number read. Audit ids commit in order
/// (<see cref="CommitOrderInterceptor"/>), so a page never passes a change that commits later with a smaller id: no
/// document is skipped while documents arrive, and one appears again only when it changed after it was read.
/// </summary>
internal static class DocumentFeed
{
    internal sealed record Filter(string? Status, string? Type, string? Sender, string? Mailbox, DateTime? UpdatedSince, string? NotExportedBy);

    internal sealed record Item(long Seq, DocumentRecord Document);

    /// <summary>Up to <paramref name="limit"/> documents whose latest change is after <paramref name="after"/>, and the cursor for the next page.</summary>
    public static async Task<(List<Item> Items, long Next)> ReadAsync(
        IntakeDbContext db, Filter filter, long after, int limit, CancellationToken cancellationToken)
    {
        // Everything up to the horizon is committed; a short page moves the cursor to it, so a filtered feed does not
        // scan the same unmatched events again.
        var horizon = await db.AuditEvents.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        var documents = db.Documents.AsNoTracking();
        if (filter.Status is { } status)
        {
            documents = documents.Where(d => d.Status == status);
        }

        if (filter.Type is { } type)
        {
            documents = documents.Where(d => d.DocumentType == type);
        }

        if (filter.Sender is { } sender)
        {
            documents = documents.Where(d => d.Sender == sender);
        }

        if (filter.Mailbox is { } mailbox)
        {
            documents = documents.Where(d => d.Mailbox == mailbox);
        }

        if (filter.UpdatedSince is { } since)
        {
            documents = documents.Where(d => d.UpdatedAt >= since);
        }

        if (filter.NotExportedBy is { } consumer)
        {
            var exports = db.Set<DocumentExport>();
            documents = documents.Where(d => !exports.Any(x => x.DocumentId == d.Id && x.Consumer == consumer));
        }

        var events = db.AuditEvents.AsNoTracking();
        var query =
            from a in events
            where a.Id > after && a.Id <= horizon && !events.Any(b => b.DocumentId == a.DocumentId && b.Id > a.Id)
            join d in documents on a.DocumentId equals d.Id
            orderby a.Id
            select new { a.Id, Document = d };
        var rows = await query.Take(limit).ToListAsync(cancellationToken);
        var next = rows.Count < limit ? Math.Max(after, horizon) : rows[^1].Id;
        return ([.. rows.Select(r => new Item(r.Id, r.Document))], next);
    }
}
