namespace DocIntake.Core.Errors;

/// <summary>A configured limit against hostile files (bytes, pages, pixels, time) was exceeded.</summary>
public sealed class LimitExceededException : BadInputException
{
    public LimitExceededException(string fileName, string limit, long actual, long maximum, int? page = null)
        : base(fileName, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{limit} {actual:N0} exceeds the limit of {maximum:N0}"), page)
    {
        Limit = limit;
        Actual = actual;
        Maximum = maximum;
    }

    /// <summary>Which limit: "bytes per file", "pages per document", "pixels per page", "seconds per page".</summary>
    public string Limit { get; }

    public long Actual { get; }

    public long Maximum { get; }
}
