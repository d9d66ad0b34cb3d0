using System.Globalization;
using DocIntake.Server.Identity;
using DocIntake.Server.Processing;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace DocIntake.Server.Review;

/// <summary>
/// The review queue's registrations: <c>builder.AddReviewQueue()</c> after the server's services,
/// <c>app.MapReviewQueue()</c> right after Build (its middleware must run before the Hangfire dashboard).
/// </summary>
public static class ReviewSetup
{
    private static readonly CultureInfo[] Cultures = [new("ja"), new("en")];

    public static WebApplicationBuilder AddReviewQueue(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(ReviewOptions.SectionName).Get<ReviewOptions>() ?? new ReviewOptions();
        var errors = options.Validate().ToList();
        if (errors.Count > 0)
        {
            var error = new InvalidOperationException("invalid configuration: " + string.Join(" ", errors));
            error.Data["DocIntake.Configuration"] = true; // ServerHost.Run turns it into exit code 2
            throw error;
        }

        var services = builder.Services;
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddLocalization(l => l.ResourcesPath = "Resources");
        services.AddAntiforgery(a =>
        {
            a.HeaderName = "X-CSRF-TOKEN";
            a.Cookie.Name = "docintake.csrf";
            a.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddReviewIdentity();
        services.AddScoped<ClaimService>();
        services.AddScoped<ReviewService>();
        DecorateReader(services);
        return builder;
    }

    public static WebApplication MapReviewQueue(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSecurityHeaders();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(ReviewSetup).Assembly, "DocIntake.Server.wwwroot"),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/health"), ui =>
            ui.UseRequestLocalization(new RequestLocalizationOptions
            {
                DefaultRequestCulture = new RequestCulture("ja"),
                SupportedCultures = Cultures,
                SupportedUICultures = Cultures,
            }));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseDashboardLogin();

        app.MapGet("/", () => Results.Redirect("/review")).RequireAuthorization(Roles.ReviewerPolicy);
        app.MapAccount();
        app.MapUsersPage();
        var review = app.MapGroup("/review").RequireAuthorization(Roles.ReviewerPolicy);
        review.MapGet("", QueuePage.ShowAsync);
        review.MapGet("/next", QueuePage.NextAsync);
        review.MapGet("/documents/{id}", DocumentPage.ShowAsync);
        review.MapReviewFiles();
        review.MapReviewApi();
        review.MapGroupPage();
        return app;
    }

    /// <summary>Sender learning runs on whatever reader is registered (the pipeline, or a test's reader).</summary>
    private static void DecorateReader(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IDocumentReader))
            ?? throw new InvalidOperationException("AddReviewQueue must come after the server's services.");
        services.RemoveAll<IDocumentReader>();
        services.AddSingleton<IDocumentReader>(sp => ActivatorUtilities.CreateInstance<LearningReader>(sp, Resolve(sp, registered)));
    }

    private static IDocumentReader Resolve(IServiceProvider sp, ServiceDescriptor descriptor) => (IDocumentReader)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
