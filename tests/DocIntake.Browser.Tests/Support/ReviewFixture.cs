using DocIntake.Core.Contract;
using DocIntake.Imaging.Encoding;
using DocIntake.Server;
using DocIntake.Server.Delivery;
using DocIntake.Server.Identity;
using DocIntake.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DocIntake.Browser.Tests.Support;

/// <summary>
/// One server (in this process, own data folder, loopback port), one chromium, three users (alice and bob review,
/// root administers), an API key to read documents back, and the sample order read once.
/// </summary>
public sealed class ReviewFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    private WebApplication app = null!;
    private IPlaywright playwright = null!;
    private string dataPath = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = null!;

    public string ApiToken { get; private set; } = null!;

    internal SampleOrder Sample { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        dataPath = Path.Combine(Path.GetTempPath(), $"docintake-browser-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(dataPath);
        app = ServerHost.BuildApp(["--urls", "http://127.0.0.1:0"], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DocIntake:DataPath"] = dataPath,
            ["DocIntake:Processing:OcrWorkers"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserStore>();
            foreach (var (name, role) in new[] { ("alice", Roles.Reviewer), ("bob", Roles.Reviewer), ("root", Roles.Administrator) })
            {
                Assert.Null(await users.CreateAsync(name, Password, role, default));
            }

            var (_, token) = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync("browser-tests", [Scopes.Read], "test", default);
            ApiToken = token;
        }

        Sample = SampleOrder.Load();
        (playwright, Browser) = await Support.Browser.LaunchAsync();
    }

    /// <summary>Stores a processed document needing review, with the sample's page image; returns its id.</summary>
    internal async Task<string> SeedAsync(ExtractedDocument document, DateTime receivedAt)
    {
        var id = Guid.CreateVersion7().ToString("N");
        var copy = ContractJson.Deserialize(ContractJson.Serialize(document));
        copy.Id = id;
        copy.Status = DocumentStatus.NeedsReview;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var blobs = scope.ServiceProvider.GetRequiredService<BlobStore>();
        var original = blobs.Put(System.Text.Encoding.UTF8.GetBytes("original of " + id));
        db.Documents.Add(new DocumentRecord
        {
            Id = id,
            Status = DocumentStatus.NeedsReview,
            DocumentType = copy.DocumentType,
            Channel = copy.Source.Channel,
            Sender = copy.Source.SenderFax,
            FileName = copy.Source.FileName ?? "fax.tif",
            Sha256 = original,
            ReceivedAt = receivedAt,
            UpdatedAt = receivedAt,
            Version = 3,
            ContractJson = ContractJson.Serialize(copy),
        });
        if (Sample.PageImage is { } image)
        {
            db.Pages.Add(new PageRecord
            {
                DocumentId = id,
                Number = 1,
                Width = image.Width,
                Height = image.Height,
                ImageSha256 = blobs.Put(PageImages.EncodePng(image)),
            });
        }

        db.AuditEvents.Add(new AuditEvent { DocumentId = id, At = receivedAt, Actor = "system:intake", Action = "received", ToStatus = DocumentStatus.NeedsReview });
        await db.SaveChangesAsync();
        return id;
    }

    internal async Task<T> WithDbAsync<T>(Func<IntakeDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntakeDbContext>());
    }

    /// <summary>
    /// A fresh browser context (own cookies) on the app. Playwright's 30 s default is too short where CI runs the other
    /// test assemblies beside this one on two cores: a login's redirect once took longer there.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(string locale)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    /// <summary>A fresh browser context (own cookies) logged in as <paramref name="user"/>, Japanese UI.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> LoginAsync(string user, string locale = "ja-JP")
    {
        var context = await NewContextAsync(locale);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/review");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login");

        // The queue table is what a logged-in reviewer sees first. Waiting for it, not for the URL's load event, keeps
        // the wait off the page's images, which came slowly once while the other test assemblies held both CI cores.
        await page.Locator("#queue").WaitForAsync();
        Assert.EndsWith("/review", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        return (context, page);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(dataPath, recursive: true);
    }
}
