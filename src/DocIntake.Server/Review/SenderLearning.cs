using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Text;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Review;

/// <summary>
/// Per-sender memory of reviews. Recording: each corrected or confirmed field's raw text -> value, and the place of a
/// confirmed header field. Applying (after extraction, before the needs_review decision): the same raw text from the
/// same sender takes the reviewed value and loses its doubt; a field found where the reviewer confirmed it before is no
/// longer ambiguous. Checks are re-run afterwards, so a repaired amount also clears its line's mismatch.
/// </summary>
internal static class SenderLearning
{
    /// <summary>Reasons a reviewed reading of the same text answers. Checks and missing fields are not among them.</summary>
    private static readonly string[] AnsweredReasons =
        [ReviewReasons.LowOcrConfidence, ReviewReasons.NotInMasterData, ReviewReasons.Unparsable, ReviewReasons.Ambiguous, ReviewReasons.Unconfirmed, ReviewReasons.DiffersFromMasterData];

    /// <summary>Stages the corrections of a confirmed review in <paramref name="db"/> (saved with the confirmation).</summary>
    public static async Task StageAsync(
        IntakeDbContext db, ExtractedDocument reviewed, IEnumerable<FieldChange> changes, string user, DateTime now, CancellationToken cancellationToken)
    {
        if (SenderKey.Primary(reviewed) is not { } sender)
        {
            return;
        }

        var known = await db.Set<SenderCorrection>().Where(c => c.Sender == sender).ToListAsync(cancellationToken);
        foreach (var change in changes)
        {
            if (change.RawText is { } raw && TextNormalizer.Compact(raw) is { Length: > 0 and <= 400 } text)
            {
                var entry = known.FirstOrDefault(c => c.FieldKey == change.Key && c.RawText == text);
                if (entry is null)
                {
                    entry = new SenderCorrection { Sender = sender, FieldKey = change.Key, RawText = text, UpdatedBy = user };
                    db.Set<SenderCorrection>().Add(entry);
                    known.Add(entry);
                }

                entry.ValueJson = change.Value?.ToJsonString();
                entry.Times++;
                entry.UpdatedAt = now;
                entry.UpdatedBy = user;
            }

            if (!change.Key.StartsWith("fields.", StringComparison.Ordinal) || change.Box is not { Length: 4 } box)
            {
                continue;
            }

            var place = known.FirstOrDefault(c => c.FieldKey == change.Key && c.RawText == null);
            if (place is null)
            {
                place = new SenderCorrection { Sender = sender, FieldKey = change.Key, UpdatedBy = user };
                db.Set<SenderCorrection>().Add(place);
                known.Add(place);
            }

            place.Page = change.Page;
            place.Box = string.Join(',', box);
            place.Times++;
            place.UpdatedAt = now;
            place.UpdatedBy = user;
        }
    }

    /// <summary>Applies what was learnt from <paramref name="corrections"/>; returns how many fields it answered.</summary>
    public static int Apply(ExtractedDocument document, IReadOnlyCollection<SenderCorrection> corrections, int learnAfter)
    {
        if (corrections.Count == 0)
        {
            return 0;
        }

        var answered = 0;
        foreach (var f in DocumentFields.All(document))
        {
            var field = f.Field;
            var learnt = field.Text is { } text
                ? corrections.Where(c => c.FieldKey == f.Key && c.RawText == TextNormalizer.Compact(text) && c.Times >= learnAfter && c.ValueJson is not null)
                    .OrderByDescending(c => c.UpdatedAt).FirstOrDefault()
                : null;
            if (learnt is not null)
            {
                field.Value = JsonNode.Parse(learnt.ValueJson!);
                field.Confidence = Math.Max(field.Confidence, 0.95);
                answered += Answer(field, AnsweredReasons);
                continue;
            }

            var place = corrections.FirstOrDefault(c => c.FieldKey == f.Key && c.RawText == null && c.Page == field.Page && c.Times >= learnAfter);
            if (place?.Box is { } saved && field.Box is { Length: 4 } box && Overlap(Parse(saved), box) > 0.5)
            {
                answered += Answer(field, [ReviewReasons.Ambiguous]);
            }
        }

        if (answered > 0)
        {
            DocumentChecks.Apply(document);
        }

        return answered;
    }

    private static int Answer(Field field, string[] reasons)
    {
        var removed = field.Reasons.RemoveAll(reasons.Contains);
        if (removed == 0)
        {
            return 0;
        }

        field.NeedsReview = field.Reasons.Count > 0;
        return 1;
    }

    private static int[] Parse(string box) => box.Split(',').Select(int.Parse).ToArray();

    /// <summary>Intersection over union of two [x, y, w, h] boxes.</summary>
    private static double Overlap(int[] a, int[] b)
    {
        var w = Math.Min(a[0] + a[2], b[0] + b[2]) - Math.Max(a[0], b[0]);
        var h = Math.Min(a[1] + a[3], b[1] + b[3]) - Math.Max(a[1], b[1]);
        if (w <= 0 || h <= 0)
        {
            return 0;
        }

        double inter = w * h;
        return inter / ((a[2] * a[3]) + (b[2] * b[3]) - inter);
    }
}
