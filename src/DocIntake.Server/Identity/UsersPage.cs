using System.Globalization;
using System.Text;
using DocIntake.Server.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DocIntake.Server.Identity;

/// <summary>/admin/users: administrators list users and add reviewers or administrators.</summary>
internal static class UsersPage
{
    public static void MapUsersPage(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAuthorization(Roles.AdministratorPolicy);
        admin.MapGet("/users", ShowAsync);
        admin.MapPost("/users", AddAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, UserStore users, IStringLocalizer<ReviewText> t, CancellationToken cancellationToken, string? message = null)
    {
        var rows = new StringBuilder();
        foreach (var u in await users.ListAsync(cancellationToken))
        {
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(u.UserName)}</td><td>{Html.E(t["role:" + u.Role])}</td><td>{u.CreatedAt:yyyy-MM-dd HH:mm}</td><td>{u.LastLoginAt:yyyy-MM-dd HH:mm}</td></tr>");
        }

        var body = $"""
            <h1>{Html.E(t["Users"])}</h1>
            {(message is null ? "" : $"<p class=\"notice\" role=\"status\">{Html.E(message)}</p>")}
            <table class="grid"><thead><tr><th>{Html.E(t["User name"])}</th><th>{Html.E(t["Role"])}</th><th>{Html.E(t["Created"])}</th><th>{Html.E(t["Last login"])}</th></tr></thead>
            <tbody>{rows}</tbody></table>
            <h2>{Html.E(t["Add a user"])}</h2>
            <form method="post" action="/admin/users" class="stack">
            {Html.HiddenToken(http)}
            <label>{Html.E(t["User name"])} <input name="userName" required></label>
            <label>{Html.E(t["Password"])} <input name="password" type="password" minlength="{UserStore.MinPasswordLength}" required></label>
            <label>{Html.E(t["Role"])} <select name="role"><option value="{Roles.Reviewer}">{Html.E(t["role:" + Roles.Reviewer])}</option><option value="{Roles.Administrator}">{Html.E(t["role:" + Roles.Administrator])}</option></select></label>
            <button type="submit">{Html.E(t["Add"])}</button>
            </form>
            """;
        return Html.Page(http, t, t["Users"], body);
    }

    private static async Task<IResult> AddAsync(
        HttpContext http,
        UserStore users,
        IStringLocalizer<ReviewText> t,
        [FromForm] string userName,
        [FromForm] string password,
        [FromForm] string role,
        CancellationToken cancellationToken)
    {
        var error = await users.CreateAsync(userName, password, role, cancellationToken);
        return await ShowAsync(http, users, t, cancellationToken, error ?? string.Format(CultureInfo.CurrentCulture, t["User {0} added."], userName));
    }
}
