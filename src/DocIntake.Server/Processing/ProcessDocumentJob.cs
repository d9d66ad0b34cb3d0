using System.Text.Json;
using DocIntake.Core.Contract;
using DocIntake.Core.Errors;
using DocIntake.Imaging.Encoding;
using DocIntake.Pipeline;
using DocIntake.Server.Options;
using DocIntake.Server.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Processing;

/// <summary>
/// Reads one document. Idempotent and keyed by the document id: it acts only after claiming the document
/// (received -> processing with a lease, guarded by the concurrency token), so duplicate or late jobs do nothing.
/// Bad input fails the document at once; other faults release it and Hangfire retries with backoff.
/// </summary>
internal sealed class ProcessDocumentJob(
    DocumentStore store,
    BlobStore blobs,
    IDocumentReader reader,
    IServiceScopeFactory scopes,
    IOptions<ServerOptions> options,
    TimeProvider clock,
    ILogger<ProcessDocumentJob> logger)
{
    /// <summary>Retry delays after transient faults; also the "not before" time written on the released document.</summary>
    internal static readonly int[] RetryDelaysSeconds = [5, 30, 120, 600];

    internal static string WorkerName { get; } = $"worker:{Environment.MachineName}:{Environment.ProcessId}";

    private ProcessingOptions Processing => options.Value.Processing;

    [Queue(Queues.Ocr)]
    [AutomaticRetry(Attempts = 4, DelaysInSeconds = new[] { 5, 30, 120, 600 }, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(string documentId, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["DocumentId"] = documentId });
        var document = await store.FindAsync(documentId, cancellationToken);
        if (document is null)
        {
            logger.LogWarning("Document {DocumentId} does not exist; job dropped", documentId);
            return;
        }

        if (!await TryClaimAsync(document, cancellationToken))
        {
            return;
        }

        ProcessedDocument? result = null;
        Exception? fault = null;
        await using (var heartbeat = LeaseHeartbeat.Start(scopes, document, Processing.Lease, clock, logger, cancellationToken))
        {
            try
            {
                var source = JsonSerializer.Deserialize<SourceInfo>(document.SourceJson, ContractJson.Options) ?? new SourceInfo();
                var input = new InputFile(document.FileName, blobs.Get(document.Sha256), source);
                result = reader.Read(input, heartbeat.Token);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                fault = ex;
            }

            if (!await heartbeat.StopAsync())
            {
                // Another worker has the document now; its result is the one kept, and this job is done.
                logger.LogWarning("Document {DocumentId}: lease lost while reading; nothing written", documentId);
                return;
            }

            ExpectVersion(document, heartbeat.Version);
        }

        switch (fault)
        {
            case null:
                await CompleteAsync(document, result!, cancellationToken);
                break;
            case BadInputException:
                // Not retried: the same bytes fail the same way. The original stays in the blob folder.
                logger.LogInformation("Document {DocumentId} failed: {Reason}", documentId, fault.Message);
                await store.TryMoveAsync(document, DocumentStatus.Failed, WorkerName, fault.Message, CancellationToken.None, ClearLease);
                break;
            default:
                await ReleaseAsync(document, fault, cancellationToken.IsCancellationRequested);
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fault);
                break;
        }
    }

    /// <summary>The heartbeat moved the version in its own context; the tracked row must expect the renewed one.</summary>
    private void ExpectVersion(DocumentRecord document, int version)
    {
        var entry = store.Db.Entry(document).Property(d => d.Version);
        entry.CurrentValue = version;
        entry.OriginalValue = version;
    }

    private async Task<bool> TryClaimAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claimable = document.Status == DocumentStatus.Received
            || (document.Status == DocumentStatus.Processing && document.LeaseUntil <= now);
        if (!claimable)
        {
            logger.LogDebug("Document {DocumentId} is {Status}; nothing to do", document.Id, document.Status);
            return false;
        }

        if (document.Attempts >= Processing.MaxAttempts)
        {
            var reason = $"gave up after {document.Attempts} attempts: {document.StatusReason}";
            await store.TryMoveAsync(document, DocumentStatus.Failed, WorkerName, reason, cancellationToken, ClearLease);
            return false;
        }

        var why = document.Status == DocumentStatus.Processing ? $"lease of {document.LeaseOwner} expired" : null;
        var claimed = await store.TryMoveAsync(document, DocumentStatus.Processing, WorkerName, why, cancellationToken, d =>
        {
            d.LeaseUntil = now + Processing.Lease;
            d.LeaseOwner = WorkerName;
            d.Attempts++;
        });
        if (!claimed)
        {
            logger.LogDebug("Document {DocumentId} was claimed by another worker", document.Id);
        }

        return claimed;
    }

    private async Task CompleteAsync(DocumentRecord document, ProcessedDocument result, CancellationToken cancellationToken)
    {
        var contract = result.Document;
        var status = NeedsReview(contract) ? DocumentStatus.NeedsReview : DocumentStatus.Confirmed;
        contract.Id = document.Id;
        contract.Status = status;

        // Pages of an earlier run are replaced in the same save as the status move, so a worker whose write is refused
        // (taken over) leaves the pages of the one that won untouched.
        var db = store.Db;
        var earlier = await db.Pages.Where(p => p.DocumentId == document.Id).ToDictionaryAsync(p => p.Number, cancellationToken);
        foreach (var page in result.Pages)
        {
            if (!earlier.Remove(page.Number, out var record))
            {
                record = new PageRecord { DocumentId = document.Id, Number = page.Number };
                db.Pages.Add(record);
            }

            record.Width = page.Width;
            record.Height = page.Height;
            record.Rotation = page.Rotation;
            record.TextSource = page.Source;
            record.MeanConfidence = page.MeanConfidence;
            record.TextJson = JsonSerializer.Serialize(page, ContractJson.Options);
            record.ImageSha256 = result.PageImages.TryGetValue(page.Number, out var image) ? blobs.Put(PageImages.EncodePng(image)) : null;
        }

        db.Pages.RemoveRange(earlier.Values);

        var saved = await store.TryMoveAsync(document, status, WorkerName, ReviewSummary(contract), cancellationToken, d =>
        {
            d.ContractJson = ContractJson.Serialize(contract);
            d.DocumentType = contract.DocumentType;
            d.Sender ??= contract.Source.SenderFax;
            ClearLease(d);
        });
        if (!saved)
        {
            // The lease ran out and another worker took the document over: its result is the one kept.
            logger.LogWarning("Document {DocumentId}: result dropped, the document was taken over", document.Id);
        }
    }

    private async Task ReleaseAsync(DocumentRecord document, Exception fault, bool shuttingDown)
    {
        var delay = shuttingDown ? 0 : RetryDelaysSeconds[Math.Clamp(document.Attempts - 1, 0, RetryDelaysSeconds.Length - 1)];
        var reason = shuttingDown ? "released at shutdown" : $"retry in {delay} s after {fault.GetType().Name}: {fault.Message}";
        logger.LogWarning(fault, "Document {DocumentId}: {Reason}", document.Id, reason);
        var notBefore = clock.GetUtcNow().UtcDateTime.AddSeconds(delay);
        await store.TryMoveAsync(document, DocumentStatus.Received, WorkerName, reason, CancellationToken.None, d =>
        {
            ClearLease(d);
            d.LeaseUntil = notBefore;
        });
    }

    private static void ClearLease(DocumentRecord document)
    {
        document.LeaseUntil = null;
        document.LeaseOwner = null;
    }

    internal static bool NeedsReview(ExtractedDocument document) =>
        document.DocumentType == DocumentTypes.Unknown
        || document.Fields.Count == 0
        || document.Problems.Count > 0
        || document.Fields.Values.Any(f => f.NeedsReview)
        || document.Lines.Concat(document.Measurements).SelectMany(row => row.Values).Any(f => f.NeedsReview);

    private static string ReviewSummary(ExtractedDocument document)
    {
        var fields = document.Fields.Where(f => f.Value.NeedsReview).Select(f => f.Key).ToList();
        return fields.Count > 0 ? $"review: {string.Join(", ", fields)}" : $"type {document.DocumentType}, {document.Pages.Count} pages";
    }
}
