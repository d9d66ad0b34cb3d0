using DocIntake.Core.Pages;

namespace DocIntake.Ocr.Tests;

public sealed class OcrEnginePoolTests
{
    [Fact]
    public void Rent_GivesSameTextAsSequential_WhenThreadsRecogniseInParallel()
    {
        var page = TestImages.Sample("tesseract__eurotext.tif");
        var regions = Enumerable.Range(0, 4).Select(i => new PixelBox(0, i * page.Height / 4, page.Width, page.Height / 4)).ToList();
        using var pool = new OcrEnginePool(new OcrOptions { Languages = "eng", WorkerCount = 2 });

        string Read(PixelBox region)
        {
            using var lease = pool.Rent();
            return string.Join(' ', lease.Engine.Recognize(page, new OcrRequest(Region: region)).Words.Select(w => w.Text));
        }

        var sequential = regions.Select(Read).ToList();
        var parallel = new string[regions.Count * 2];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Read(regions[i % regions.Count]));

        Assert.All(sequential, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % regions.Count], parallel[i]);
        }

        Assert.InRange(pool.EnginesCreated, 1, 2);
    }

    [Fact]
    public void Rent_ReusesEngine_WhenLeaseWasReturned()
    {
        using var pool = new OcrEnginePool(new OcrOptions { Languages = "eng", WorkerCount = 2 });

        OcrEngine first;
        using (var lease = pool.Rent())
        {
            first = lease.Engine;
        }

        using var again = pool.Rent();

        Assert.Same(first, again.Engine);
        Assert.Equal(1, pool.EnginesCreated);
    }

    [Fact]
    public void Rent_WaitsForAReturn_WhenAllEnginesAreRented()
    {
        using var pool = new OcrEnginePool(new OcrOptions { Languages = "eng", WorkerCount = 1 });
        using var held = pool.Rent();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.ThrowsAny<OperationCanceledException>(() => pool.Rent(cts.Token));
        Assert.Equal(1, pool.EnginesCreated);
    }

    [Fact]
    public void Dispose_EndsIdleEnginesAtOnceAndRentedOnesOnReturn()
    {
        var pool = new OcrEnginePool(new OcrOptions { Languages = "eng", WorkerCount = 2 });
        var idleLease = pool.Rent();
        var busyLease = pool.Rent();
        var idle = idleLease.Engine;
        var busy = busyLease.Engine;
        idleLease.Dispose();

        pool.Dispose();
        pool.Dispose();

        Assert.Throws<ObjectDisposedException>(() => idle.Recognize(new GrayImage(10, 10), new OcrRequest()));
        busy.Recognize(new GrayImage(10, 10), new OcrRequest()); // still usable while rented
        busyLease.Dispose();
        busyLease.Dispose();
        Assert.Throws<ObjectDisposedException>(() => busy.Recognize(new GrayImage(10, 10), new OcrRequest()));
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
    }

    [Fact]
    public void RentOrientationDetector_CreatesDetectorLazilyAndReusesIt()
    {
        using var pool = new OcrEnginePool(new OcrOptions { Languages = "eng", WorkerCount = 1 });

        OrientationDetector first;
        using (var lease = pool.RentOrientationDetector())
        {
            first = lease.Detector;
            Assert.False(lease.Detector.Detect(new GrayImage(50, 50)).Detected);
        }

        using var again = pool.RentOrientationDetector();
        Assert.Same(first, again.Detector);
        Assert.Equal(0, pool.EnginesCreated);
    }

    [Fact]
    public void Constructor_Throws_WhenLanguageDataIsMissing()
    {
        var error = Assert.Throws<OcrException>(() => new OcrEnginePool(new OcrOptions { Languages = "jpn+xyz" }));

        Assert.Contains("tesseract-ocr-xyz", error.Message, StringComparison.Ordinal);
    }
}
