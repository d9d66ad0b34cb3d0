using DocIntake.Core.Pages;

namespace DocIntake.Ocr;

/// <summary>What to read from one page image.</summary>
/// <param name="PageNumber">1-based page number, copied to <see cref="PageText.Number"/>.</param>
/// <param name="PageSegMode">Layout mode for this call.</param>
/// <param name="CharWhitelist">Only these characters may be recognised (for this call only), e.g. digits in a field.</param>
/// <param name="Region">Read only this rectangle; word boxes stay in whole-image pixels.</param>
/// <param name="Deadline">Stop recognition after this long and throw <see cref="OcrTimeoutException"/>; null: no limit.</param>
public sealed record OcrRequest(
    int PageNumber = 1,
    PageSegMode PageSegMode = PageSegMode.Auto,
    string? CharWhitelist = null,
    PixelBox? Region = null,
    TimeSpan? Deadline = null);
