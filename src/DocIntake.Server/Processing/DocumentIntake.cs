using System.Text.Json;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Processing;

/// <summary>
/// Every channel (mail, folder, upload) stores files the same way: original into the blob folder, a "received" row (or
/// "rejected" for a duplicate, "failed" for a refused file) with its audit event, and, after commit, a job per document.
/// </summary>
internal sealed class DocumentIntake(IntakeDbContext db, BlobStore blobs, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const string Actor = "system:intake";

    /// <summary>
    /// Adds the rows for <paramref name="files"/> to the context without saving, so a caller can save them together with
    /// its own record (the processed-mail row) in one transaction.
    /// </summary>
    public async Task<List<DocumentRecord>> StageAsync(IEnumerable<NewDocument> files, CancellationToken cancellationToken)
    {
        var staged = new List<DocumentRecord>();
        foreach (var file in files)
        {
            var sha = blobs.Put(file.Bytes);
            var now = clock.GetUtcNow().UtcDateTime;
            var source = file.Source;
            source.FileName ??= file.FileName;
            source.Sha256 = sha;

            var original = staged.FirstOrDefault(d => d.Sha256 == sha && d.DuplicateOf is null && d.Status != DocumentStatus.Failed)
                ?? await db.Documents.AsNoTracking()
                    .Where(d => d.Sha256 == sha && d.DuplicateOf == null && d.Status != DocumentStatus.Failed)
                    .OrderBy(d => d.ReceivedAt)
                    .FirstOrDefaultAsync(cancellationToken);

            var (status, reason) = file.RefusedReason is { } refused
                ? (DocumentStatus.Failed, refused)
                : original is not null
                    ? (DocumentStatus.Rejected, $"duplicate of {original.Id}")
                    : (DocumentStatus.Received, (string?)null);

            var record = new DocumentRecord
            {
                Id = NewId(),
                Status = status,
                StatusReason = reason,
                DuplicateOf = status == DocumentStatus.Rejected ? original!.Id : null,
                Channel = source.Channel,
                Mailbox = source.Mailbox,
                Sender = source.SenderFax ?? source.From,
                FileName = file.FileName,
                Sha256 = sha,
                SizeBytes = file.Bytes.LongLength,
                IntakeKey = file.IntakeKey,
                DocumentTypeHint = file.DocumentTypeHint,
                ReceivedAt = now,
                UpdatedAt = now,
                SourceJson = JsonSerializer.Serialize(source, ContractJson.Options),
            };
            db.Documents.Add(record);
            db.AuditEvents.Add(new AuditEvent
            {
                DocumentId = record.Id,
                At = now,
                Actor = Actor,
                Action = "received",
                ToStatus = status,
                Reason = reason ?? $"{source.Channel}: {file.FileName}",
            });
            staged.Add(record);
        }

        return staged;
    }

    /// <summary>Stores one file and enqueues it. Returns the existing document when the intake key was seen before.</summary>
    public async Task<DocumentRecord> AcceptAsync(NewDocument file, CancellationToken cancellationToken)
    {
        if (file.IntakeKey is { } key && await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.IntakeKey == key, cancellationToken) is { } seen)
        {
            return seen;
        }

        var staged = await StageAsync([file], cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (file.IntakeKey is { } intakeKey)
        {
            // Another node stored the same intake event between the look-up and the insert (the key is unique).
            db.ChangeTracker.Clear();
            var stored = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.IntakeKey == intakeKey, cancellationToken);
            if (stored is null)
            {
                throw;
            }

            return stored;
        }

        EnqueueReceived(staged);
        return staged[0];
    }

    /// <summary>After commit. A lost enqueue (crash right here) is repaired by the reconciler.</summary>
    public void EnqueueReceived(IEnumerable<DocumentRecord> documents)
    {
        foreach (var document in documents.Where(d => d.Status == DocumentStatus.Received))
        {
            var id = document.Id;
            jobs.Enqueue<ProcessDocumentJob>(job => job.RunAsync(id, CancellationToken.None));
        }
    }

    // Version 7 GUIDs sort by creation time, which keeps lists and indexes in arrival order.
    private static string NewId() => Guid.CreateVersion7().ToString("N");
}
