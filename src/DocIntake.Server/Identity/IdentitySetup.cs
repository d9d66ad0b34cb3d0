using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DocIntake.Server.Identity;

/// <summary>Cookie login for the UI, roles as policies, and the /hangfire guard (login first, then administrator).</summary>
internal static class IdentitySetup
{
    public const string CookieName = "docintake.auth";

    public static IServiceCollection AddReviewIdentity(this IServiceCollection services)
    {
        services.AddScoped<UserStore>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.ReviewerPolicy, p => p.RequireRole(Roles.Reviewer, Roles.Administrator))
            .AddPolicy(Roles.AdministratorPolicy, p => p.RequireRole(Roles.Administrator));
        return services;
    }

    /// <summary>Before the Hangfire dashboard: anonymous visitors are sent to the login page, others are checked by the filter.</summary>
    public static IApplicationBuilder UseDashboardLogin(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/hangfire") && context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return;
        }

        await next(context);
    });

    // Script calls get a status code, pages a redirect.
    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/review/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
