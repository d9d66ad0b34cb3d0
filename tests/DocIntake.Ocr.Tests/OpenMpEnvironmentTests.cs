using System.Runtime.InteropServices;

namespace DocIntake.Ocr.Tests;

public sealed class OpenMpEnvironmentTests
{
    [Fact]
    public void NativeEnvironment_LimitsOpenMpToOneThread_OnceAnEngineExists()
    {
        using var engine = new OcrEngine(new OcrOptions { Languages = "eng" });

        // .NET's own environment is the snapshot taken at start-up: what the operator set, if anything.
        var preset = Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT");
        var libgomp = NativeLibrary.Load("libgomp.so.1");
        try
        {
            var getThreadLimit = NativeLibrary.GetExport(libgomp, "omp_get_thread_limit");
            int limit;
            unsafe
            {
                limit = ((delegate* unmanaged<int>)getThreadLimit)();
            }

            Assert.Equal(preset is null ? 1 : int.Parse(preset, System.Globalization.CultureInfo.InvariantCulture), limit);
        }
        finally
        {
            NativeLibrary.Free(libgomp);
        }
    }
}
