namespace DocIntake.Imaging.Decoding;

/// <summary>
/// An opened input file. Pages are decoded lazily, one at a time, so a 200-page fax never sits in memory at once.
/// </summary>
public sealed class DecodedDocument
{
    private readonly Func<IEnumerable<DecodedPage>> pages;

    internal DecodedDocument(string fileName, string format, int pageCount, Func<IEnumerable<DecodedPage>> pages)
    {
        FileName = fileName;
        Format = format;
        PageCount = pageCount;
        this.pages = pages;
    }

    public string FileName { get; }

    /// <summary>"tiff", "pdf", "png", "jpeg", "bmp", "gif".</summary>
    public string Format { get; }

    public int PageCount { get; }

    /// <summary>Decodes the pages in order. Throws <see cref="Core.Errors.BadInputException"/> for a page that cannot be read.</summary>
    public IEnumerable<DecodedPage> Pages() => pages();
}
