using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Checks;

/// <summary>A draft's number, for extraction steps that reason on drafts before the checks run.</summary>
internal static class Numbers
{
    public static decimal? Of(FieldDraft? draft) => CheckValues.Number(draft?.Value);
}
