using DocIntake.Core.Pages;
using DocIntake.Ocr.Interop;

namespace DocIntake.Ocr;

/// <summary>
/// One initialised Tesseract engine (LSTM, the configured languages), reused page after page.
/// Not thread-safe: use one per thread, e.g. through <see cref="OcrEnginePool"/>. Concurrent calls throw.
/// </summary>
public sealed class OcrEngine : IDisposable
{
    private const string WhitelistVariable = "tessedit_char_whitelist";

    private readonly TessBaseApiHandle handle;
    private int busy;

    public OcrEngine(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Languages = string.Join('+', options.LanguageList);
        TessdataPath = TessdataLocator.Locate(options.TessdataPath, options.LanguageList);

        // A blank in the line text only where the page has one (see TextWord.SpaceBefore); jpn's own config sets it too.
        var variables = new List<KeyValuePair<string, string>> { new("debug_file", "/dev/null"), new("preserve_interword_spaces", "1") };
        if (!string.IsNullOrWhiteSpace(options.UserPatternsFile))
        {
            if (!File.Exists(options.UserPatternsFile))
            {
                throw new OcrException($"The OCR user-patterns file '{options.UserPatternsFile}' does not exist.");
            }

            variables.Add(new("user_patterns_file", Path.GetFullPath(options.UserPatternsFile)));
        }

        handle = TessApi.Create();
        try
        {
            TessApi.Init(handle, TessdataPath, Languages, OcrEngineMode.LstmOnly, variables);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>The languages loaded, e.g. "jpn+eng".</summary>
    public string Languages { get; }

    /// <summary>The tessdata folder the models came from.</summary>
    public string TessdataPath { get; }

    /// <summary>Reads a page (or a region of it) into words with boxes, lines and confidences.</summary>
    public PageText Recognize(GrayImage image, OcrRequest request)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(request);
        using var scope = Enter();

        Prepare(image, request.PageSegMode);
        if (request.Region is { } region)
        {
            var clipped = Clip(region, image);
            NativeMethods.TessBaseAPISetRectangle(handle, clipped.X, clipped.Y, clipped.Width, clipped.Height);
        }

        var whitelisted = !string.IsNullOrEmpty(request.CharWhitelist);
        try
        {
            if (whitelisted)
            {
                TessApi.SetVariable(handle, WhitelistVariable, request.CharWhitelist!);
            }

            if (request.Deadline is { } deadline)
            {
                TessApi.Recognize(handle, deadline);
            }
            else
            {
                TessApi.Recognize(handle);
            }

            var words = WordReader.Read(handle);
            return new PageText
            {
                Number = request.PageNumber,
                Width = image.Width,
                Height = image.Height,
                Source = "ocr",
                Words = words,
                Lines = PageText.GroupLines(words),
                MeanConfidence = words.Count == 0 ? 0 : Math.Clamp(NativeMethods.TessBaseAPIMeanTextConf(handle) / 100.0, 0, 1),
            };
        }
        finally
        {
            if (whitelisted)
            {
                TessApi.SetVariable(handle, WhitelistVariable, string.Empty);
            }

            NativeMethods.TessBaseAPIClear(handle);
        }
    }

    /// <summary>Tesseract's plain text of the whole page (lines separated by newlines, blocks by blank lines).</summary>
    public string RecognizeText(GrayImage image, PageSegMode pageSegMode = PageSegMode.Auto)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var scope = Enter();
        Prepare(image, pageSegMode);
        try
        {
            TessApi.Recognize(handle);
            return TessApi.GetText(handle);
        }
        finally
        {
            NativeMethods.TessBaseAPIClear(handle);
        }
    }

    public void Dispose() => handle.Dispose();

    /// <summary>The resolution Tesseract is told: the page's vertical dpi, 300 when unknown, within 70..1200.</summary>
    internal static int SourceResolution(GrayImage image) =>
        image.DpiY > 0 && double.IsFinite(image.DpiY) ? (int)Math.Clamp(Math.Round(image.DpiY), 70, 1200) : 300;

    private static PixelBox Clip(PixelBox region, GrayImage image)
    {
        var clipped = PixelBox.FromCorners(
            Math.Max(region.X, 0), Math.Max(region.Y, 0), Math.Min(region.Right, image.Width), Math.Min(region.Bottom, image.Height));
        if (clipped.Width == 0 || clipped.Height == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, $"The region lies outside the {image.Width}x{image.Height} image.");
        }

        return clipped;
    }

    private void Prepare(GrayImage image, PageSegMode pageSegMode)
    {
        NativeMethods.TessBaseAPISetPageSegMode(handle, (int)pageSegMode);
        TessApi.SetImage(handle, image, SourceResolution(image));
    }

    private BusyScope Enter()
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        if (Interlocked.Exchange(ref busy, 1) != 0)
        {
            throw new InvalidOperationException("OcrEngine is not thread-safe: it is already reading a page on another thread.");
        }

        return new BusyScope(this);
    }

    private readonly struct BusyScope(OcrEngine engine) : IDisposable
    {
        public void Dispose() => Volatile.Write(ref engine.busy, 0);
    }
}
