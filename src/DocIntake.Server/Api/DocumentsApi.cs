using DocIntake.Core.Contract;
using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Api;

internal static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/documents").WithTags("Documents");
        api.MapPost("/", UploadAsync).DisableAntiforgery();
        api.MapGet("/", ListAsync);
        api.MapGet("/{id}", GetAsync);
        api.MapGet("/{id}/original", GetOriginalAsync);
        api.MapGet("/{id}/events", GetEventsAsync);
        api.MapPost("/{id}/reprocess", ReprocessAsync);
        return api;
    }

    private static async Task<Results<Accepted<object>, ProblemHttpResult>> UploadAsync(
        IFormFile? file,
        [FromForm] string? documentType,
        DocumentIntake intake,
        IOptions<ServerOptions> options,
        CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.Problem("A non-empty multipart field \"file\" is required.", statusCode: StatusCodes.Status400BadRequest);
        }

        var limit = options.Value.Processing.MaxFileBytes;
        if (file.Length > limit)
        {
            return TypedResults.Problem($"The file has {file.Length} bytes; the limit is {limit}.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var name = Path.GetFileName(file.FileName);
        var document = await intake.AcceptAsync(
            new NewDocument(name, buffer.ToArray(), new SourceInfo { FileName = name, Channel = "upload" }) { DocumentTypeHint = documentType },
            cancellationToken);
        object body = new { id = document.Id, status = document.Status, statusReason = document.StatusReason, duplicateOf = document.DuplicateOf };
        return TypedResults.Accepted($"/api/v1/documents/{document.Id}", body);
    }

    private static async Task<Results<Ok<List<object>>, ProblemHttpResult>> ListAsync(
        IntakeDbContext db,
        string? status,
        string? mailbox,
        string? type,
        int? limit,
        int? offset,
        CancellationToken cancellationToken)
    {
        if (status is not null && !DocumentStatus.IsKnown(status))
        {
            return TypedResults.Problem($"Unknown status '{status}'; one of {string.Join(", ", DocumentStatus.All)}.", statusCode: 400);
        }

        var query = db.Documents.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }

        if (mailbox is not null)
        {
            query = query.Where(d => d.Mailbox == mailbox);
        }

        if (type is not null)
        {
            query = query.Where(d => d.DocumentType == type);
        }

        var rows = await query.OrderByDescending(d => d.Id)
            .Skip(Math.Max(0, offset ?? 0))
            .Take(Math.Clamp(limit ?? 100, 1, 1000))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(DocumentView.Summary).ToList());
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetAsync(string id, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return record is null
            ? TypedResults.NotFound()
            : TypedResults.Text(DocumentView.Contract(record).ToJsonString(ContractJson.Options), "application/json; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> GetOriginalAsync(
        string id, IntakeDbContext db, BlobStore blobs, CancellationToken cancellationToken)
    {
        var record = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null || !blobs.Exists(record.Sha256))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(await File.ReadAllBytesAsync(blobs.PathOf(record.Sha256), cancellationToken), "application/octet-stream", record.FileName);
    }

    private static async Task<Ok<List<AuditEvent>>> GetEventsAsync(string id, IntakeDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.AuditEvents.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken));

    private static async Task<Results<Accepted, NotFound, Conflict<string>>> ReprocessAsync(
        string id, DocumentStore store, IBackgroundJobClient jobs, HttpContext http, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        var actor = "api:" + (http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "anonymous");
        if (!DocumentStatus.CanMove(record.Status, DocumentStatus.Received)
            || !await store.TryMoveAsync(record, DocumentStatus.Received, actor, "reprocess requested", cancellationToken, d => d.Attempts = 0))
        {
            return TypedResults.Conflict($"Document {id} is {record.Status}; only failed documents can be sent through again.");
        }

        jobs.Enqueue<ProcessDocumentJob>(job => job.RunAsync(id, CancellationToken.None));
        return TypedResults.Accepted($"/api/v1/documents/{id}");
    }
}
