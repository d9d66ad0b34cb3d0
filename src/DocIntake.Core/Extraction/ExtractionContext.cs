using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction;

/// <summary>What extractors share: the page layout, the detected language and a date to give month/day dates a year.</summary>
internal sealed record ExtractionContext(DocumentLayout Layout, string Language, ExtractionOptions Options, DateOnly? TransmissionDate)
{
    public bool English => Language == "en";

    public ReadContext Read(DateOnly? reference = null) => new(English, reference ?? TransmissionDate);
}
