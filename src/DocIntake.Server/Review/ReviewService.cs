using System.Globalization;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Review;

internal enum ReviewStatus
{
    Ok,
    NotFound,
    /// <summary>The document changed since the reviewer loaded it: their save is refused, nothing is lost silently.</summary>
    Stale,
    ClaimedByOther,
    WrongState,
    Invalid,
}

internal sealed record ReviewOutcome(ReviewStatus Status, string? Message = null, EditResult? Edit = null, string? Other = null)
{
    public static ReviewOutcome Ok(EditResult? edit = null) => new(ReviewStatus.Ok, Edit: edit);
}

/// <summary>
/// The reviewer's actions on a document. Each is one save through DocumentStore.TryMoveAsync with the version the
/// reviewer loaded as the concurrency token, after the claim check; field audit events and learnt corrections are
/// written in the same save.
/// </summary>
internal sealed class ReviewService(DocumentStore store, ClaimService claims, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> RejectReasons = ["not_a_document", "duplicate", "spam", "other"];

    public static string Actor(string user) => "review:" + user;

    /// <summary>Applies the form without saving: the live check behind the page's feedback.</summary>
    public async Task<ReviewOutcome> CheckAsync(string id, string user, ReviewSubmission submission, CancellationToken cancellationToken)
    {
        var record = await store.Db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record?.ContractJson is null)
        {
            return new(ReviewStatus.NotFound);
        }

        // Tell the reviewer at once, not only when they save, that their view is out of date.
        if (record.Status != DocumentStatus.NeedsReview)
        {
            return new(ReviewStatus.WrongState, record.Status, Other: record.ReviewedBy);
        }

        if (record.Version != submission.Version)
        {
            return new(ReviewStatus.Stale, "stale");
        }

        return ReviewOutcome.Ok(ReviewEditor.Apply(ContractJson.Deserialize(record.ContractJson), submission, user, Now));
    }

    public async Task<ReviewOutcome> ConfirmAsync(string id, string user, ReviewSubmission submission, CancellationToken cancellationToken)
    {
        var (record, refusal) = await LoadForChangeAsync(id, user, submission.Version, cancellationToken);
        if (record is null)
        {
            return refusal!;
        }

        var now = Now;
        var edit = ReviewEditor.Apply(ContractJson.Deserialize(record.ContractJson!), submission, user, now);
        if (edit.Errors.Count > 0)
        {
            return new(ReviewStatus.Invalid, "invalid_values", edit);
        }

        if (edit.Doubtful.Count > 0 || edit.Document.DocumentType == DocumentTypes.Unknown)
        {
            return new(ReviewStatus.Invalid, "still_doubtful", edit);
        }

        var document = edit.Document;
        document.Status = DocumentStatus.Confirmed;
        var actor = Actor(user);
        foreach (var change in edit.Changes)
        {
            Audit(record.Id, now, actor, "field_" + change.Action,
                $"{change.Path}: {FieldValues.Display(change.Previous)} -> {FieldValues.Display(change.Value)}");
        }

        foreach (var row in edit.RemovedRows)
        {
            Audit(record.Id, now, actor, "row_removed", row);
        }

        await SenderLearning.StageAsync(store.Db, document, edit.Changes, user, now, cancellationToken);
        var corrected = edit.Changes.Count(c => c.Action == "corrected");
        var reason = string.Create(CultureInfo.InvariantCulture, $"confirmed by {user}: {corrected} corrected, {edit.Changes.Count - corrected} confirmed");
        var saved = await store.TryMoveAsync(record, DocumentStatus.Confirmed, actor, reason, cancellationToken, d =>
        {
            d.ContractJson = ContractJson.Serialize(document);
            d.DocumentType = document.DocumentType;
            d.ReviewedBy = user;
            d.ReviewedAt = now;
        });
        if (!saved)
        {
            return new(ReviewStatus.Stale, "stale");
        }

        await claims.ReleaseAsync(id, user, cancellationToken);
        return ReviewOutcome.Ok(edit);
    }

    public async Task<ReviewOutcome> RejectAsync(string id, string user, int version, string reason, string? note, CancellationToken cancellationToken)
    {
        if (!RejectReasons.Contains(reason))
        {
            return new(ReviewStatus.Invalid, "unknown_reason");
        }

        var (record, refusal) = await LoadForChangeAsync(id, user, version, cancellationToken);
        if (record is null)
        {
            return refusal!;
        }

        var text = string.IsNullOrWhiteSpace(note) ? reason : $"{reason}: {note.Trim()[..Math.Min(note.Trim().Length, 500)]}";
        var saved = await store.TryMoveAsync(record, DocumentStatus.Rejected, Actor(user), $"rejected by {user}: {text}", cancellationToken, d =>
        {
            d.ReviewedBy = user;
            d.ReviewedAt = Now;
            if (d.ContractJson is { } json)
            {
                var document = ContractJson.Deserialize(json);
                document.Status = DocumentStatus.Rejected;
                d.ContractJson = ContractJson.Serialize(document);
            }
        });
        if (!saved)
        {
            return new(ReviewStatus.Stale, "stale");
        }

        await claims.ReleaseAsync(id, user, cancellationToken);
        return ReviewOutcome.Ok();
    }

    /// <summary>Sets the document type; the new type's fields appear (not found, required ones doubtful) for the reviewer to fill.</summary>
    public async Task<ReviewOutcome> ChangeTypeAsync(string id, string user, int version, string documentType, CancellationToken cancellationToken)
    {
        if (!FieldCatalog.Types.Contains(documentType))
        {
            return new(ReviewStatus.Invalid, "unknown_type");
        }

        var (record, refusal) = await LoadForChangeAsync(id, user, version, cancellationToken);
        if (record is null)
        {
            return refusal!;
        }

        var document = ContractJson.Deserialize(record.ContractJson!);
        var previous = document.DocumentType;
        document.DocumentType = documentType;
        foreach (var spec in FieldCatalog.HeaderFields(documentType).Where(s => !document.Fields.ContainsKey(s.Name)))
        {
            document.Fields[spec.Name] = Field.NotFound(spec.Required);
        }

        var keep = FieldCatalog.HeaderFields(documentType).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in document.Fields.Keys.Where(n => !keep.Contains(n)).ToList())
        {
            document.Fields.Remove(name);
        }

        if (documentType != DocumentTypes.Order)
        {
            document.Lines.Clear();
        }

        if (documentType != DocumentTypes.QualityRecord)
        {
            document.Measurements.Clear();
        }

        DocumentChecks.Apply(document);
        var saved = await store.TryMoveAsync(record, DocumentStatus.NeedsReview, Actor(user), $"type {previous} -> {documentType} by {user}", cancellationToken, d =>
        {
            d.ContractJson = ContractJson.Serialize(document);
            d.DocumentType = documentType;
        });
        return saved ? ReviewOutcome.Ok() : new(ReviewStatus.Stale, "stale");
    }

    /// <summary>
    /// Confirms fields of a document from the group view, as shown. The document is confirmed when nothing else is
    /// doubtful; a claim by another reviewer or a newer version refuses it.
    /// </summary>
    public async Task<ReviewOutcome> ConfirmFieldsAsync(string id, string user, int version, IReadOnlyCollection<string> paths, CancellationToken cancellationToken)
    {
        var (record, refusal) = await LoadForChangeAsync(id, user, version, cancellationToken);
        if (record is null)
        {
            return refusal!;
        }

        var stored = ContractJson.Deserialize(record.ContractJson!);
        var targets = DocumentFields.All(stored).Where(f => paths.Contains(f.Path)).ToList();
        if (targets.Count != paths.Count)
        {
            return new(ReviewStatus.Invalid, "unknown_field");
        }

        var submission = new ReviewSubmission { Version = version };
        foreach (var target in targets)
        {
            var cell = new CellInput { Text = FieldValues.Display(target.Field.Value), Touched = true };
            if (target.Row is { } row)
            {
                var rows = target.Section == "lines"
                    ? submission.Lines ??= [.. stored.Lines.Select((_, i) => new RowInput { Origin = i })]
                    : submission.Measurements ??= [.. stored.Measurements.Select((_, i) => new RowInput { Origin = i })];
                rows[row].Cells[target.Name] = cell;
            }
            else
            {
                submission.Fields[target.Name] = cell;
            }
        }

        var now = Now;
        var edit = ReviewEditor.Apply(stored, submission, user, now);
        if (edit.Errors.Count > 0)
        {
            return new(ReviewStatus.Invalid, "invalid_values", edit);
        }

        var done = edit.Doubtful.Count == 0 && edit.Document.DocumentType != DocumentTypes.Unknown;
        edit.Document.Status = done ? DocumentStatus.Confirmed : DocumentStatus.NeedsReview;
        var actor = Actor(user);
        foreach (var change in edit.Changes)
        {
            Audit(record.Id, now, actor, "field_" + change.Action, $"{change.Path}: {FieldValues.Display(change.Value)} (group view)");
        }

        await SenderLearning.StageAsync(store.Db, edit.Document, edit.Changes, user, now, cancellationToken);
        var reason = done ? $"confirmed by {user} (group view)" : $"{string.Join(", ", paths)} confirmed by {user}";
        var saved = await store.TryMoveAsync(record, edit.Document.Status, actor, reason, cancellationToken, d =>
        {
            d.ContractJson = ContractJson.Serialize(edit.Document);
            if (done)
            {
                d.ReviewedBy = user;
                d.ReviewedAt = now;
            }
        });
        return saved ? ReviewOutcome.Ok(edit) : new(ReviewStatus.Stale, "stale");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<(DocumentRecord? Record, ReviewOutcome? Refusal)> LoadForChangeAsync(string id, string user, int version, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(id, cancellationToken);
        if (record?.ContractJson is null)
        {
            return (null, new(ReviewStatus.NotFound));
        }

        if (record.Status != DocumentStatus.NeedsReview)
        {
            return (null, new(ReviewStatus.WrongState, record.Status, Other: record.ReviewedBy));
        }

        if (await claims.HeldByOtherAsync(id, user, cancellationToken) is { } claim)
        {
            return (null, new(ReviewStatus.ClaimedByOther, "claimed", Other: claim.UserName));
        }

        if (record.Version != version)
        {
            return (null, new(ReviewStatus.Stale, "stale"));
        }

        // The version the reviewer saw is the token of the update, so a change between this read and the save loses too.
        store.Db.Entry(record).Property(d => d.Version).OriginalValue = version;
        return (record, null);
    }

    private void Audit(string documentId, DateTime at, string actor, string action, string reason) =>
        store.Db.AuditEvents.Add(new AuditEvent { DocumentId = documentId, At = at, Actor = actor, Action = action, Reason = reason[..Math.Min(reason.Length, 2000)] });
}
