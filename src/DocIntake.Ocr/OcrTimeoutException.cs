namespace DocIntake.Ocr;

/// <summary>Recognition stopped at its deadline (<see cref="OcrRequest.Deadline"/>): the page took too long to read.</summary>
public sealed class OcrTimeoutException(TimeSpan deadline)
    : Exception($"OCR stopped at its deadline of {deadline.TotalSeconds:0.#} s")
{
    public TimeSpan Deadline { get; } = deadline;
}
