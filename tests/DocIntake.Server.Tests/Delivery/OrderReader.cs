using DocIntake.Core.Contract;
using DocIntake.Core.Pages;
using DocIntake.Pipeline;
using DocIntake.Server.Processing;

namespace DocIntake.Server.Tests.Delivery;

/// <summary>Stands in for OCR: files named "ok*" read as a clean order (confirmed at once), others as one needing review.</summary>
internal sealed class OrderReader : IDocumentReader
{
    public ProcessedDocument Read(InputFile input, CancellationToken cancellationToken)
    {
        var document = DeliveryData.Order("PO-" + input.Sha256[..6], "株式会社テスト", "", ("A-1", "ボルト", 10, 25m));
        document.Source = input.Source;
        document.Source.Sha256 = input.Sha256;
        if (!input.FileName.StartsWith("ok", StringComparison.Ordinal))
        {
            document.Fields["orderNumber"].NeedsReview = true;
            document.Fields["orderNumber"].Reasons = [ReviewReasons.LowOcrConfidence];
        }

        var page = new PageText { Number = 1, Width = 100, Height = 50, Source = TextSources.Ocr, MeanConfidence = 0.9 };
        document.Pages = [new PageInfo { Number = 1, Width = 100, Height = 50, MeanConfidence = 0.9 }];
        return new ProcessedDocument(document, [page], new Dictionary<int, GrayImage>());
    }

    public object Describe() => new { status = "ok", engine = "order-fake" };
}
