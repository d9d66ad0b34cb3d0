using System.Runtime.InteropServices;

namespace DocIntake.Ocr.Interop;

/// <summary>
/// Raw imports from libtesseract's C API (tesseract/capi.h, 5.3). Nothing here frees anything by itself:
/// <see cref="TessApi"/> owns the calling rules and <see cref="TessBaseApiHandle"/> / <see cref="ResultIteratorHandle"/>
/// own the lifetimes. C BOOL is int.
/// </summary>
internal static partial class NativeMethods
{
    private const string Library = "libtesseract.so.5";

    // Runs before the first import below is bound, so before libtesseract (and its libgomp) is loaded.
    static NativeMethods() => OpenMpEnvironment.Apply();

    [LibraryImport(Library)]
    internal static partial TessBaseApiHandle TessBaseAPICreate();

    [LibraryImport(Library)]
    internal static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPIEnd(IntPtr handle);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPIClear(TessBaseApiHandle handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static unsafe partial int TessBaseAPIInit4(
        TessBaseApiHandle handle,
        string datapath,
        string language,
        OcrEngineMode mode,
        IntPtr* configs,
        int configsSize,
        IntPtr* varsVec,
        IntPtr* varsValues,
        nuint varsVecSize,
        int setOnlyNonDebugParams);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPISetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPISetPageSegMode(TessBaseApiHandle handle, int mode);

    [LibraryImport(Library)]
    internal static unsafe partial void TessBaseAPISetImage(
        TessBaseApiHandle handle, byte* imagedata, int width, int height, int bytesPerPixel, int bytesPerLine);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPISetSourceResolution(TessBaseApiHandle handle, int ppi);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPISetRectangle(TessBaseApiHandle handle, int left, int top, int width, int height);

    [LibraryImport(Library)]
    internal static partial int TessBaseAPIRecognize(TessBaseApiHandle handle, IntPtr monitor);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIRecognize")]
    internal static partial int TessBaseAPIRecognizeWithMonitor(TessBaseApiHandle handle, MonitorHandle monitor);

    [LibraryImport(Library)]
    internal static partial MonitorHandle TessMonitorCreate();

    [LibraryImport(Library)]
    internal static partial void TessMonitorDelete(IntPtr monitor);

    [LibraryImport(Library)]
    internal static partial void TessMonitorSetDeadlineMSecs(MonitorHandle monitor, int deadline);

    [LibraryImport(Library)]
    internal static partial IntPtr TessBaseAPIGetUTF8Text(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    internal static partial int TessBaseAPIMeanTextConf(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    internal static partial ResultIteratorHandle TessBaseAPIGetIterator(TessBaseApiHandle handle);

    /// <summary>The script name points into Tesseract's own data: never free it.</summary>
    [LibraryImport(Library)]
    internal static partial int TessBaseAPIDetectOrientationScript(
        TessBaseApiHandle handle, out int orientDeg, out float orientConf, out IntPtr scriptName, out float scriptConf);

    [LibraryImport(Library)]
    internal static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Library)]
    internal static partial void TessResultIteratorDelete(IntPtr handle);

    [LibraryImport(Library)]
    internal static partial int TessResultIteratorNext(ResultIteratorHandle handle, PageIteratorLevel level);

    [LibraryImport(Library)]
    internal static partial IntPtr TessResultIteratorGetUTF8Text(ResultIteratorHandle handle, PageIteratorLevel level);

    [LibraryImport(Library)]
    internal static partial float TessResultIteratorConfidence(ResultIteratorHandle handle, PageIteratorLevel level);

    /// <summary>The same object as the result iterator seen as its base class: not to be deleted separately.</summary>
    [LibraryImport(Library)]
    internal static partial IntPtr TessResultIteratorGetPageIterator(ResultIteratorHandle handle);

    [LibraryImport(Library)]
    internal static partial int TessPageIteratorIsAtBeginningOf(IntPtr handle, PageIteratorLevel level);

    [LibraryImport(Library)]
    internal static partial int TessPageIteratorBoundingBox(
        IntPtr handle, PageIteratorLevel level, out int left, out int top, out int right, out int bottom);
}
