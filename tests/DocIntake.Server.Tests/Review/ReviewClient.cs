using System.Net;
using System.Text.RegularExpressions;
using DocIntake.Server.Identity;
using DocIntake.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DocIntake.Server.Tests.Review;

/// <summary>A browser-like HTTP client: cookies, no automatic redirects, the antiforgery token taken from pages.</summary>
internal sealed partial class ReviewClient : IDisposable
{
    private readonly HttpClientHandler handler = new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };

    public ReviewClient(TestServer server) => Http = new HttpClient(handler) { BaseAddress = server.Http.BaseAddress };

    public HttpClient Http { get; }

    public static async Task CreateUserAsync(TestServer server, string name, string role, string password = "correct horse battery")
    {
        await using var scope = server.Services.CreateAsyncScope();
        var error = await scope.ServiceProvider.GetRequiredService<UserStore>().CreateAsync(name, password, role, default);
        Assert.Null(error);
    }

    public async Task<HttpResponseMessage> LoginAsync(string name, string password = "correct horse battery")
    {
        var token = await TokenAsync("/account/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = name, ["password"] = password, ["returnUrl"] = "/review",
        });
        return await Http.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    public async Task<string> TokenAsync(string page)
    {
        var html = await Http.GetStringAsync(new Uri(page, UriKind.Relative));
        return TokenPattern().Match(html).Groups[1].Value;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(new Uri(path, UriKind.Relative));

    public void Dispose()
    {
        Http.Dispose();
        handler.Dispose();
    }

    [GeneratedRegex("name=\"(?:__RequestVerificationToken|csrf-token)\" (?:value|content)=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
