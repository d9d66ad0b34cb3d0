using DocIntake.Core.Contract;
using DocIntake.Core.Pages;

namespace DocIntake.Pipeline;

/// <summary>The contract document plus what was read per page (for the `ocr` command, review crops, evaluation).</summary>
public sealed record ProcessedDocument(ExtractedDocument Document, IReadOnlyList<PageText> Pages);
