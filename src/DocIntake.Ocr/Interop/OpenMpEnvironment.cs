using System.Runtime.InteropServices;

namespace DocIntake.Ocr.Interop;

/// <summary>
/// Puts OMP_THREAD_LIMIT=1 into the native environment before libgomp (a dependency of libtesseract) loads and
/// reads it: OpenMP at its default made OCR 3-4x slower here. Environment.SetEnvironmentVariable only changes
/// .NET's own copy on Linux, so this goes through libc. A value the operator already set is kept.
/// </summary>
internal static partial class OpenMpEnvironment
{
    internal const string Variable = "OMP_THREAD_LIMIT";

    private static readonly Lock Gate = new();
    private static bool applied;

    internal static void Apply()
    {
        lock (Gate)
        {
            if (applied)
            {
                return;
            }

            if (OperatingSystem.IsLinux() && setenv(Variable, "1", 0) != 0)
            {
                throw new OcrException($"setenv({Variable}) failed with errno {Marshal.GetLastPInvokeError()}.");
            }

            applied = true;
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "libc name.")]
    private static partial int setenv(string name, string value, int overwrite);
}
