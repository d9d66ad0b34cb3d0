using System.Net;
using System.Net.Http.Json;
using DocIntake.Server.Identity;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests.Review;

public class ReviewPagesTests
{
    [Fact]
    public async Task Pages_RedirectToLogin_WhenAnonymousButApiAndHealthDoNot()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        using var client = new ReviewClient(server);

        foreach (var page in new[] { "/", "/review", "/review/group", "/hangfire", "/admin/users" })
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // /health and /api/v1 are not the UI's business (the API has its own keys): never sent to the login page.
        using var health = await client.GetAsync("/health");
        Assert.NotEqual(HttpStatusCode.Redirect, health.StatusCode);
        using var api = await client.GetAsync("/api/v1/documents");
        Assert.NotEqual(HttpStatusCode.Redirect, api.StatusCode);
        using var script = await client.GetAsync("/review/api/documents/x");
        Assert.Equal(HttpStatusCode.Unauthorized, script.StatusCode);
    }

    [Fact]
    public async Task Login_OpensQueueAndKeepsHangfireForAdministrators_WhenPasswordIsRight()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        await ReviewClient.CreateUserAsync(server, "alice", Roles.Reviewer);
        await ReviewClient.CreateUserAsync(server, "root", Roles.Administrator);
        using var wrong = new ReviewClient(server);
        using var alice = new ReviewClient(server);
        using var root = new ReviewClient(server);

        using var refused = await wrong.LoginAsync("alice", "not the password");
        using var loggedIn = await alice.LoginAsync("ALICE");
        using var admin = await root.LoginAsync("root");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the login page again, with the error
        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        using var queue = await alice.GetAsync("/review");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        using var aliceHangfire = await alice.GetAsync("/hangfire");
        Assert.NotEqual(HttpStatusCode.OK, aliceHangfire.StatusCode);
        using var rootHangfire = await root.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, rootHangfire.StatusCode);
    }

    [Fact]
    public async Task DocumentPage_ShowsHostileTextAsTextWithStrictCsp_WhenFaxContainsScript()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        await ReviewClient.CreateUserAsync(server, "alice", Roles.Reviewer);
        var document = ReviewSeed.Order();
        document.Source.Subject = "<script>alert(1)</script>";
        document.Fields["buyerName"].Value = "<img src=x onerror=alert(2)>";
        var id = await ReviewSeed.InsertAsync(server, document);
        using var client = new ReviewClient(server);
        await client.LoginAsync("alice");

        using var response = await client.GetAsync($"/review/documents/{id}");
        var html = await response.Content.ReadAsStringAsync();
        using var queue = await client.GetAsync("/review");
        var queueHtml = await queue.Content.ReadAsStringAsync();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", queueHtml, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task ConfirmEndpoint_RefusesWithoutAntiforgeryToken_AndSavesWithIt()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        await ReviewClient.CreateUserAsync(server, "alice", Roles.Reviewer);
        var seeded = ReviewSeed.Order();
        var id = await ReviewSeed.InsertAsync(server, seeded);
        using var client = new ReviewClient(server);
        await client.LoginAsync("alice");
        var token = await client.TokenAsync($"/review/documents/{id}");
        var body = ReviewForms.Corrected(seeded, 3);

        using var forged = await client.Http.PostAsJsonAsync($"/review/api/documents/{id}/confirm", body);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/review/api/documents/{id}/confirm") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var real = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Equal(DocumentStatus.Confirmed, (await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == id))).Status);
    }

    [Fact]
    public async Task ConfirmEndpoint_AnswersConflictWithMessage_WhenVersionIsStale()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        await ReviewClient.CreateUserAsync(server, "alice", Roles.Reviewer);
        var seeded = ReviewSeed.Order();
        var id = await ReviewSeed.InsertAsync(server, seeded);
        using var client = new ReviewClient(server);
        await client.LoginAsync("alice");
        var token = await client.TokenAsync($"/review/documents/{id}");
        client.Http.DefaultRequestHeaders.Add("Accept-Language", "en");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/review/api/documents/{id}/confirm") { Content = JsonContent.Create(ReviewForms.Corrected(seeded, 1)) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var response = await client.Http.SendAsync(request);
        var answer = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("stale", (string?)answer!["code"]);
        Assert.Contains("NOT saved", (string?)answer["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueuePage_SpeaksJapaneseByDefaultAndEnglishWhenAsked()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        await ReviewClient.CreateUserAsync(server, "alice", Roles.Reviewer);
        using var client = new ReviewClient(server);
        await client.LoginAsync("alice");

        var japanese = await client.Http.GetStringAsync(new Uri("/review", UriKind.Relative));
        await client.GetAsync("/account/language?culture=en&returnUrl=/review");
        var english = await client.Http.GetStringAsync(new Uri("/review", UriKind.Relative));

        Assert.Contains("確認キュー", japanese, StringComparison.Ordinal);
        Assert.Contains("要確認", japanese, StringComparison.Ordinal);
        Assert.Contains("Review queue", english, StringComparison.Ordinal);
        Assert.Contains("Needs review", english, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateUser_RefusesShortPasswordAndCreatesAdministrator()
    {
        var data = TestPaths.NewTempFolder("admin");
        try
        {
            string[] args = [$"--DocIntake:DataPath={data}"];
            Assert.Equal(1, UserAdmin.CreateUser(args, "root", Roles.Administrator, "short"));
            Assert.Equal(0, UserAdmin.CreateUser(args, "root", Roles.Administrator, "a long enough password"));
            Assert.Equal(1, UserAdmin.CreateUser(args, "root", Roles.Administrator, "a long enough password"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
