namespace DocIntake.Ocr;

/// <summary>An <see cref="OcrEngine"/> rented from <see cref="OcrEnginePool"/>; dispose to give it back.</summary>
public sealed class OcrEngineLease : IDisposable
{
    private readonly ResourcePool<OcrEngine> pool;
    private OcrEngine? engine;

    internal OcrEngineLease(ResourcePool<OcrEngine> pool, OcrEngine engine)
    {
        this.pool = pool;
        this.engine = engine;
    }

    public OcrEngine Engine => engine ?? throw new ObjectDisposedException(nameof(OcrEngineLease));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref engine, null) is { } e)
        {
            pool.Return(e);
        }
    }
}
