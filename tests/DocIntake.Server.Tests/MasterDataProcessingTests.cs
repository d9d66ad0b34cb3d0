using System.Text.Json.Nodes;
using DocIntake.Server.Tests.Support;

namespace DocIntake.Server.Tests;

/// <summary>The installation's master data folder (DocIntake:Processing:MasterDataPath) reaches the real pipeline.</summary>
public class MasterDataProcessingTests
{
    [Fact]
    public async Task Processing_ChecksPartNumbersAgainstTheConfiguredPartsList()
    {
        // A text-layer purchase order (samples/generated/tune/tune-018.pdf) whose first line is HS-8800, second RL-1520.
        var master = TestPaths.NewTempFolder("master");
        await File.WriteAllTextAsync(Path.Combine(master, "parts.csv"), "partNumber,name,unit,unitPrice\nHS-8800,Housing,pcs,6700\n");
        await using var server = await TestServer.StartAsync(new() { ["DocIntake:Processing:MasterDataPath"] = master });
        var pdf = await File.ReadAllBytesAsync(Path.Combine(TestPaths.RepoRoot, "samples", "generated", "tune", "tune-018.pdf"));

        var id = await server.UploadAsync(pdf, "po.pdf");

        Assert.True(await TestServer.WaitUntilAsync(async () => (string?)(await server.GetDocumentAsync(id))["status"] == "needs_review", TimeSpan.FromSeconds(60)));
        var lines = (await server.GetDocumentAsync(id))["lines"]!.AsArray();
        Assert.Equal("HS-8800", (string?)lines[0]!["partNumber"]!["value"]);
        Assert.DoesNotContain("not_in_master_data", Reasons(lines[0]!["partNumber"]!));
        Assert.Equal("RL-1520", (string?)lines[1]!["partNumber"]!["value"]);
        Assert.Contains("not_in_master_data", Reasons(lines[1]!["partNumber"]!));
        Directory.Delete(master, recursive: true);
    }

    private static IEnumerable<string?> Reasons(JsonNode field) => field["reasons"]!.AsArray().Select(r => (string?)r);

    [Fact]
    public async Task Start_RefusesAMasterDataFolderWithNeitherFile()
    {
        var empty = TestPaths.NewTempFolder("master");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => TestServer.StartAsync(new() { ["DocIntake:Processing:MasterDataPath"] = empty }));
            Assert.Contains(empty, error.Message, StringComparison.Ordinal);
            Assert.Contains("holds none of customers.csv, parts.csv, company.csv, suppliers.csv", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
