using System.Diagnostics;
using DocIntake.Core.Errors;
using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Decoding;

/// <summary>The per-page limits of <see cref="InputLimits"/>, checked by every raster decoder.</summary>
internal static class PageLimits
{
    /// <summary>Before any pixel buffer exists: a few KB can declare gigapixels.</summary>
    public static void CheckPixels(string fileName, long width, long height, InputLimits limits, int page)
    {
        var pixels = width * height;
        if (pixels > limits.MaxPixelsPerPage)
        {
            throw new LimitExceededException(fileName, "pixels per page", pixels, limits.MaxPixelsPerPage, page);
        }
    }

    /// <summary>
    /// After a page decoded. Decoders that take a cancellation token are also stopped at the deadline
    /// (see <see cref="Deadline"/>); libtiff cannot be interrupted in-process, so this check is all it gets.
    /// </summary>
    public static void CheckTime(string fileName, Stopwatch clock, InputLimits limits, int page)
    {
        if (clock.Elapsed > limits.MaxTimePerPage)
        {
            throw TimeExceeded(fileName, clock, limits, page);
        }
    }

    public static LimitExceededException TimeExceeded(string fileName, Stopwatch clock, InputLimits limits, int page) =>
        new(fileName, "seconds per page", (long)Math.Ceiling(clock.Elapsed.TotalSeconds), (long)limits.MaxTimePerPage.TotalSeconds, page);

    public static CancellationTokenSource Deadline(InputLimits limits) =>
        limits.MaxTimePerPage > TimeSpan.Zero && limits.MaxTimePerPage < TimeSpan.FromDays(1)
            ? new CancellationTokenSource(limits.MaxTimePerPage)
            : new CancellationTokenSource();
}
