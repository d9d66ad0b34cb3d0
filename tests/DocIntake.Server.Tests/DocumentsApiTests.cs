using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocIntake.Core.Errors;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests;

public class DocumentsApiTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Upload_ReturnsIdAndReadsDocument_WhenFileIsAnImage()
    {
        var reader = new FakeReader();
        await using var server = await TestServer.StartAsync(reader: reader);
        var bytes = TestImages.UniquePng(7);

        var id = await server.UploadAsync(bytes, "scan.png");

        Assert.True(await TestServer.WaitUntilAsync(async () => (string?)(await server.GetDocumentAsync(id))["status"] == "needs_review", Wait));
        var document = await server.GetDocumentAsync(id);
        Assert.Equal(id, (string?)document["id"]);
        Assert.Equal("upload", (string?)document["source"]!["channel"]);
        Assert.Single(document["pages"]!.AsArray());
        var original = await server.Http.GetByteArrayAsync(new Uri($"/api/v1/documents/{id}/original", UriKind.Relative));
        Assert.Equal(bytes, original);
        var events = await server.Http.GetFromJsonAsync<JsonArray>(new Uri($"/api/v1/documents/{id}/events", UriKind.Relative));
        Assert.Equal(["received", "processing", "needs_review"], events!.Select(e => (string)e!["toStatus"]!));
    }

    [Fact]
    public async Task Upload_FailsDocumentWithReasonWithoutRetry_WhenInputIsBad()
    {
        var reader = new FakeReader { Fault = _ => new BadInputException("x.tif", "corrupt TIFF: strip offsets past the end") };
        await using var server = await TestServer.StartAsync(reader: reader);
        var bytes = TestImages.UniquePng(8);

        var id = await server.UploadAsync(bytes, "x.tif");

        Assert.True(await TestServer.WaitUntilAsync(async () => (string?)(await server.GetDocumentAsync(id))["status"] == "failed", Wait));
        var document = await server.GetDocumentAsync(id);
        Assert.Contains("strip offsets", (string?)document["statusReason"], StringComparison.Ordinal);
        Assert.Equal("bad_input", (string?)document["problems"]![0]!["code"]);
        await Task.Delay(1500);
        Assert.Equal(1, reader.Reads.Values.Single());
        Assert.True(File.Exists(server.Services.GetRequiredService<BlobStore>().PathOf((string)document["source"]!["sha256"]!)));
    }

    [Fact]
    public async Task Upload_RejectsAsDuplicate_WhenSameFileArrivesTwice()
    {
        var reader = new FakeReader();
        await using var server = await TestServer.StartAsync(reader: reader);
        var bytes = TestImages.UniquePng(9);

        var first = await server.UploadAsync(bytes, "a.png");
        var second = await server.UploadAsync(bytes, "b.png");

        var duplicate = await server.GetDocumentAsync(second);
        Assert.Equal("rejected", (string?)duplicate["status"]);
        Assert.Equal(first, (string?)duplicate["duplicateOf"]);
        Assert.True(await TestServer.WaitUntilAsync(async () => (string?)(await server.GetDocumentAsync(first))["status"] == "needs_review", Wait));
        Assert.Equal(1, reader.Reads.Values.Single());
    }

    [Fact]
    public async Task List_FiltersByStatus_WhenStatusGiven()
    {
        var reader = new FakeReader { Fault = input => input.FileName.StartsWith("bad", StringComparison.Ordinal) ? new BadInputException(input.FileName, "bad") : null };
        await using var server = await TestServer.StartAsync(reader: reader);
        var good = await server.UploadAsync(TestImages.UniquePng(10), "good.png");
        var bad = await server.UploadAsync(TestImages.UniquePng(11), "bad.png");
        Assert.True(await TestServer.WaitUntilAsync(
            () => server.WithDbAsync(db => db.Documents.AllAsync(d => d.Status == "needs_review" || d.Status == "failed")), Wait));

        var failed = await server.Http.GetFromJsonAsync<JsonArray>(new Uri("/api/v1/documents?status=failed", UriKind.Relative));
        var unknown = await server.Http.GetAsync(new Uri("/api/v1/documents?status=nonsense", UriKind.Relative));

        Assert.Equal([bad], failed!.Select(d => (string)d!["id"]!));
        Assert.DoesNotContain(good, failed!.Select(d => (string)d!["id"]!));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Process_RetriesAndSucceeds_WhenFaultIsTransient()
    {
        var calls = 0;
        var reader = new FakeReader { Fault = _ => Interlocked.Increment(ref calls) == 1 ? new IOException("disk hiccup") : null };
        await using var server = await TestServer.StartAsync(reader: reader);

        var id = await server.UploadAsync(TestImages.UniquePng(12), "scan.png");

        // First retry is after 5 s (AutomaticRetry on the job, "not before" on the document).
        Assert.True(await TestServer.WaitUntilAsync(async () => (string?)(await server.GetDocumentAsync(id))["status"] == "needs_review", TimeSpan.FromSeconds(40)));
        var record = await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        Assert.Equal(2, record.Attempts);
        var events = await server.WithDbAsync(db => db.AuditEvents.Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(events, e => e.ToStatus == "received" && e.Reason!.Contains("disk hiccup", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconciler_ReenqueuesDocument_WhenProcessingLeaseExpired()
    {
        var reader = new FakeReader();
        await using var server = await TestServer.StartAsync(reader: reader);
        var id = await server.UploadAsync(TestImages.UniquePng(13), "scan.png");
        Assert.True(await TestServer.WaitUntilAsync(async () => (string?)(await server.GetDocumentAsync(id))["status"] == "needs_review", Wait));

        // Simulate a worker that claimed a document and died: processing with a lease that has run out.
        await server.WithDbAsync(async db =>
        {
            var d = await db.Documents.SingleAsync(x => x.Id == id);
            d.Status = DocumentStatus.Processing;
            d.LeaseOwner = "worker:elsewhere:1";
            d.LeaseUntil = DateTime.UtcNow.AddSeconds(-1);
            d.Version++;
            return await db.SaveChangesAsync();
        });
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var count = await scope.ServiceProvider.GetRequiredService<Reconciler>().ReconcileAsync(TimeSpan.FromMinutes(10), CancellationToken.None);
            Assert.Equal(1, count);
        }

        Assert.True(await TestServer.WaitUntilAsync(async () => (string?)(await server.GetDocumentAsync(id))["status"] == "needs_review", Wait));
        Assert.Equal(2, reader.Reads.Values.Single());
    }

    [Fact]
    public async Task Health_ReportsDatabaseHangfireAndOcr_WhenRunning()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());

        var health = await server.Http.GetFromJsonAsync<JsonObject>(new Uri("/health", UriKind.Relative));

        Assert.Equal("healthy", (string?)health!["status"]);
        Assert.Equal("ok", (string?)health["database"]!["status"]);
        Assert.Equal(2, (int)health["hangfire"]!["servers"]!);
        Assert.Equal("fake", (string?)health["ocr"]!["engine"]);
    }
}
