using System.Security.Claims;
using DocIntake.Server.Review;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DocIntake.Server.Identity;

/// <summary>Login, logout and the language switch: the only UI pages reachable without a login.</summary>
internal static class AccountEndpoints
{
    public static void MapAccount(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous();
        account.MapGet("/login", LoginPage);
        account.MapPost("/login", LoginAsync);
        account.MapPost("/logout", LogoutAsync);
        account.MapGet("/language", Language);
        account.MapGet("/denied", (HttpContext http, IStringLocalizer<ReviewText> t) =>
            Html.Page(http, t, t["Access denied"], $"<h1>{Html.E(t["Access denied"])}</h1><p>{Html.E(t["This page needs the administrator role."])}</p>"));
    }

    private static IResult LoginPage(HttpContext http, IStringLocalizer<ReviewText> t, string? returnUrl, string? error = null)
    {
        var message = error is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>";
        var body = $"""
            <section class="login">
            <h1>{Html.E(t["Log in"])}</h1>
            {message}
            <form method="post" action="/account/login">
            {Html.HiddenToken(http)}
            <input type="hidden" name="returnUrl" value="{Html.E(Html.IsLocalUrl(returnUrl) ? returnUrl : "/review")}">
            <label>{Html.E(t["User name"])} <input name="userName" id="userName" autocomplete="username" required autofocus></label>
            <label>{Html.E(t["Password"])} <input name="password" id="password" type="password" autocomplete="current-password" required></label>
            <button type="submit" id="login">{Html.E(t["Log in"])}</button>
            </form>
            </section>
            """;
        return Html.Page(http, t, t["Log in"], body);
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http,
        UserStore users,
        IStringLocalizer<ReviewText> t,
        [FromForm] string userName,
        [FromForm] string password,
        [FromForm] string? returnUrl,
        CancellationToken cancellationToken)
    {
        var user = await users.VerifyAsync(userName, password, cancellationToken);
        if (user is null)
        {
            await Task.Delay(400, cancellationToken); // slows password guessing a little; lockout is not implemented
            return LoginPage(http, t, returnUrl, t["Unknown user name or wrong password."]);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(ClaimTypes.Role, user.Role),
                new Claim("stamp", user.SecurityStamp),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(Html.IsLocalUrl(returnUrl) ? returnUrl! : "/review");
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, [FromForm] string? unused = null)
    {
        _ = unused; // a form parameter, so the antiforgery middleware validates this POST
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/account/login");
    }

    private static IResult Language(HttpContext http, string? culture, string? returnUrl)
    {
        var chosen = culture == "en" ? "en" : "ja";
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        return Results.Redirect(Html.IsLocalUrl(returnUrl) ? returnUrl! : "/review");
    }
}
