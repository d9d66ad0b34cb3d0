namespace DocIntake.Ocr.Tests;

/// <summary>One English engine per test class that uses it (engines are not thread-safe; classes run in parallel).</summary>
public sealed class EnglishEngineFixture : IDisposable
{
    public OcrEngine Engine { get; } = new(new OcrOptions { Languages = "eng" });

    public void Dispose() => Engine.Dispose();
}

public sealed class JapaneseEngineFixture : IDisposable
{
    public OcrEngine Engine { get; } = new(new OcrOptions { Languages = "jpn" });

    public void Dispose() => Engine.Dispose();
}

public sealed class OrientationDetectorFixture : IDisposable
{
    public OrientationDetector Detector { get; } = new();

    public void Dispose() => Detector.Dispose();
}
