using Microsoft.Playwright;

namespace DocIntake.Browser.Tests.Support;

/// <summary>Debian's chromium, headless, started by Playwright's bundled driver; nothing is downloaded.</summary>
internal static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Where screenshots go: $DOCINTAKE_ARTIFACTS/screenshots, else the test output folder.</summary>
    public static string ScreenshotPath(string name)
    {
        var root = Environment.GetEnvironmentVariable("DOCINTAKE_ARTIFACTS") is { Length: > 0 } artifacts ? artifacts : AppContext.BaseDirectory;
        var folder = Path.Combine(root, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
