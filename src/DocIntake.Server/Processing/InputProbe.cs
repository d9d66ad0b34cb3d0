using DocIntake.Core.Errors;
using DocIntake.Imaging.Decoding;

namespace DocIntake.Server.Processing;

/// <summary>
/// A cheap look at a file at intake (open it, decode its first page) so corrupt, encrypted or bomb files are refused
/// with their reason while the mail is still at hand, instead of failing later in the OCR queue.
/// </summary>
internal static class InputProbe
{
    /// <returns>null when the file is readable, else the reason it is not.</returns>
    public static string? Check(string fileName, byte[] bytes, DecodeOptions options)
    {
        try
        {
            var document = DocumentDecoder.Open(fileName, bytes, options);
            _ = document.Pages().First();
            return null;
        }
        catch (BadInputException ex)
        {
            return ex.Message;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"{fileName}: cannot be decoded ({ex.GetType().Name}: {ex.Message})";
        }
    }
}
