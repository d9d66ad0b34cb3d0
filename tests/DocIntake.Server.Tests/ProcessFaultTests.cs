using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocIntake.Server.Tests.Support;
using Xunit.Abstractions;

namespace DocIntake.Server.Tests;

/// <summary>The server as real processes: killed in the middle of OCR, restarted, nothing lost.</summary>
public class ProcessFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Restart_FinishesDocument_WhenProcessKilledDuringOcr()
    {
        var data = TestPaths.NewTempFolder("kill");
        var settings = new Dictionary<string, string>
        {
            ["DocIntake:Processing:OcrLanguages"] = "eng",
            ["DocIntake:Processing:PagesInParallel"] = "1",
        };
        try
        {
            string id;
            using (var first = new ServerProcess(data, settings))
            {
                await first.WaitHealthyAsync(TimeSpan.FromSeconds(60));
                using var form = new MultipartFormDataContent { { new ByteArrayContent(FaxFiles.TwoPageFax(1)), "file", "fax.tif" } };
                using var response = await first.Http.PostAsync(new Uri("/api/v1/documents", UriKind.Relative), form);
                id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
                Assert.True(await TestServer.WaitUntilAsync(async () => await StatusAsync(first, id) == "processing", TimeSpan.FromSeconds(30)));
                first.Kill();
            }

            using var second = new ServerProcess(data, settings);
            await second.WaitHealthyAsync(TimeSpan.FromSeconds(60));
            Assert.True(await TestServer.WaitUntilAsync(async () => await StatusAsync(second, id) == "needs_review", TimeSpan.FromSeconds(180)), second.Output);

            var events = await second.Http.GetFromJsonAsync<JsonArray>(new Uri($"/api/v1/documents/{id}/events", UriKind.Relative));
            var claims = events!.Where(e => (string?)e!["action"] == "status" && (string?)e!["toStatus"] == "processing").Select(e => (string)e!["actor"]!).ToList();
            output.WriteLine(string.Join(Environment.NewLine, events!.Select(e => e!.ToJsonString())));
            Assert.Equal(2, claims.Distinct().Count());
            Assert.Single(events!, e => (string?)e!["toStatus"] == "needs_review");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    internal static async Task<string?> StatusAsync(ServerProcess server, string id)
    {
        var document = await server.Http.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/documents/{id}", UriKind.Relative));
        return (string?)document!["status"];
    }
}
