using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocIntake.Server.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace DocIntake.Server.Review;

/// <summary>
/// Server-rendered pages: one layout, every untrusted string through <see cref="E"/> (OCR text, mail subjects and
/// file names are never markup), data for the scripts as JSON in non-executed script blocks.
/// </summary>
internal static class Html
{
    public static string E(string? text) => Encoder.Encode(text ?? "");

    // Japanese stays readable in the source; markup characters (< > & quotes) are still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>JSON safe inside a script element: the default encoder escapes &lt; &gt; &amp; and quotes.</summary>
    public static string Json(object value) => JsonSerializer.Serialize(value, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static string Token(HttpContext http) =>
        http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken ?? "";

    public static string HiddenToken(HttpContext http) =>
        $"<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"{E(Token(http))}\">";

    public static IResult Page(HttpContext http, IStringLocalizer t, string title, string body, string? script = null, string? data = null)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja";
        var user = http.User.Identity is { IsAuthenticated: true } ? http.User.Identity.Name : null;
        var returnUrl = http.Request.Path + http.Request.QueryString;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{culture}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="{E(user is null ? "" : Token(http))}">
            <title>{E(title)} - DocIntake</title>
            <link rel="stylesheet" href="/review/review.css">
            </head>
            <body>
            <header class="top">
            <a class="brand" href="/review">DocIntake</a>
            """);
        if (user is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""
                <nav>
                <a href="/review">{E(t["Queue"])}</a>
                <a href="/review/group">{E(t["Group verification"])}</a>
                """);
            if (http.User.IsInRole(Roles.Administrator))
            {
                sb.Append(CultureInfo.InvariantCulture, $"""
                    <a href="/admin/users">{E(t["Users"])}</a>
                    <a href="/hangfire">{E(t["Jobs"])}</a>
                    """);
            }

            sb.Append("</nav>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"""
            <span class="spacer"></span>
            <span class="lang">
            <a href="/account/language?culture=ja&amp;returnUrl={E(Uri.EscapeDataString(returnUrl))}" lang="ja"{(culture == "ja" ? " aria-current=\"true\"" : "")}>日本語</a>
            <a href="/account/language?culture=en&amp;returnUrl={E(Uri.EscapeDataString(returnUrl))}" lang="en"{(culture == "en" ? " aria-current=\"true\"" : "")}>English</a>
            </span>
            """);
        if (user is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""
                <span class="user" id="current-user">{E(user)}</span>
                <form method="post" action="/account/logout" class="inline">{HiddenToken(http)}<button type="submit">{E(t["Log out"])}</button></form>
                """);
        }

        sb.Append("</header>\n<main>\n").Append(body).Append("\n</main>\n");
        if (data is not null)
        {
            sb.Append("<script type=\"application/json\" id=\"page-data\">").Append(data).Append("</script>\n");
        }

        if (script is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<script src=\"/review/{script}\"></script>\n");
        }

        sb.Append("</body>\n</html>\n");
        return Results.Content(sb.ToString(), "text/html; charset=utf-8");
    }

    /// <summary>Only paths of this site: "/x" but not "//host" or "/\host".</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
