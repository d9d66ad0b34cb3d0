namespace DocIntake.Ocr;

/// <summary>Tesseract's page segmentation modes (TessPageSegMode values). OSD modes belong to <see cref="OrientationDetector"/>.</summary>
public enum PageSegMode
{
    /// <summary>Fully automatic layout analysis, no orientation detection.</summary>
    Auto = 3,

    /// <summary>A single column of text of variable sizes.</summary>
    SingleColumn = 4,

    /// <summary>A single uniform block of vertically aligned text.</summary>
    SingleBlockVertical = 5,

    /// <summary>A single uniform block of text: best on fax pages once ruling lines are removed.</summary>
    SingleBlock = 6,

    SingleLine = 7,

    SingleWord = 8,

    SingleChar = 10,

    /// <summary>As much text as possible in no particular order (forms, labels).</summary>
    SparseText = 11,

    /// <summary>A single text line, bypassing Tesseract's layout heuristics.</summary>
    RawLine = 13,
}
