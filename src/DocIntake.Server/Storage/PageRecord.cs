namespace DocIntake.Server.Storage;

/// <summary>One read page: size, how it was read and the words with boxes (for review crops and re-extraction).</summary>
internal sealed class PageRecord
{
    public required string DocumentId { get; set; }

    public int Number { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public int Rotation { get; set; }

    public string TextSource { get; set; } = "ocr";

    public double MeanConfidence { get; set; }

    /// <summary>SHA-256 of the cleaned page image (PNG) in the blob folder, the raster the word boxes refer to.</summary>
    public string? ImageSha256 { get; set; }

    /// <summary>PageText as JSON (words, lines, rulings).</summary>
    public string TextJson { get; set; } = "{}";
}
