using System.Security.Claims;
using DocIntake.Server.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocIntake.Server.Api;

/// <summary>/api/v1/apikeys: administrators create (the token is shown once), list and revoke consumers' keys.</summary>
internal static class ApiKeysApi
{
    internal sealed record CreateKey(string Consumer, List<string> Scopes);

    public static void MapApiKeysApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/apikeys").WithTags("API keys")
            .RequireAuthorization(Scopes.Policy(Scopes.Admin)).RequireRateLimiting(DeliverySetup.RateLimitPolicy);
        api.MapPost("/", CreateAsync).WithSummary("Create a key; the token is in the answer and nowhere else");
        api.MapGet("/", ListAsync).WithSummary("All keys (without secrets)");
        api.MapDelete("/{id}", RevokeAsync).WithSummary("Revoke a key");
    }

    private static async Task<Results<Created<object>, ProblemHttpResult>> CreateAsync(
        CreateKey request, ApiKeyStore keys, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            var (key, token) = await keys.CreateAsync(request.Consumer, request.Scopes ?? [], user.Identity?.Name, cancellationToken);
            return TypedResults.Created($"/api/v1/apikeys/{key.Id}", (object)new { id = key.Id, consumer = key.Consumer, scopes = key.Scopes.Split(' '), token });
        }
        catch (ArgumentException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<Ok<List<object>>> ListAsync(ApiKeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.ListAsync(cancellationToken)).Select(Describe).ToList());

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(string id, ApiKeyStore keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    internal static object Describe(ApiKey k) => new
    {
        id = k.Id,
        consumer = k.Consumer,
        scopes = k.Scopes.Split(' '),
        createdAt = ConsumerViews.Time(k.CreatedAt),
        createdBy = k.CreatedBy,
        revokedAt = k.RevokedAt is { } r ? ConsumerViews.Time(r) : null,
        lastUsedAt = k.LastUsedAt is { } u ? ConsumerViews.Time(u) : null,
    };
}
