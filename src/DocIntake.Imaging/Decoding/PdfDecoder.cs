using DocIntake.Core.Errors;
using DocIntake.Imaging.Decoding.Pdf;
using UglyToad.PdfPig;

namespace DocIntake.Imaging.Decoding;

/// <summary>
/// PDF input. Each page becomes either the words of a good text layer (born-digital or a trustworthy
/// scanner OCR layer) or a gray raster: the one full-page image taken out as stored when that is safe,
/// otherwise the page rendered by poppler.
/// </summary>
internal static class PdfDecoder
{
    public static DecodedDocument Open(string fileName, byte[] bytes, DecodeOptions options)
    {
        var document = PdfOpener.Open(fileName, bytes);
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
        catch (Exception e) when (e is not BadInputException)
        {
            document.Dispose();
            throw new BadInputException(fileName, "invalid PDF: the page tree cannot be read", inner: e);
        }

        var pageDecoder = new PdfPageDecoder(fileName, bytes, options);
        return new DecodedDocument(fileName, "pdf", pageCount, () => ReadPages(document, pageCount, pageDecoder));
    }

    private static IEnumerable<DecodedPage> ReadPages(PdfDocument document, int pageCount, PdfPageDecoder pageDecoder)
    {
        for (var number = 1; number <= pageCount; number++)
        {
            yield return pageDecoder.Decode(document, number);
        }
    }
}
