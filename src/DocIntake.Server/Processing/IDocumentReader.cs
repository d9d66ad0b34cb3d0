using DocIntake.Pipeline;

namespace DocIntake.Server.Processing;

/// <summary>
/// The seam at the OCR boundary: production reads with the shared <see cref="DocumentPipeline"/>; tests that exercise
/// the queueing and mail paths at volume can put a fast reader here.
/// </summary>
internal interface IDocumentReader
{
    ProcessedDocument Read(InputFile input, CancellationToken cancellationToken);

    /// <summary>What /health shows about the OCR engines.</summary>
    object Describe();
}

/// <summary>The real reader: one thread-safe pipeline per process.</summary>
internal sealed class PipelineDocumentReader(DocumentPipeline pipeline, PipelineOptions options) : IDocumentReader
{
    public ProcessedDocument Read(InputFile input, CancellationToken cancellationToken) => pipeline.Process(input, cancellationToken);

    public object Describe() => new
    {
        status = "ok",
        languages = options.Ocr.Languages,
        tessdata = options.Ocr.TessdataPath ?? Ocr.TessdataLocator.DebianTessdata,
        pagesInParallel = options.Workers,
        maxFileBytes = options.Decode.Limits.MaxFileBytes,
    };
}
