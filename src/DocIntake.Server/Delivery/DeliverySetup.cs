using System.Threading.RateLimiting;
using DocIntake.Server.Api;
using DocIntake.Server.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace DocIntake.Server.Delivery;

/// <summary>
/// Registration of the consumer-facing side: API keys (scheme "ApiKey", policies per scope), rate limiting, the OpenAPI
/// document (/openapi/v1.json) and its reference page (/api/reference), webhooks and CSV export.
/// </summary>
internal static class DeliverySetup
{
    public const string RateLimitPolicy = "api";

    public static WebApplicationBuilder AddDelivery(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DeliveryOptions.SectionName).Get<DeliveryOptions>() ?? new DeliveryOptions();
        var errors = options.Validate().ToList();
        if (errors.Count > 0)
        {
            var error = new InvalidOperationException("invalid configuration: " + string.Join(" ", errors));
            error.Data["DocIntake.Configuration"] = true; // ServerHost.Run turns this into exit code 2
            throw error;
        }

        var services = builder.Services;
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddScoped<ApiKeyStore>();
        services.ConfigureDbContext<IntakeDbContext>(db => db.AddInterceptors(new CommitOrderInterceptor()));

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization(authorization =>
        {
            foreach (var scope in Scopes.All)
            {
                authorization.AddPolicy(Scopes.Policy(scope), policy => policy
                    .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
                    .RequireAuthenticatedUser()
                    .RequireAssertion(c => c.User.HasClaim(Scopes.ClaimType, scope) || c.User.HasClaim(Scopes.ClaimType, Scopes.Admin)));
            }
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetTokenBucketLimiter(PartitionOf(http), _ => Bucket(options.RequestsPerMinute)));
        });

        services.AddOpenApi("v1", openApi =>
        {
            openApi.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true || d.RelativePath == "health";
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "DocIntake API";
                document.Info.Version = "v1";
                document.Info.Description = "Parsed orders and quality records for downstream systems. See docs/api.md.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "An API key: \"Authorization: Bearer dik_…\" (or the header X-Api-Key). Scopes: read, upload, admin.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, document)] = [] }];
                return Task.CompletedTask;
            });
        });

        services.AddHttpClient(WebhookSendJob.HttpClientName, client => client.Timeout = options.Timeout);
        services.AddScoped<WebhookDispatcher>();
        services.AddScoped<WebhookSendJob>();
        services.AddSingleton<WebhookPump>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookPump>());
        services.AddScoped<CsvExporter>();
        return builder;
    }

    public static WebApplication MapDeliveryApi(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference", scalar => scalar.WithTitle("DocIntake API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapApiKeysApiV1();
        app.MapWebhooksApiV1();
        app.MapExportApiV1();
        return app;
    }

    // Per API key once the key is checked (authorization runs first), else per client address.
    private static string PartitionOf(HttpContext http) =>
        http.User.FindFirst(Scopes.KeyIdClaim)?.Value is { } key ? "key:" + key : "ip:" + http.Connection.RemoteIpAddress;

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = Math.Max(1, perMinute / 60),
        ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / perMinute),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = "The rate limit of this API key was reached; retry after the time in Retry-After.",
            },
        });
    }
}
