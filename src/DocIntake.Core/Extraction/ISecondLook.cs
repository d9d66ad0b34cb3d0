using DocIntake.Core.Pages;

namespace DocIntake.Core.Extraction;

/// <summary>
/// Re-reads a doubtful value from its crop with settings for its kind (the pipeline uses Tesseract on one line with a
/// whitelist; tests use a fake). Agreement with the first reading raises confidence; disagreement sends it to review.
/// </summary>
public interface ISecondLook
{
    /// <summary>The text read in <paramref name="box"/> of 1-based <paramref name="page"/>, or null when nothing was read.</summary>
    string? Reread(int page, PixelBox box, ValueKind kind);

    /// <summary>The text read in <paramref name="box"/> with the Japanese model alone, or null (also where none is installed).</summary>
    string? RereadJapanese(int page, PixelBox box) => null;
}
