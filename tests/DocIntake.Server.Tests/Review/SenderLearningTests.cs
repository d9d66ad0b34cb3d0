using DocIntake.Core.Contract;
using DocIntake.Server.Review;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests.Review;

public class SenderLearningTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ProcessDocumentJob_AsksFewerReviews_WhenSameSenderWasCorrectedBefore()
    {
        // Same sender, same misreadings ("l2,OOO", "AB-1O5") on both faxes; a third from another sender has them too.
        var reader = new ScriptedReader(
            ReviewSeed.Order("PO-24-0112"), ReviewSeed.Order("PO-24-0113"), ReviewSeed.Order("PO-24-0114", senderFax: "052-999-0000"));
        await using var server = await TestServer.StartAsync(reader: reader);

        var first = await UploadAndWaitAsync(server, 1);
        var before = await DoubtfulAsync(server, first);
        var stored = ContractJson.Deserialize((await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == first))).ContractJson!);
        var version = await server.WithDbAsync(db => db.Documents.Where(d => d.Id == first).Select(d => d.Version).SingleAsync());
        var outcome = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.ConfirmAsync(first, "alice", ReviewForms.Corrected(stored, version), default));
        Assert.Equal(ReviewStatus.Ok, outcome.Status);

        var second = await UploadAndWaitAsync(server, 2);
        var other = await UploadAndWaitAsync(server, 3);

        var after = await DoubtfulAsync(server, second);
        Assert.Equal(["orderNumber", "lines[2].amount", "lines[4].partNumber"], before);
        Assert.Equal(["orderNumber"], after); // a new order number still needs a look
        var learnt = ContractJson.Deserialize((await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == second))).ContractJson!);
        Assert.Equal("AB-105", (string?)learnt.Lines[4]["partNumber"].Value);
        Assert.Equal(12000m, FieldValues.NumberOf(learnt.Lines[2]["amount"].Value));
        Assert.Empty(learnt.Problems);
        Assert.Equal(3, (await DoubtfulAsync(server, other)).Count); // another sender learns nothing from alice's corrections
    }

    private static async Task<string> UploadAndWaitAsync(TestServer server, int seed)
    {
        var id = await server.UploadAsync(TestImages.UniquePng(300 + seed), $"fax{seed}.png");
        Assert.True(await TestServer.WaitUntilAsync(
            async () => (string?)(await server.GetDocumentAsync(id))["status"] is DocumentStatus.NeedsReview or DocumentStatus.Confirmed, Wait));
        return id;
    }

    private static async Task<List<string>> DoubtfulAsync(TestServer server, string id)
    {
        var record = await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        return DocumentFields.All(ContractJson.Deserialize(record.ContractJson!)).Where(f => f.Field.NeedsReview).Select(f => f.Path).ToList();
    }
}
