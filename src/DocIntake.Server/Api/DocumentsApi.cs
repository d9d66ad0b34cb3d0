using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Server.Delivery;
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
        var api = app.MapGroup("/api/v1/documents").WithTags("Documents").RequireRateLimiting(DeliverySetup.RateLimitPolicy);
        var read = Scopes.Policy(Scopes.Read);
        api.MapPost("/", UploadAsync).DisableAntiforgery().RequireAuthorization(Scopes.Policy(Scopes.Upload))
            .WithSummary("Upload a document (multipart field \"file\", optional \"documentType\" hint)");
        api.MapGet("/", ListAsync).RequireAuthorization(read)
            .WithSummary("List documents as a change feed (cursor = change sequence number; next cursor in X-Next-Cursor and Link)");
        api.MapGet("/{id}", GetAsync).RequireAuthorization(read).WithSummary("One document in the contract JSON, with its history and exports");
        api.MapGet("/{id}/order", (string id, IntakeDbContext db, CancellationToken ct) => PlainAsync(id, DocumentTypes.Order, db, ct))
            .RequireAuthorization(read).WithSummary("A confirmed order: values only, one object per line");
        api.MapGet("/{id}/quality-record", (string id, IntakeDbContext db, CancellationToken ct) => PlainAsync(id, DocumentTypes.QualityRecord, db, ct))
            .RequireAuthorization(read).WithSummary("A confirmed quality record: values only, one object per measurement");
        api.MapGet("/{id}/original", GetOriginalAsync).RequireAuthorization(read).WithSummary("The original file as received");
        api.MapGet("/{id}/pages/{number:int}/image", GetPageImageAsync).RequireAuthorization(read)
            .WithSummary("A page as read (cleaned PNG; the field boxes refer to it)");
        api.MapGet("/{id}/events", GetEventsAsync).RequireAuthorization(read).WithSummary("The document's audit events");
        api.MapPost("/{id}/exported", MarkExportedAsync).RequireAuthorization(read)
            .WithSummary("Mark the document as taken by the calling consumer");
        api.MapPost("/{id}/reprocess", ReprocessAsync).RequireAuthorization(Scopes.Policy(Scopes.Admin))
            .WithSummary("Send a failed document through again");
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

        if (documentType is not null && documentType is not (DocumentTypes.Order or DocumentTypes.QualityRecord))
        {
            return TypedResults.Problem($"documentType must be \"{DocumentTypes.Order}\" or \"{DocumentTypes.QualityRecord}\".", statusCode: 400);
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
        HttpContext http,
        string? status,
        string? type,
        string? sender,
        string? mailbox,
        DateTime? updatedSince,
        bool? exported,
        long? cursor,
        int? limit,
        CancellationToken cancellationToken)
    {
        if (status is not null && !DocumentStatus.IsKnown(status))
        {
            return TypedResults.Problem($"Unknown status '{status}'; one of {string.Join(", ", DocumentStatus.All)}.", statusCode: 400);
        }

        if (exported == true)
        {
            return TypedResults.Problem("Only exported=false (not yet taken by the calling consumer) is supported.", statusCode: 400);
        }

        var since = updatedSince is { } t ? (t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime()) : (DateTime?)null;
        var filter = new DocumentFeed.Filter(status, type, sender, mailbox, since, exported == false ? ConsumerOf(http.User) : null);
        var take = Math.Clamp(limit ?? 100, 1, 1000);
        var (items, next) = await DocumentFeed.ReadAsync(db, filter, Math.Max(0, cursor ?? 0), take, cancellationToken);

        var nextText = next.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-Next-Cursor"] = nextText;
        var query = http.Request.Query.Where(q => q.Key != "cursor").SelectMany(q => q.Value.Select(v => $"{q.Key}={Uri.EscapeDataString(v ?? "")}"));
        http.Response.Headers.Link = $"</api/v1/documents?{string.Join('&', query.Append("cursor=" + nextText))}>; rel=\"next\"";
        return TypedResults.Ok(items.Select(i => DocumentView.Summary(i.Document, i.Seq)).ToList());
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetAsync(string id, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        var view = DocumentView.Contract(record);
        var events = await db.AuditEvents.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        view["history"] = new JsonArray([.. events.Select(e => (JsonNode)new JsonObject
        {
            ["seq"] = e.Id,
            ["at"] = ConsumerViews.Time(e.At),
            ["actor"] = e.Actor,
            ["action"] = e.Action,
            ["fromStatus"] = e.FromStatus,
            ["toStatus"] = e.ToStatus,
            ["reason"] = e.Reason,
        })]);
        var exports = await db.Set<DocumentExport>().AsNoTracking().Where(x => x.DocumentId == id).OrderBy(x => x.ExportedAt).ToListAsync(cancellationToken);
        view["exports"] = new JsonArray([.. exports.Select(x => (JsonNode)new JsonObject
        {
            ["consumer"] = x.Consumer,
            ["exportedAt"] = ConsumerViews.Time(x.ExportedAt),
            ["via"] = x.Via,
        })]);
        return TypedResults.Text(view.ToJsonString(ContractJson.Options), "application/json; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult>> PlainAsync(
        string id, string type, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        if (record.DocumentType != type || record.ContractJson is null)
        {
            return TypedResults.Problem($"Document {id} is of type '{record.DocumentType}', not '{type}'.", statusCode: StatusCodes.Status409Conflict);
        }

        if (record.Status != DocumentStatus.Confirmed)
        {
            return TypedResults.Problem($"Document {id} is {record.Status}; values are served once it is confirmed.", statusCode: StatusCodes.Status409Conflict);
        }

        var view = ConsumerViews.Plain(record, ContractJson.Deserialize(record.ContractJson));
        return TypedResults.Text(view.ToJsonString(ContractJson.Options), "application/json; charset=utf-8");
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

    private static async Task<Results<FileContentHttpResult, NotFound>> GetPageImageAsync(
        string id, int number, IntakeDbContext db, BlobStore blobs, CancellationToken cancellationToken)
    {
        var page = await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.DocumentId == id && p.Number == number, cancellationToken);
        if (page?.ImageSha256 is not { } sha || !blobs.Exists(sha))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(await File.ReadAllBytesAsync(blobs.PathOf(sha), cancellationToken), "image/png", $"{id}-p{number}.png");
    }

    private static async Task<Ok<List<AuditEvent>>> GetEventsAsync(string id, IntakeDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.AuditEvents.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken));

    private static async Task<Results<Ok<object>, NotFound>> MarkExportedAsync(
        string id, IntakeDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Documents.AnyAsync(d => d.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var consumer = ConsumerOf(http.User);
        var at = await ExportMarks.MarkAsync(db, [id], consumer, "api", clock, cancellationToken);
        return TypedResults.Ok((object)new { id, consumer, exportedAt = at });
    }

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

    internal static string ConsumerOf(ClaimsPrincipal user) =>
        user.FindFirstValue(Scopes.ConsumerClaim) ?? throw new InvalidOperationException("API endpoint reached without an API key.");
}
