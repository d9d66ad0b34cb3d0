using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocIntake.Server.Delivery;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocIntake.Server.Tests.Support;

/// <summary>The real server host in this process on a free loopback port, with its own data folder.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestServer(WebApplication app, string dataPath, bool ownsData)
    {
        this.app = app;
        DataPath = dataPath;
        OwnsData = ownsData;
    }

    public string DataPath { get; }

    private bool OwnsData { get; }

    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => app.Services;

    public static async Task<TestServer> StartAsync(
        Dictionary<string, string?>? settings = null, IDocumentReader? reader = null, string? dataPath = null)
    {
        var ownsData = dataPath is null;
        dataPath ??= TestPaths.NewTempFolder("data");
        var config = new Dictionary<string, string?>
        {
            ["DocIntake:DataPath"] = dataPath,
            ["DocIntake:Processing:OcrWorkers"] = "2",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            config[key] = value;
        }

        var app = ServerHost.BuildApp(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            if (reader is not null)
            {
                builder.Services.AddSingleton(reader);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // The API wants a key: the helper's client has one with every scope.
        var token = await DeliveryCommands.CreateApiKeyTokenAsync(app.Services, "tests", [Scopes.Read, Scopes.Upload, Scopes.Admin]);
        var http = new HttpClient { BaseAddress = new Uri(address) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new TestServer(app, dataPath, ownsData) { Http = http };
    }

    public async Task<T> WithDbAsync<T>(Func<IntakeDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntakeDbContext>());
    }

    public async Task<string> UploadAsync(byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        using var response = await Http.PostAsync(new Uri("/api/v1/documents", UriKind.Relative), form);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (string)body!["id"]!;
    }

    public async Task<JsonObject> GetDocumentAsync(string id) =>
        (await Http.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/documents/{id}", UriKind.Relative)))!;

    /// <summary>Polls until <paramref name="done"/> holds or the time is up; returns whether it held.</summary>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (await done())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return await done();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        if (OwnsData)
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }
}
