using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using DocIntake.Browser.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DocIntake.Browser.Tests;

public class ReviewBrowserTests(ReviewFixture fixture) : IClassFixture<ReviewFixture>
{
    private const string Focused = "() => document.activeElement && (document.activeElement.dataset.path || document.activeElement.id)";

    [Fact]
    public async Task Reviewer_ConfirmsOldestOrderWithKeyboardAlone_AndApiShowsItConfirmed()
    {
        var sample = fixture.Sample;
        var oldest = await fixture.SeedAsync(sample.Document, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var context = await fixture.NewContextAsync("ja-JP");
        await using var _ = context;
        var page = await context.NewPageAsync();

        // Log in with the keyboard: the user name field has the focus.
        await page.GotoAsync("/review");

        // autofocus is applied once the page has loaded; typing earlier (a busy CI machine) would go nowhere.
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'userName'");
        await page.Keyboard.TypeAsync("alice");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(ReviewFixture.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#queue").WaitForAsync(); // not the load event: page images come slowly on a busy CI machine
        Assert.Equal(oldest, await page.GetAttributeAsync("#queue tbody tr:first-child", "data-id"));

        await page.Keyboard.PressAsync("n"); // open the oldest
        await page.WaitForURLAsync($"**/review/documents/{oldest}", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await WaitForFocusAsync(page, "orderNumber");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("document-view.png") });

        var keys = 0;
        var clock = Stopwatch.StartNew();
        await page.Keyboard.PressAsync("Enter"); // the order number is right
        keys++;
        await WaitForFocusAsync(page, "lines[2].amount");
        var fullWidth = new string(sample.TrueAmount.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c).ToArray());
        await page.Keyboard.TypeAsync(fullWidth);
        keys += fullWidth.Length;
        await page.Keyboard.PressAsync("Enter");
        keys++;
        await WaitForFocusAsync(page, "lines[4].partNumber");
        Assert.Equal(sample.TrueAmount, await page.InputValueAsync("input[data-path='lines[2].amount']")); // normalised on Enter
        await page.Keyboard.TypeAsync(sample.TruePartNumber);
        keys += sample.TruePartNumber.Length;
        await page.Keyboard.PressAsync("Enter");
        keys++;
        await WaitForFocusAsync(page, "confirm-doc");
        await page.Keyboard.PressAsync("Control+Enter");
        keys++;
        await page.WaitForSelectorAsync("body[data-confirmed='true']");
        clock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"FIGURES: 5-line order, 3 doubtful fields: {keys} keystrokes ({keys - fullWidth.Length - sample.TruePartNumber.Length} of them Enter/Ctrl+Enter), {seconds:F2} s in the browser with instant typing"));

        await page.WaitForURLAsync(url => !url.Contains(oldest, StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.GotoAsync("/review");
        Assert.Equal(0, await page.Locator($"#queue tr[data-id='{oldest}']").CountAsync());

        using var http = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.ApiToken);
        var document = JsonNode.Parse(await http.GetStringAsync(new Uri($"/api/v1/documents/{oldest}", UriKind.Relative)))!;
        Assert.Equal("confirmed", (string?)document["status"]);
        var amount = document["lines"]![2]!["amount"]!;
        Assert.Equal(decimal.Parse(sample.TrueAmount, CultureInfo.InvariantCulture), (decimal)amount["value"]!);
        Assert.Equal("alice", (string?)amount["reviewed"]!["by"]);
        Assert.Equal("corrected", (string?)amount["reviewed"]!["action"]);
        Assert.Equal(sample.TruePartNumber, (string?)document["lines"]![4]!["partNumber"]!["value"]);
        Assert.True(seconds < 10, $"confirming took {seconds:F1} s");
    }

    [Fact]
    public async Task SecondReviewer_SeesWhoHasTheDocumentAndCannotSaveOverIt()
    {
        var id = await fixture.SeedAsync(fixture.Sample.Document, DateTime.UtcNow);
        var (aliceContext, alice) = await fixture.LoginAsync("alice");
        var (bobContext, bob) = await fixture.LoginAsync("bob", locale: "en-US");
        await using var a = aliceContext;
        await using var b = bobContext;

        await alice.GotoAsync($"/review/documents/{id}");
        await WaitForFocusAsync(alice, "orderNumber");
        await bob.GotoAsync($"/review/documents/{id}");
        await bob.WaitForSelectorAsync("body.read-only");

        Assert.Contains("alice", await bob.TextContentAsync("#claim-banner"), StringComparison.Ordinal);
        Assert.True(await bob.IsDisabledAsync("#confirm-doc"));
        Assert.True(await bob.GetAttributeAsync("input[data-path='orderNumber']", "readonly") is not null);
        // Even a hand-made request with bob's valid token is refused, with a message.
        var answer = await bob.EvaluateAsync<JsonElementAnswer>(
            """
            async (id) => {
              const csrf = document.querySelector('meta[name="csrf-token"]').content;
              const r = await fetch(`/review/api/documents/${id}/confirm`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf },
                body: JSON.stringify({ version: 3, fields: {}, lines: null, measurements: null }) });
              return { status: r.status, message: (await r.json()).message };
            }
            """, id);
        Assert.Equal(409, answer.Status);
        Assert.Contains("alice is working on this document", answer.Message, StringComparison.Ordinal);

        // The claim runs out; bob takes the document and saves first. Alice's later save is refused, not lost silently.
        await fixture.WithDbAsync(db => db.Set<Server.Review.ReviewClaim>().Where(c => c.DocumentId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));
        await bob.ReloadAsync();
        await WaitForFocusAsync(bob, "orderNumber");
        Assert.Null(await bob.GetAttributeAsync("body", "class"));
        await FixAndConfirmAsync(bob);
        await bob.WaitForSelectorAsync("body[data-confirmed='true']");

        await alice.FocusAsync("input[data-path='orderNumber']");
        await alice.Keyboard.PressAsync("Enter"); // the live check already tells her
        await alice.WaitForSelectorAsync("#message:not([hidden])");
        Assert.Contains("保存されていません", await alice.TextContentAsync("#message"), StringComparison.Ordinal);
        await alice.EvaluateAsync("() => document.getElementById('message').hidden = true");
        await alice.Keyboard.PressAsync("Control+Enter"); // and a save is refused with a message
        await alice.WaitForSelectorAsync("#message:not([hidden])");
        Assert.Contains("保存されていません", await alice.TextContentAsync("#message"), StringComparison.Ordinal);
        Assert.Null(await alice.GetAttributeAsync("body", "data-confirmed"));
        var reviewer = await fixture.WithDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.ReviewedBy).SingleAsync());
        Assert.Equal("bob", reviewer);
    }

    [Fact]
    public async Task HostileFax_ShowsScriptAsTextAndRunsNothing()
    {
        var hostile = fixture.Sample.Fresh();
        hostile.Source.Subject = "<script>alert(1)</script>";
        hostile.Fields["buyerName"].Value = "<img src=x onerror=alert(2)>";
        hostile.Fields["notes"].Text = "</script><script>alert(3)</script>";
        var id = await fixture.SeedAsync(hostile, DateTime.UtcNow);
        var (context, page) = await fixture.LoginAsync("alice");
        await using var _ = context;
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync($"/review/documents/{id}");
        await WaitForFocusAsync(page, "orderNumber");
        await page.GotoAsync("/review");
        await page.GotoAsync($"/review/documents/{id}");
        await WaitForFocusAsync(page, "orderNumber");

        Assert.Equal(0, dialogs);
        Assert.Equal("<script>alert(1)</script>", await page.TextContentAsync("#mail-subject"));
        Assert.Equal("<img src=x onerror=alert(2)>", await page.InputValueAsync("input[data-path='buyerName']"));
        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
    }

    [Fact]
    public async Task GroupView_ConfirmsAScreenfulOfValuesAtOnce()
    {
        var document = fixture.Sample.Fresh();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await fixture.SeedAsync(document, DateTime.UtcNow));
        }

        var (context, page) = await fixture.LoginAsync("alice", locale: "en-US");
        await using var _ = context;
        await page.GotoAsync("/review/group?field=fields.orderNumber");
        var shown = await page.Locator("#crops li").CountAsync();
        Assert.True(shown >= 3, $"{shown} crops");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#group-message");

        Assert.Contains("values confirmed", await page.TextContentAsync("#group-message"), StringComparison.Ordinal);
        foreach (var id in ids)
        {
            var json = await fixture.WithDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.ContractJson!).SingleAsync());
            var stored = Core.Contract.ContractJson.Deserialize(json);
            Assert.Equal("confirmed", (string?)stored.Fields["orderNumber"].Reviewed!["action"]);
            Assert.True(stored.Lines[2]["amount"].NeedsReview); // other fields keep their doubt
        }
    }

    /// <summary>The keyboard flow from the first doubtful field: confirm, type the two true values, confirm the document.</summary>
    private async Task FixAndConfirmAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Enter");
        await WaitForFocusAsync(page, "lines[2].amount");
        await page.Keyboard.TypeAsync(fixture.Sample.TrueAmount);
        await page.Keyboard.PressAsync("Enter");
        await WaitForFocusAsync(page, "lines[4].partNumber");
        await page.Keyboard.TypeAsync(fixture.Sample.TruePartNumber);
        await page.Keyboard.PressAsync("Enter");
        await WaitForFocusAsync(page, "confirm-doc");
        await page.Keyboard.PressAsync("Control+Enter");
    }

    private static async Task WaitForFocusAsync(IPage page, string path) =>
        await page.WaitForFunctionAsync($"p => ({Focused})() === p", path, new PageWaitForFunctionOptions { Timeout = 10000 });

    public sealed class JsonElementAnswer
    {
        public int Status { get; set; }

        public string Message { get; set; } = "";
    }
}
