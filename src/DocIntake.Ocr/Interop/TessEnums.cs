namespace DocIntake.Ocr.Interop;

/// <summary>TessOcrEngineMode.</summary>
internal enum OcrEngineMode
{
    TesseractOnly = 0,
    LstmOnly = 1,
}

/// <summary>TessPageIteratorLevel.</summary>
internal enum PageIteratorLevel
{
    Block = 0,
    Paragraph = 1,
    TextLine = 2,
    Word = 3,
    Symbol = 4,
}
