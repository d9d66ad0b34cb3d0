namespace DocIntake.Core.Contract;

public sealed class PageInfo
{
    public int Number { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>Clockwise degrees (0/90/180/270) the page was turned to read it upright.</summary>
    public int Rotation { get; set; }

    /// <summary>"ocr" | "pdf_text".</summary>
    public string TextSource { get; set; } = TextSources.Ocr;

    public double MeanConfidence { get; set; }

    /// <summary>What was done to the page before reading it (e.g. "square_pixels:204x98", "deskew:-1.5").</summary>
    public List<string> Operations { get; set; } = [];
}

public static class TextSources
{
    public const string Ocr = "ocr";
    public const string PdfText = "pdf_text";
}
