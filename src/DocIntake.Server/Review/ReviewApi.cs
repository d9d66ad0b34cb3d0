using System.Globalization;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DocIntake.Server.Review;

/// <summary>The document page's JSON endpoints under /review/api (login and antiforgery header required).</summary>
internal static class ReviewApi
{
    public sealed record VersionBody(int Version, string? Reason = null, string? Note = null, string? DocumentType = null);

    public static void MapReviewApi(this RouteGroupBuilder review)
    {
        var api = review.MapGroup("/api/documents/{id}");
        api.MapGet("/", GetAsync);
        var posts = api.MapGroup("").AddEndpointFilter(ValidateAntiforgeryAsync);
        posts.MapPost("/check", CheckAsync);
        posts.MapPost("/confirm", ConfirmAsync);
        posts.MapPost("/reject", RejectAsync);
        posts.MapPost("/type", ChangeTypeAsync);
        posts.MapPost("/claim", ClaimAsync);
        posts.MapPost("/release", ReleaseAsync);
    }

    internal static string UserOf(HttpContext http) => http.User.Identity?.Name ?? throw new InvalidOperationException("No user.");

    private static async ValueTask<object?> ValidateAntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return Results.Problem("Missing or invalid antiforgery token.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, IntakeDbContext db, ClaimService claims, IStringLocalizer<ReviewText> t, CancellationToken cancellationToken)
    {
        var record = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null)
        {
            return Results.NotFound();
        }

        var document = record.ContractJson is { } json ? ContractJson.Deserialize(json) : new ExtractedDocument();
        var pages = await db.Pages.AsNoTracking().Where(p => p.DocumentId == id).ToListAsync(cancellationToken);
        var claim = await claims.CurrentAsync(id, cancellationToken);
        return Results.Json(ReviewView.Document(record, document, pages, claim, UserOf(http), t));
    }

    private static async Task<IResult> CheckAsync(string id, ReviewSubmission submission, HttpContext http, ReviewService service, IStringLocalizer<ReviewText> t, CancellationToken cancellationToken)
    {
        var outcome = await service.CheckAsync(id, UserOf(http), submission, cancellationToken);
        return outcome.Edit is { } edit ? Results.Json(ReviewView.Form(edit.Document, t, edit.Errors)) : Answer(outcome, t);
    }

    private static async Task<IResult> ConfirmAsync(string id, ReviewSubmission submission, HttpContext http, ReviewService service, IStringLocalizer<ReviewText> t, CancellationToken cancellationToken) =>
        Answer(await service.ConfirmAsync(id, UserOf(http), submission, cancellationToken), t);

    private static async Task<IResult> RejectAsync(string id, VersionBody body, HttpContext http, ReviewService service, IStringLocalizer<ReviewText> t, CancellationToken cancellationToken) =>
        Answer(await service.RejectAsync(id, UserOf(http), body.Version, body.Reason ?? "", body.Note, cancellationToken), t);

    private static async Task<IResult> ChangeTypeAsync(string id, VersionBody body, HttpContext http, ReviewService service, IStringLocalizer<ReviewText> t, CancellationToken cancellationToken) =>
        Answer(await service.ChangeTypeAsync(id, UserOf(http), body.Version, body.DocumentType ?? "", cancellationToken), t);

    private static async Task<IResult> ClaimAsync(string id, HttpContext http, ClaimService claims, IntakeDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Documents.AnyAsync(d => d.Id == id && d.Status == DocumentStatus.NeedsReview, cancellationToken))
        {
            return Results.NotFound();
        }

        var claim = await claims.ClaimAsync(id, UserOf(http), cancellationToken);
        return Results.Json(new { user = claim.UserName, expiresAt = claim.ExpiresAt, mine = claim.UserName == UserOf(http) });
    }

    private static async Task<IResult> ReleaseAsync(string id, HttpContext http, ClaimService claims, CancellationToken cancellationToken)
    {
        await claims.ReleaseAsync(id, UserOf(http), cancellationToken);
        return Results.NoContent();
    }

    /// <summary>Every refusal says why in the reviewer's language; nothing is dropped without a message.</summary>
    internal static IResult Answer(ReviewOutcome outcome, IStringLocalizer t)
    {
        string Text(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, t[key], args);
        return outcome.Status switch
        {
            ReviewStatus.Ok => Results.Json(new { ok = true }),
            ReviewStatus.NotFound => Results.NotFound(),
            ReviewStatus.Stale => Results.Json(
                new { code = "stale", message = Text("This document was changed by someone else since you opened it. Your changes were NOT saved. Reload to see the current version.") },
                statusCode: StatusCodes.Status409Conflict),
            ReviewStatus.ClaimedByOther => Results.Json(
                new { code = "claimed", other = outcome.Other, message = Text("{0} is working on this document. Your changes were NOT saved.", outcome.Other) },
                statusCode: StatusCodes.Status409Conflict),
            ReviewStatus.WrongState => Results.Json(
                new { code = "state", message = Text("This document is already {0}. Your changes were NOT saved.", t["state:" + outcome.Message]) },
                statusCode: StatusCodes.Status409Conflict),
            _ => Results.Json(
                new
                {
                    code = outcome.Message,
                    message = outcome.Message switch
                    {
                        "still_doubtful" => Text("{0} fields still need review.", outcome.Edit?.Doubtful.Count ?? 0),
                        "invalid_values" => Text("Some values cannot be read: {0}", string.Join(", ", outcome.Edit?.Errors.Keys ?? Enumerable.Empty<string>())),
                        _ => Text("The request was not valid."),
                    },
                    form = outcome.Edit is { } edit ? ReviewView.Form(edit.Document, t, edit.Errors) : null,
                },
                statusCode: StatusCodes.Status422UnprocessableEntity),
        };
    }
}
