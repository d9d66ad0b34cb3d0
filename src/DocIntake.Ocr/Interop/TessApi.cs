using System.Runtime.InteropServices;
using DocIntake.Core.Pages;

namespace DocIntake.Ocr.Interop;

/// <summary>
/// The thin layer over <see cref="NativeMethods"/>: checks results, maps failures to <see cref="OcrException"/>,
/// and frees every Tesseract-allocated string in <see cref="TakeString"/> (the only caller of TessDeleteText).
/// </summary>
internal static class TessApi
{
    internal static TessBaseApiHandle Create()
    {
        var handle = NativeMethods.TessBaseAPICreate();
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new OcrException("TessBaseAPICreate returned null.");
        }

        return handle;
    }

    /// <summary>Init4 with variables that must be in place while the models load (debug_file, user patterns).</summary>
    internal static unsafe void Init(
        TessBaseApiHandle handle, string datapath, string languages, OcrEngineMode mode, IReadOnlyList<KeyValuePair<string, string>> variables)
    {
        var names = new IntPtr[variables.Count];
        var values = new IntPtr[variables.Count];
        try
        {
            for (var i = 0; i < variables.Count; i++)
            {
                names[i] = Marshal.StringToCoTaskMemUTF8(variables[i].Key);
                values[i] = Marshal.StringToCoTaskMemUTF8(variables[i].Value);
            }

            int rc;
            fixed (IntPtr* namesPtr = names)
            fixed (IntPtr* valuesPtr = values)
            {
                rc = NativeMethods.TessBaseAPIInit4(
                    handle, datapath, languages, mode, null, 0, namesPtr, valuesPtr, (nuint)variables.Count, setOnlyNonDebugParams: 0);
            }

            if (rc != 0)
            {
                throw new OcrException($"Tesseract could not load language(s) '{languages}' from '{datapath}' (Init4 returned {rc}).");
            }
        }
        finally
        {
            foreach (var p in names.Concat(values))
            {
                Marshal.FreeCoTaskMem(p);
            }
        }
    }

    internal static void SetVariable(TessBaseApiHandle handle, string name, string value)
    {
        if (NativeMethods.TessBaseAPISetVariable(handle, name, value) == 0)
        {
            throw new OcrException($"Tesseract does not accept variable '{name}'.");
        }
    }

    /// <summary>Hands the pixels to Tesseract (it copies them) and then the resolution, which SetImage resets.</summary>
    internal static unsafe void SetImage(TessBaseApiHandle handle, GrayImage image, int ppi)
    {
        fixed (byte* pixels = image.Pixels)
        {
            NativeMethods.TessBaseAPISetImage(handle, pixels, image.Width, image.Height, bytesPerPixel: 1, bytesPerLine: image.Width);
        }

        NativeMethods.TessBaseAPISetSourceResolution(handle, ppi);
    }

    internal static void Recognize(TessBaseApiHandle handle)
    {
        var rc = NativeMethods.TessBaseAPIRecognize(handle, IntPtr.Zero);
        if (rc != 0)
        {
            throw new OcrException($"Tesseract recognition failed (Recognize returned {rc}).");
        }
    }

    /// <summary>Recognises with a deadline; throws <see cref="OcrTimeoutException"/> when Tesseract stopped at it.</summary>
    internal static void Recognize(TessBaseApiHandle handle, TimeSpan deadline)
    {
        using var monitor = NativeMethods.TessMonitorCreate();
        if (monitor.IsInvalid)
        {
            throw new OcrException("TessMonitorCreate returned null.");
        }

        var milliseconds = (int)Math.Clamp(deadline.TotalMilliseconds, 1, int.MaxValue);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        NativeMethods.TessMonitorSetDeadlineMSecs(monitor, milliseconds);
        var rc = NativeMethods.TessBaseAPIRecognizeWithMonitor(handle, monitor);

        // Tesseract checks the deadline between words and then stops quietly; only the clock tells.
        if (clock.Elapsed >= deadline)
        {
            throw new OcrTimeoutException(deadline);
        }

        if (rc != 0)
        {
            throw new OcrException($"Tesseract recognition failed (Recognize returned {rc}).");
        }
    }

    internal static string GetText(TessBaseApiHandle handle) => TakeString(NativeMethods.TessBaseAPIGetUTF8Text(handle)) ?? string.Empty;

    internal static string? GetText(ResultIteratorHandle iterator, PageIteratorLevel level) =>
        TakeString(NativeMethods.TessResultIteratorGetUTF8Text(iterator, level));

    /// <summary>Copies a Tesseract-allocated UTF-8 string and frees it. Null in, null out.</summary>
    private static string? TakeString(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text);
        }
        finally
        {
            NativeMethods.TessDeleteText(text);
        }
    }
}
