using DocIntake.Core.Errors;

namespace DocIntake.Imaging.Decoding;

/// <summary>Opens any supported input by its content (never by its extension) after the file-level limits.</summary>
public static class DocumentDecoder
{
    public static DecodedDocument Open(string fileName, byte[] bytes, DecodeOptions? options = null)
    {
        options ??= DecodeOptions.Default;
        if (bytes.Length == 0)
        {
            throw new BadInputException(fileName, "the file is empty (0 bytes)");
        }

        if (bytes.LongLength > options.Limits.MaxFileBytes)
        {
            throw new LimitExceededException(fileName, "bytes per file", bytes.LongLength, options.Limits.MaxFileBytes);
        }

        var document = FormatSniffer.Detect(bytes) switch
        {
            InputFormat.Tiff => TiffDecoder.Open(fileName, bytes, options),
            InputFormat.Pdf => PdfDecoder.Open(fileName, bytes, options),
            InputFormat.Png or InputFormat.Jpeg or InputFormat.Bmp or InputFormat.Gif => RasterDecoder.Open(fileName, bytes, options),
            _ => throw new BadInputException(fileName, "unsupported file type (expected TIFF, PDF, PNG, JPEG, BMP or GIF)"),
        };

        if (document.PageCount > options.Limits.MaxPages)
        {
            throw new LimitExceededException(fileName, "pages per document", document.PageCount, options.Limits.MaxPages);
        }

        if (document.PageCount == 0)
        {
            throw new BadInputException(fileName, "the document has no pages");
        }

        return document;
    }
}
