namespace DocIntake.Pipeline.Tests;

/// <summary>One pipeline (warm OCR engines) shared by the tests of a class.</summary>
public sealed class PipelineFixture : IDisposable
{
    public DocumentPipeline Pipeline { get; } = new(new PipelineOptions { Ocr = new Ocr.OcrOptions { WorkerCount = 2 } });

    public void Dispose() => Pipeline.Dispose();
}
