using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Judging;

/// <summary>
/// Re-reads values the judge would send to review for low OCR confidence alone (not those a check or master data
/// already faults), and records whether the second reading gives the same value.
/// </summary>
internal static class SecondLookPass
{
    public static void Apply(DocumentDrafts drafts, ISecondLook look, ExtractionOptions options, Func<int, bool> isOcrPage, ReadContext context)
    {
        foreach (var draft in drafts.All().Where(d => !d.CoarsePage))
        {
            if (!draft.Found || draft.Box is not { } box || draft.Page is not { } page || !isOcrPage(page)
                || draft.Reasons.Count > 0 || draft.Master == MasterEvidence.Missing || draft.Value is System.Text.Json.Nodes.JsonArray
                || ConfidenceJudge.Score(draft) >= options.ThresholdFor(draft.ThresholdName))
            {
                continue;
            }

            var text = look.Reread(page, box, draft.Kind);
            var value = text is null ? null : ValueReader.Read(text, draft.Kind, context);
            draft.SecondLook = value is not null && Same(value.ToJsonString(), draft.Value!.ToJsonString(), draft.Kind)
                ? SecondLookEvidence.Agrees
                : SecondLookEvidence.Disagrees;
        }
    }

    private static bool Same(string a, string b, ValueKind kind) =>
        kind is ValueKind.Text or ValueKind.Company
            ? string.Equals(Core.Text.TextNormalizer.Compact(a), Core.Text.TextNormalizer.Compact(b), StringComparison.Ordinal)
            : string.Equals(a, b, StringComparison.Ordinal);

}
