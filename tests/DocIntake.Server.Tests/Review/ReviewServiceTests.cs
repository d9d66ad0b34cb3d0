using DocIntake.Core.Contract;
using DocIntake.Server.Review;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests.Review;

public class ReviewServiceTests
{
    [Fact]
    public async Task ConfirmAsync_RecordsWhoChangedWhatInFieldsAndAudit_WhenReviewerCorrects()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var seeded = ReviewSeed.Order();
        var id = await ReviewSeed.InsertAsync(server, seeded);

        var outcome = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.ConfirmAsync(id, "alice", ReviewForms.Corrected(seeded, 3), default));

        Assert.Equal(ReviewStatus.Ok, outcome.Status);
        var record = await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        Assert.Equal(DocumentStatus.Confirmed, record.Status);
        Assert.Equal("alice", record.ReviewedBy);
        var stored = ContractJson.Deserialize(record.ContractJson!);
        var amount = stored.Lines[2]["amount"];
        Assert.Equal(12000m, FieldValues.NumberOf(amount.Value));
        Assert.Equal("corrected", (string?)amount.Reviewed!["action"]);
        Assert.Equal("alice", (string?)amount.Reviewed!["by"]);
        Assert.Null(amount.Reviewed!["previous"]);
        var part = stored.Lines[4]["partNumber"];
        Assert.Equal("AB-105", (string?)part.Value);
        Assert.Equal("AB-1O5", (string?)part.Reviewed!["previous"]);
        Assert.Equal("confirmed", (string?)stored.Fields["orderNumber"].Reviewed!["action"]);
        Assert.Null(stored.Fields["orderDate"].Reviewed);
        Assert.False(stored.Fields["orderNumber"].NeedsReview);

        var events = await server.WithDbAsync(db => db.AuditEvents.Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(events, e => e.Action == "field_corrected" && e.Actor == "review:alice" && e.Reason == "lines[4].partNumber: AB-1O5 -> AB-105");
        Assert.Contains(events, e => e.Action == "field_corrected" && e.Reason == "lines[2].amount:  -> 12000");
        Assert.Contains(events, e => e.Action == "field_confirmed" && e.Reason!.StartsWith("orderNumber:", StringComparison.Ordinal));
        Assert.Equal(DocumentStatus.Confirmed, events[^1].ToStatus);
    }

    [Fact]
    public async Task ConfirmAsync_RefusesAndKeepsStoredDocument_WhenVersionIsStale()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var seeded = ReviewSeed.Order();
        var id = await ReviewSeed.InsertAsync(server, seeded);

        var outcome = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.ConfirmAsync(id, "alice", ReviewForms.Corrected(seeded, 2), default));

        Assert.Equal(ReviewStatus.Stale, outcome.Status);
        var record = await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        Assert.Equal(DocumentStatus.NeedsReview, record.Status);
        Assert.Equal(3, record.Version);
        Assert.Equal(0, await server.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.DocumentId == id && a.Action.StartsWith("field_"))));
    }

    [Fact]
    public async Task ConfirmAsync_LetsOnlyTheFirstOfTwoSavesWin_WhenBothLoadedTheSameVersion()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var seeded = ReviewSeed.Order();
        var id = await ReviewSeed.InsertAsync(server, seeded);

        // Both loaded version 3; alice's claim expired while she was away and bob saved first.
        var bob = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.ConfirmAsync(id, "bob", ReviewForms.Corrected(seeded, 3), default));
        var alice = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.ConfirmAsync(id, "alice", ReviewForms.Corrected(seeded, 3), default));

        Assert.Equal(ReviewStatus.Ok, bob.Status);
        Assert.Equal(ReviewStatus.WrongState, alice.Status);
        var record = await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        Assert.Equal("bob", record.ReviewedBy);
    }

    [Fact]
    public async Task ConfirmAsync_Refuses_WhenAnotherReviewerHoldsTheClaim()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var seeded = ReviewSeed.Order();
        var id = await ReviewSeed.InsertAsync(server, seeded);
        var claim = await ReviewSeed.WithServiceAsync<ReviewClaim, ClaimService>(server, c => c.ClaimAsync(id, "alice", default));
        var second = await ReviewSeed.WithServiceAsync<ReviewClaim, ClaimService>(server, c => c.ClaimAsync(id, "bob", default));

        var outcome = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.ConfirmAsync(id, "bob", ReviewForms.Corrected(seeded, 3), default));

        Assert.Equal("alice", claim.UserName);
        Assert.Equal("alice", second.UserName);
        Assert.Equal(ReviewStatus.ClaimedByOther, outcome.Status);
        Assert.Equal("alice", outcome.Other);
        Assert.Equal(DocumentStatus.NeedsReview, (await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == id))).Status);
    }

    [Fact]
    public async Task ClaimAsync_GivesDocumentToSecondReviewer_WhenFirstClaimExpired()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var id = await ReviewSeed.InsertAsync(server, ReviewSeed.Order());
        await ReviewSeed.WithServiceAsync<ReviewClaim, ClaimService>(server, c => c.ClaimAsync(id, "alice", default));
        await server.WithDbAsync(db => db.Set<ReviewClaim>().Where(c => c.DocumentId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));

        var claim = await ReviewSeed.WithServiceAsync<ReviewClaim, ClaimService>(server, c => c.ClaimAsync(id, "bob", default));

        Assert.Equal("bob", claim.UserName);
        Assert.True(claim.ExpiresAt > DateTime.UtcNow);
    }

    [Fact]
    public async Task ConfirmAsync_RefusesWithDoubtfulPaths_WhenADoubtfulFieldIsUntouched()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var seeded = ReviewSeed.Order();
        var id = await ReviewSeed.InsertAsync(server, seeded);
        var form = ReviewForms.Submit(seeded, 3, new Dictionary<string, string> { ["lines[2].amount"] = "12000" });

        var outcome = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.ConfirmAsync(id, "alice", form, default));

        Assert.Equal(ReviewStatus.Invalid, outcome.Status);
        Assert.Equal(["orderNumber", "lines[4].partNumber"], outcome.Edit!.Doubtful);
    }

    [Fact]
    public async Task CheckAsync_PutsLineIntoReview_WhenTypedAmountBreaksTheLineCheck()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var seeded = ReviewSeed.Order();
        var id = await ReviewSeed.InsertAsync(server, seeded);
        var form = ReviewForms.Submit(seeded, 3, new Dictionary<string, string> { ["lines[2].amount"] = "13000" });

        var outcome = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.CheckAsync(id, "alice", form, default));

        var problems = outcome.Edit!.Document.Problems.Select(p => p.Code).ToList();
        Assert.Contains("line_amount_mismatch", problems);
        Assert.Contains("subtotal_mismatch", problems);
        Assert.Contains("lines[2].quantity", outcome.Edit.Doubtful);
        Assert.DoesNotContain("lines[2].amount", outcome.Edit.Doubtful); // the typed value is the reviewer's word
    }

    [Fact]
    public async Task RejectAsync_MovesToRejectedWithReason_WhenReasonKnown()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var id = await ReviewSeed.InsertAsync(server, ReviewSeed.Order());

        var outcome = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.RejectAsync(id, "alice", 3, "spam", "advert", default));

        Assert.Equal(ReviewStatus.Ok, outcome.Status);
        var record = await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        Assert.Equal(DocumentStatus.Rejected, record.Status);
        Assert.Equal("rejected by alice: spam: advert", record.StatusReason);
    }

    [Fact]
    public async Task ChangeTypeAsync_AddsTheNewTypesRequiredFieldsAsDoubtful_WhenTypeChanges()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var id = await ReviewSeed.InsertAsync(server, new ExtractedDocument { DocumentType = DocumentTypes.Unknown });

        var outcome = await ReviewSeed.WithServiceAsync<ReviewOutcome, ReviewService>(server, s => s.ChangeTypeAsync(id, "alice", 3, DocumentTypes.QualityRecord, default));

        Assert.Equal(ReviewStatus.Ok, outcome.Status);
        var record = await server.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == id));
        var document = ContractJson.Deserialize(record.ContractJson!);
        Assert.Equal(DocumentTypes.QualityRecord, record.DocumentType);
        Assert.True(document.Fields["lotNumber"].NeedsReview);
        Assert.False(document.Fields["inspector"].NeedsReview);
        Assert.Equal(4, record.Version);
    }
}
