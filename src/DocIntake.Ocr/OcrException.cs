namespace DocIntake.Ocr;

/// <summary>Tesseract could not be set up or failed on a page (missing language data, native failure).</summary>
public sealed class OcrException : Exception
{
    public OcrException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
