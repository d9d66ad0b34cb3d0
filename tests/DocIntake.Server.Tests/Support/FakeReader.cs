using System.Collections.Concurrent;
using DocIntake.Core.Contract;
using DocIntake.Core.Errors;
using DocIntake.Core.Pages;
using DocIntake.Pipeline;
using DocIntake.Server.Processing;

namespace DocIntake.Server.Tests.Support;

/// <summary>
/// Stands in for OCR where a test is about queues and mail at volume: counts every read per file hash (to prove nothing
/// is read twice), can be slowed down or made to fail like bad input or a transient fault.
/// </summary>
internal sealed class FakeReader : IDocumentReader
{
    public ConcurrentDictionary<string, int> Reads { get; } = new();

    public TimeSpan Delay { get; set; }

    public Func<InputFile, Exception?>? Fault { get; set; }

    public ProcessedDocument Read(InputFile input, CancellationToken cancellationToken)
    {
        Reads.AddOrUpdate(input.Sha256, 1, (_, n) => n + 1);
        if (Delay > TimeSpan.Zero)
        {
            Task.Delay(Delay, cancellationToken).Wait(cancellationToken);
        }

        if (Fault?.Invoke(input) is { } fault)
        {
            throw fault;
        }

        if (input.Bytes.Length < 8)
        {
            throw new BadInputException(input.FileName, "not an image");
        }

        var page = new PageText { Number = 1, Width = 100, Height = 50, Source = TextSources.Ocr, MeanConfidence = 0.9 };
        var document = new ExtractedDocument
        {
            Source = input.Source,
            Pages = [new PageInfo { Number = 1, Width = 100, Height = 50, MeanConfidence = 0.9 }],
        };
        document.Source.Sha256 = input.Sha256;
        return new ProcessedDocument(document, [page], new Dictionary<int, GrayImage>());
    }

    public object Describe() => new { status = "ok", engine = "fake" };
}
