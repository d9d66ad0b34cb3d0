using Hangfire.Dashboard;

namespace DocIntake.Server.Identity;

/// <summary>The Hangfire dashboard is for administrators only (login through the review UI's cookie).</summary>
public sealed class AdministratorDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetHttpContext().User.IsInRole(Roles.Administrator);
    }
}
