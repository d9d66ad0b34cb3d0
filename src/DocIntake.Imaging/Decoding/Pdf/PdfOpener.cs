using DocIntake.Core.Errors;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>Opens a PDF with PdfPig and turns every parser failure into a <see cref="BadInputException"/>.</summary>
internal static class PdfOpener
{
    public static PdfDocument Open(string fileName, byte[] bytes)
    {
        try
        {
            // An owner-password-only file opens with the empty user password and is read as usual.
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new BadInputException(fileName, "encrypted PDF: a password is needed to open it", inner: e);
        }
        catch (Exception e) when (e is not BadInputException and not OutOfMemoryException)
        {
            if (e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
            {
                throw new BadInputException(fileName, "encrypted PDF: a password is needed to open it", inner: e);
            }

            throw new BadInputException(fileName, "invalid or damaged PDF: it cannot be parsed", inner: e);
        }
    }
}
