namespace DocIntake.Core.Errors;

/// <summary>
/// The input cannot be processed (corrupt, encrypted, unsupported, over a limit). Maps to exit code 2 and to
/// a "failed" document with the reason; the original is always kept.
/// </summary>
public class BadInputException : Exception
{
    public BadInputException(string fileName, string reason, int? page = null, Exception? inner = null)
        : base(Format(fileName, reason, page), inner)
    {
        FileName = fileName;
        Reason = reason;
        Page = page;
    }

    public string FileName { get; }

    public string Reason { get; }

    /// <summary>1-based page, when the problem is on one page.</summary>
    public int? Page { get; }

    private static string Format(string fileName, string reason, int? page) =>
        page is null ? $"{fileName}: {reason}" : $"{fileName}: page {page}: {reason}";
}
