using System.Runtime.InteropServices;
using DocIntake.Core.Pages;
using DocIntake.Ocr.Interop;

namespace DocIntake.Ocr;

/// <summary>
/// Page orientation from Tesseract's legacy "osd" model (OEM 0, PSM 0). Not thread-safe: one per thread,
/// e.g. through <see cref="OcrEnginePool.RentOrientationDetector"/>.
/// </summary>
public sealed class OrientationDetector : IDisposable
{
    private const string OsdLanguage = "osd";

    private readonly TessBaseApiHandle handle;

    /// <param name="tessdataPath">The tessdata folder; null searches as <see cref="TessdataLocator"/> does.</param>
    public OrientationDetector(string? tessdataPath = null)
    {
        var folder = TessdataLocator.Locate(tessdataPath, [OsdLanguage]);
        handle = TessApi.Create();
        try
        {
            TessApi.Init(handle, folder, OsdLanguage, OcrEngineMode.TesseractOnly, [new("debug_file", "/dev/null")]);
            NativeMethods.TessBaseAPISetPageSegMode(handle, 0); // PSM_OSD_ONLY
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Detects how to turn the page upright; <see cref="OrientationResult.Unknown"/> when it cannot tell.</summary>
    public OrientationResult Detect(GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        TessApi.SetImage(handle, image, OcrEngine.SourceResolution(image));
        try
        {
            if (NativeMethods.TessBaseAPIDetectOrientationScript(handle, out var degrees, out var confidence, out var script, out var scriptConfidence) == 0)
            {
                return OrientationResult.Unknown;
            }

            // Tesseract reports how far the page is turned clockwise (90 for a page lying on its right side);
            // the correction is the rest of the turn. Pinned by OrientationDetectorTests.
            var rotation = (((360 - degrees) % 360) + 360) % 360;
            return new OrientationResult(true, rotation, confidence, Marshal.PtrToStringUTF8(script), scriptConfidence);
        }
        finally
        {
            NativeMethods.TessBaseAPIClear(handle);
        }
    }

    public void Dispose() => handle.Dispose();
}
