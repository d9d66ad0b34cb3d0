namespace DocIntake.Ocr;

/// <summary>OCR configuration (section "Ocr").</summary>
public sealed class OcrOptions
{
    public const string SectionName = "Ocr";

    /// <summary>
    /// Tesseract language list. "jpn+eng" reads ASCII codes (order numbers, TEL) slightly better than "jpn" and
    /// costs more CPU per page; see the measurements in the OCR report.
    /// </summary>
    public string Languages { get; set; } = "jpn+eng";

    /// <summary>The tessdata folder itself; null searches the usual places (<see cref="TessdataLocator"/>).</summary>
    public string? TessdataPath { get; set; }

    /// <summary>Optional Tesseract user-patterns file (e.g. tessdata/docintake.patterns), loaded at engine start.</summary>
    public string? UserPatternsFile { get; set; }

    /// <summary>Maximum number of engines (one per concurrent page); 0 means <see cref="Environment.ProcessorCount"/>.</summary>
    public int WorkerCount { get; set; }

    internal int EffectiveWorkerCount => WorkerCount > 0 ? WorkerCount : Environment.ProcessorCount;

    internal IReadOnlyList<string> LanguageList =>
        Languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
