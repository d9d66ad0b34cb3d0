using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Pages;
using DocIntake.Imaging.Decoding;
using DocIntake.Ocr;

namespace DocIntake.Pipeline;

/// <summary>
/// From a file's bytes to the contract document, the same way for the command line, the tests and the server:
/// decode -> (per page, in parallel) clean, read -> understand -> check -> judge.
/// Thread-safe: one instance serves a whole process; OCR engines are pooled, one per worker thread.
/// </summary>
public sealed class DocumentPipeline : IDisposable
{
    private readonly PipelineOptions options;
    private readonly OcrEnginePool engines;
    private readonly Lazy<OcrEnginePool> secondLookEngines;
    private readonly Lazy<OcrEnginePool> japaneseEngines;
    private readonly PageReader reader;

    /// <summary>Pages are read with jpn and another language: the Japanese model alone may read again what they mistook.</summary>
    private readonly bool japaneseRereads;

    public DocumentPipeline(PipelineOptions? options = null)
    {
        this.options = options ?? new PipelineOptions();
        engines = new OcrEnginePool(this.options.Ocr);

        // ASCII codes and numbers are re-read with eng alone: fewer look-alike kanji and kana to confuse them with.
        secondLookEngines = new(() => new OcrEnginePool(new OcrOptions
        {
            Languages = "eng",
            TessdataPath = this.options.Ocr.TessdataPath,
            WorkerCount = this.options.Workers,
        }));
        japaneseEngines = new(() => new OcrEnginePool(new OcrOptions
        {
            Languages = "jpn",
            TessdataPath = this.options.Ocr.TessdataPath,
            WorkerCount = this.options.Workers,
        }));
        var languages = this.options.Ocr.Languages.Split('+');
        japaneseRereads = languages.Contains("jpn") && languages.Length > 1;
        List<PageReread> rereads = japaneseRereads
            ? [PageReread.JapaneseLabels(japaneseEngines), PageReread.MergedEnglishWords(secondLookEngines)]
            : [];
        reader = new PageReader(this.options, engines, rereads);
    }

    public ProcessedDocument Process(InputFile input, CancellationToken cancellationToken = default)
    {
        var decoded = DocumentDecoder.Open(input.FileName, input.Bytes, options.Decode);
        var images = new ConcurrentDictionary<int, GrayImage>();
        var pages = ReadPages(input.FileName, decoded, images, cancellationToken);

        var source = input.Source;
        source.FileName ??= input.FileName;
        source.Sha256 = input.Sha256;
        var document = new ExtractedDocument
        {
            Source = source,
            Pages = [.. pages.Select(ToPageInfo)],
        };
        if (options.Extract)
        {
            DocumentExtractor.Extract(document, pages, options.Extraction, new TesseractSecondLook(engines, secondLookEngines, japaneseRereads ? japaneseEngines : null, images));
        }

        return new ProcessedDocument(document, pages, images);
    }

    /// <summary>Starts every OCR engine now (~0.2-0.5 s each) instead of on the first pages.</summary>
    public void WarmUp()
    {
        var leases = Enumerable.Range(0, options.Workers).Select(_ => engines.Rent()).ToList();
        leases.ForEach(lease => lease.Dispose());
    }

    public void Dispose()
    {
        engines.Dispose();
        if (secondLookEngines.IsValueCreated)
        {
            secondLookEngines.Value.Dispose();
        }

        if (japaneseEngines.IsValueCreated)
        {
            japaneseEngines.Value.Dispose();
        }
    }

    private List<PageText> ReadPages(
        string fileName, DecodedDocument decoded, ConcurrentDictionary<int, GrayImage> images, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<PageText>();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, Math.Min(options.Workers, decoded.PageCount)),
            CancellationToken = cancellationToken,
        };

        // Pages are decoded lazily and handed out one at a time, so memory holds at most a few pages per worker.
        try
        {
            Parallel.ForEach(
                Partitioner.Create(decoded.Pages(), EnumerablePartitionerOptions.NoBuffering),
                parallel,
                page =>
                {
                    var (text, image) = reader.Read(fileName, page);
                    results.Add(text);
                    if (image is not null && page.Number <= options.KeepPageImages)
                    {
                        images[page.Number] = image;
                    }
                });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // The first page's own exception (a typed BadInputException, say) is what callers handle.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return [.. results.OrderBy(p => p.Number)];
    }

    private static PageInfo ToPageInfo(PageText page) => new()
    {
        Number = page.Number,
        Width = page.Width,
        Height = page.Height,
        Rotation = page.Rotation,
        TextSource = page.Source,
        MeanConfidence = Math.Round(page.MeanConfidence, 3),
        Operations = [.. page.Operations],
    };
}
