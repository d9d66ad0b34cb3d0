using System.Diagnostics;
using DocIntake.Core.Contract;
using DocIntake.Core.Errors;
using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;
using DocIntake.Imaging.Decoding;
using DocIntake.Ocr;

namespace DocIntake.Pipeline;

/// <summary>
/// One page from decoded to read: a good PDF text layer is taken as is; a raster is cleaned (square pixels first),
/// OCR'd, and turned upright when OCR says it reads badly and OSD says it is rotated (or, read very badly, turned over
/// to see whether that reads better).
/// </summary>
internal sealed class PageReader(PipelineOptions options, OcrEnginePool engines, IReadOnlyList<PageReread> rereads)
{
    /// <summary>The page as read, and the cleaned raster the word boxes refer to (null for a PDF text layer).</summary>
    public (PageText Text, GrayImage? Image) Read(string fileName, DecodedPage page)
    {
        if (page.TextLayer is { } layer)
        {
            return (layer, null);
        }

        var image = page.Image ?? throw new BadInputException(fileName, "the page has neither text nor image", page.Number);
        var clock = Stopwatch.StartNew();

        var cleaned = PageCleaner.Clean(image, options.Cleanup);
        var operations = new List<string>(page.Operations);
        operations.AddRange(cleaned.Operations);
        var rotation = page.Rotation;
        var turnedOver = false;

        var text = Recognize(fileName, cleaned, page.Number, clock);
        if (text.MeanConfidence < options.OrientationCheckBelowConfidence || text.Words.Count < 5)
        {
            var turn = DetectTurn(cleaned.OrientationImage);
            if (turn == 0 && text.MeanConfidence < options.TryUpsideDownBelowConfidence)
            {
                turn = 180;
            }

            if (turn != 0)
            {
                var turned = PageCleaner.Clean(ImageTransforms.Rotate(image, turn), options.Cleanup);
                var retry = Recognize(fileName, turned, page.Number, clock);
                if (retry.MeanConfidence > text.MeanConfidence)
                {
                    (cleaned, text) = (turned, retry);
                    operations = [.. page.Operations, $"rotate:{turn}", .. turned.Operations];
                    rotation = (rotation + turn) % 360;
                    turnedOver = turn == 180;
                }
            }
        }

        text = FaxHeaderReread.Apply(text, cleaned.Image, engines, turnedOver);
        foreach (var reread in rereads)
        {
            text = reread.Apply(text, cleaned.Image);
        }

        var read = new PageText
        {
            Number = page.Number,
            Width = cleaned.Image.Width,
            Height = cleaned.Image.Height,
            Source = TextSources.Ocr,
            Words = text.Words,
            Lines = text.Lines,
            Rulings = cleaned.Rulings,
            MeanConfidence = text.MeanConfidence,
            Rotation = rotation,
            Operations = [.. operations, .. text.Operations],
        };
        return (read, cleaned.Image);
    }

    private PageText Recognize(string fileName, CleanedPage cleaned, int pageNumber, Stopwatch clock)
    {
        // Single-block segmentation read ruled fax forms best once the lines were removed (97 % vs 81 % of characters).
        var mode = cleaned.Rulings.Count > 0 ? PageSegMode.SingleBlock : PageSegMode.Auto;

        // The time limit is enforced inside Tesseract (its monitor's deadline), not checked after the work is done.
        var limit = options.Decode.Limits.MaxTimePerPage;
        var remaining = limit - clock.Elapsed;
        using var lease = engines.Rent();
        try
        {
            return lease.Engine.Recognize(
                cleaned.Image, new OcrRequest(pageNumber, mode, Deadline: remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1)));
        }
        catch (OcrTimeoutException)
        {
            throw new LimitExceededException(fileName, "seconds per page", (long)clock.Elapsed.TotalSeconds, (long)limit.TotalSeconds, pageNumber);
        }
    }

    private int DetectTurn(GrayImage image)
    {
        using var lease = engines.RentOrientationDetector();
        var result = lease.Detector.Detect(image);
        return result.Detected ? result.Rotation : 0;
    }
}
