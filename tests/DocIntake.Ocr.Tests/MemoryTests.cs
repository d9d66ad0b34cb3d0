using System.Diagnostics;
using DocIntake.Core.Pages;
using Xunit.Abstractions;

namespace DocIntake.Ocr.Tests;

[CollectionDefinition(nameof(MemoryCollection), DisableParallelization = true)]
public sealed class MemoryCollection;

/// <summary>Runs alone: other tests' engines would move the process's memory.</summary>
[Collection(nameof(MemoryCollection))]
public sealed class MemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Recognize_DoesNotGrowProcessMemory_WhenSamePageIsRead200Times()
    {
        var page = TestImages.Sample("extended/tesseract__phototest.tif");
        using var engine = new OcrEngine(new OcrOptions { Languages = "eng" });
        var request = new OcrRequest(PageSegMode: PageSegMode.SingleBlock, Region: new PixelBox(0, 0, page.Width, page.Height / 4));

        // Warm up past .NET's tiering (30 calls, then a background re-JIT that allocates with malloc): measured inside the
        // loop instead, that re-JIT grew "malloc in use" by 5 MiB on a loaded CI machine while the engine held steady.
        var expected = Read(engine, page, request);
        for (var i = 1; i < 60; i++)
        {
            Read(engine, page, request);
        }

        Thread.Sleep(500);
        var baseline = Measure();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 60; i < 200; i++)
        {
            Assert.Equal(expected, Read(engine, page, request));
        }

        var after = Measure();
        output.WriteLine(
            $"{stopwatch.ElapsedMilliseconds / 140} ms/page; private {baseline.Private >> 20} -> {after.Private >> 20} MiB, " +
            $"working set {baseline.WorkingSet >> 20} -> {after.WorkingSet >> 20} MiB, malloc in use {baseline.MallocInUse >> 10} -> {after.MallocInUse >> 10} KiB");
        // Process figures move with allocator fragmentation (~10 MiB here), so they get a loose bound; the bytes
        // malloc has handed out and not had back (Tesseract allocates with malloc/new) get a tight one.
        const long Loose = 32L * 1024 * 1024;
        const long Tight = 4L * 1024 * 1024;
        Assert.True(after.Private - baseline.Private < Loose, $"private memory grew {(after.Private - baseline.Private) / 1024} KiB");
        Assert.True(after.WorkingSet - baseline.WorkingSet < Loose, $"working set grew {(after.WorkingSet - baseline.WorkingSet) / 1024} KiB");
        Assert.True(after.MallocInUse - baseline.MallocInUse < Tight, $"malloc in use grew {(after.MallocInUse - baseline.MallocInUse) / 1024} KiB");
    }

    private static string Read(OcrEngine engine, GrayImage page, OcrRequest request) =>
        string.Join(' ', engine.Recognize(page, request).Words.Select(w => w.Text));

    private static (long Private, long WorkingSet, long MallocInUse) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (process.PrivateMemorySize64, process.WorkingSet64, GlibcMalloc.BytesInUse());
    }
}
