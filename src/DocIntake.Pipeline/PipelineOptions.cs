using DocIntake.Core.Extraction;
using DocIntake.Imaging.Cleanup;
using DocIntake.Imaging.Decoding;
using DocIntake.Ocr;

namespace DocIntake.Pipeline;

public sealed record PipelineOptions
{
    public DecodeOptions Decode { get; init; } = DecodeOptions.Default;

    public CleanupOptions Cleanup { get; init; } = new();

    /// <summary>Languages, tessdata and the number of engines (<see cref="OcrOptions.WorkerCount"/>: one per parallel page).</summary>
    public OcrOptions Ocr { get; init; } = new();

    /// <summary>Pages (or documents) read in parallel: the engine count, all cores by default.</summary>
    public int Workers => Ocr.WorkerCount > 0 ? Ocr.WorkerCount : Environment.ProcessorCount;

    public ExtractionOptions Extraction { get; init; } = new();

    /// <summary>False: read pages only (no classification, fields, checks or second look), e.g. for the OCR benchmark.</summary>
    public bool Extract { get; init; } = true;

    /// <summary>
    /// Cleaned page images (what the word boxes refer to) are kept for the second look, the review UI and debugging only
    /// for the first pages: orders and quality records are 1-3 pages; a 200-page batch scan must not hold 200 rasters.
    /// </summary>
    public int KeepPageImages { get; init; } = 20;

    /// <summary>
    /// Below this mean word confidence the page's orientation is checked with Tesseract's OSD (~300 ms), so upright pages
    /// (most of them) do not pay for it.
    /// </summary>
    public double OrientationCheckBelowConfidence { get; init; } = 0.70;

    /// <summary>
    /// Below this mean word confidence a page OSD calls upright is also read turned over, and the better reading kept.
    /// OSD misjudges coarse fax pages: seed 101's tune-057 (204×98, upside down under an upright fax header) got 0° on
    /// the raw page and 180° on the smoothed one, read 0.44 as it came and 0.76 turned. Of ~130 G3 pages over seven
    /// generated sets, 8 read below 0.55 (a second OCR each); no G4, scan or image PDF page did.
    /// </summary>
    public double TryUpsideDownBelowConfidence { get; init; } = 0.55;
}
