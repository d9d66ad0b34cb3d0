using DocIntake.Core.Contract;
using DocIntake.Core.Pages;

namespace DocIntake.Pipeline;

/// <summary>
/// The contract document plus what was read per page (for the `ocr` command, evaluation, the server) and the cleaned
/// page rasters the boxes refer to, by page number (the first <see cref="PipelineOptions.KeepPageImages"/> OCR'd pages;
/// PDF text-layer pages have none).
/// </summary>
public sealed record ProcessedDocument(
    ExtractedDocument Document, IReadOnlyList<PageText> Pages, IReadOnlyDictionary<int, GrayImage> PageImages);
