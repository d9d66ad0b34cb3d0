namespace DocIntake.Ocr;

/// <summary>An <see cref="OrientationDetector"/> rented from <see cref="OcrEnginePool"/>; dispose to give it back.</summary>
public sealed class OrientationDetectorLease : IDisposable
{
    private readonly ResourcePool<OrientationDetector> pool;
    private OrientationDetector? detector;

    internal OrientationDetectorLease(ResourcePool<OrientationDetector> pool, OrientationDetector detector)
    {
        this.pool = pool;
        this.detector = detector;
    }

    public OrientationDetector Detector => detector ?? throw new ObjectDisposedException(nameof(OrientationDetectorLease));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref detector, null) is { } d)
        {
            pool.Return(d);
        }
    }
}
