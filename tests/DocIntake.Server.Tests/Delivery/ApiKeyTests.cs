using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocIntake.Server.Delivery;
using DocIntake.Server.Tests.Support;

namespace DocIntake.Server.Tests.Delivery;

public class ApiKeyTests
{
    [Fact]
    public async Task Api_Answers401WithProblemDetails_WhenNoKeyOrUnknownKey()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        using var anonymous = new HttpClient { BaseAddress = server.Http.BaseAddress };

        using var none = await anonymous.GetAsync(new Uri("/api/v1/documents", UriKind.Relative));
        using var bogusRequest = Get("/api/v1/documents", "dik_0123456789ab_notthesecret");
        using var bogus = await anonymous.SendAsync(bogusRequest);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (int?)(await none.Content.ReadFromJsonAsync<JsonObject>())!["status"]);
        Assert.Equal(HttpStatusCode.Unauthorized, bogus.StatusCode);
        Assert.Contains("unknown or revoked", (string?)(await bogus.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Answers403_WhenKeyLacksScope()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var readOnly = await CreateKeyAsync(server, "erp", [Scopes.Read]);
        var uploadOnly = await CreateKeyAsync(server, "scanner", [Scopes.Upload]);
        using var client = new HttpClient { BaseAddress = server.Http.BaseAddress };

        using var list = await client.SendAsync(Get("/api/v1/documents", readOnly));
        using var upload = await client.SendAsync(Upload(readOnly, TestImages.UniquePng(1)));
        using var listWithUploadKey = await client.SendAsync(Get("/api/v1/documents", uploadOnly));
        using var uploadWithUploadKey = await client.SendAsync(Upload(uploadOnly, TestImages.UniquePng(2)));
        using var adminOnly = await client.SendAsync(Get("/api/v1/apikeys", readOnly));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        var problem = await upload.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(403, (int?)problem!["status"]);
        Assert.Contains("'upload'", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, listWithUploadKey.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, uploadWithUploadKey.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, adminOnly.StatusCode);
    }

    [Fact]
    public async Task Revoke_Answers401Afterwards_WhenKeyWasValid()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var token = await CreateKeyAsync(server, "qms", [Scopes.Read]);
        using var client = new HttpClient { BaseAddress = server.Http.BaseAddress };
        using var before = await client.SendAsync(Get("/api/v1/documents", token));
        var keys = await server.Http.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/apikeys", UriKind.Relative));
        var id = (string)keys!.Single(k => (string?)k!["consumer"] == "qms")!["id"]!;

        using var revoke = await server.Http.DeleteAsync(new Uri($"/api/v1/apikeys/{id}", UriKind.Relative));
        using var after = await client.SendAsync(Get("/api/v1/documents", token));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var stored = await server.WithDbAsync(db => Task.FromResult(db.Set<ApiKey>().Single(k => k.Id == id)));
        // The secret is base64url and may itself hold '_': it is everything after "dik_<12 hex>_".
        var secret = token["dik_".Length..][13..];
        Assert.Equal(43, secret.Length);
        Assert.DoesNotContain(secret, stored.SecretSha256, StringComparison.Ordinal);
        Assert.Equal(64, stored.SecretSha256.Length);
    }

    [Fact]
    public async Task OpenApi_ServesDocumentAndReferencePage_WithoutKey()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        using var anonymous = new HttpClient { BaseAddress = server.Http.BaseAddress };

        var document = await anonymous.GetFromJsonAsync<JsonObject>(new Uri("/openapi/v1.json", UriKind.Relative));
        using var page = await anonymous.GetAsync(new Uri("/api/reference", UriKind.Relative));

        var paths = document!["paths"]!.AsObject();
        Assert.Contains("/api/v1/documents", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/webhooks", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/exports/orders.csv", paths.Select(p => p.Key));
        Assert.DoesNotContain(paths, p => p.Key.StartsWith("/review", StringComparison.Ordinal));
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["ApiKey"]!["scheme"]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimiter_Answers429WithRetryAfter_WhenKeyExceedsItsRate()
    {
        await using var server = await TestServer.StartAsync(
            new Dictionary<string, string?> { ["DocIntake:Delivery:RequestsPerMinute"] = "5" }, reader: new FakeReader());
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 12; i++)
        {
            var response = await server.Http.GetAsync(new Uri("/api/v1/documents", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited ??= response;
            }
        }

        Assert.True(statuses.Take(5).All(s => s == HttpStatusCode.OK), string.Join(",", statuses));
        Assert.NotNull(limited);
        Assert.True(limited!.Headers.RetryAfter is not null);
        Assert.Equal(429, (int?)(await limited.Content.ReadFromJsonAsync<JsonObject>())!["status"]);
    }

    internal static async Task<string> CreateKeyAsync(TestServer server, string consumer, string[] scopes)
    {
        using var response = await server.Http.PostAsJsonAsync(new Uri("/api/v1/apikeys", UriKind.Relative), new { consumer, scopes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
    }

    internal static HttpRequestMessage Get(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static HttpRequestMessage Upload(string token, byte[] bytes)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/documents", UriKind.Relative))
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "scan.png" } },
        };
        request.Headers.Add("X-Api-Key", token);
        return request;
    }
}
