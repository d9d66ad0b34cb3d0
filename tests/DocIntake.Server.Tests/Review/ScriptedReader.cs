using DocIntake.Core.Contract;
using DocIntake.Core.Pages;
using DocIntake.Pipeline;
using DocIntake.Server.Processing;

namespace DocIntake.Server.Tests.Review;

/// <summary>Stands in for OCR with the documents a test scripts, one per upload in order.</summary>
internal sealed class ScriptedReader(params ExtractedDocument[] documents) : IDocumentReader
{
    private int next;

    public ProcessedDocument Read(InputFile input, CancellationToken cancellationToken)
    {
        var document = documents[Interlocked.Increment(ref next) - 1];
        document.Source.Sha256 = input.Sha256;
        var page = new PageText { Number = 1, Width = 1728, Height = 2292, Source = TextSources.Ocr, MeanConfidence = 0.9 };
        return new ProcessedDocument(document, [page], new Dictionary<int, GrayImage>());
    }

    public object Describe() => new { status = "ok", engine = "scripted" };
}
