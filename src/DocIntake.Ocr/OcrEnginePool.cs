namespace DocIntake.Ocr;

/// <summary>
/// Thread-safe source of <see cref="OcrEngine"/>s for one language set (and of <see cref="OrientationDetector"/>s),
/// one per concurrent caller up to <see cref="OcrOptions.WorkerCount"/>, created lazily and reused:
/// <c>using var lease = pool.Rent(); lease.Engine.Recognize(...)</c>.
/// </summary>
public sealed class OcrEnginePool : IDisposable
{
    private readonly ResourcePool<OcrEngine> engines;
    private readonly ResourcePool<OrientationDetector> detectors;

    public OcrEnginePool(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.WorkerCount);

        // Fail at start-up, not on the first page, when the language data is missing.
        TessdataLocator.Locate(options.TessdataPath, options.LanguageList);
        MaxEngines = options.EffectiveWorkerCount;
        engines = new(MaxEngines, () => new OcrEngine(options));
        detectors = new(MaxEngines, () => new OrientationDetector(options.TessdataPath));
    }

    public int MaxEngines { get; }

    /// <summary>How many OCR engines have been created so far.</summary>
    public int EnginesCreated => engines.Created;

    /// <summary>An engine for the caller's exclusive use until the lease is disposed; waits while all are rented.</summary>
    public OcrEngineLease Rent(CancellationToken cancellationToken = default) => new(engines, engines.Rent(cancellationToken));

    public OrientationDetectorLease RentOrientationDetector(CancellationToken cancellationToken = default) =>
        new(detectors, detectors.Rent(cancellationToken));

    public void Dispose()
    {
        engines.Dispose();
        detectors.Dispose();
    }
}
