using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DocIntake.Server.Tests.Review;

/// <summary>Documents for review tests: a 5-line order with three doubtful fields, stored as the processing job would.</summary>
internal static class ReviewSeed
{
    public const string SenderFax = "0566-12-3456";

    /// <summary>
    /// Doubtful: orderNumber (low confidence), lines[2].amount (read "l2,OOO", unparsable; truly 12000) and
    /// lines[4].partNumber (read "AB-1O5", not in master data; truly AB-105). Everything else adds up.
    /// </summary>
    public static ExtractedDocument Order(string orderNumber = "PO-24-0112", string senderFax = SenderFax)
    {
        var document = new ExtractedDocument
        {
            DocumentType = DocumentTypes.Order,
            Source = new SourceInfo { FileName = "fax.tif", Channel = "imap", SenderFax = senderFax, Subject = "FAX受信 " + senderFax },
            Pages = [new PageInfo { Number = 1, Width = 1728, Height = 2292, MeanConfidence = 0.9 }],
        };
        var y = 200;
        Field F(JsonNode? value, string? text = null, double confidence = 0.97)
        {
            y += 40;
            return new Field { Value = value, Text = text ?? value?.ToString(), Confidence = confidence, Page = 1, Box = [900, y, 300, 34] };
        }

        document.Fields["orderNumber"] = F(orderNumber, confidence: 0.55);
        document.Fields["orderNumber"].NeedsReview = true;
        document.Fields["orderNumber"].Reasons.Add(ReviewReasons.LowOcrConfidence);
        document.Fields["orderDate"] = F("2026-11-20", "令和8年11月20日");
        document.Fields["buyerName"] = F("株式会社山田製作所");
        document.Fields["buyerPhone"] = F("0566-12-3400");
        document.Fields["buyerFax"] = F(senderFax);
        document.Fields["supplierName"] = F("三河精密株式会社", "三河精密株式会社 御中");
        document.Fields["deliveryDate"] = F("2026-12-01", "2026年12月1日");
        document.Fields["deliveryLocation"] = F("本社工場");
        document.Fields["subtotal"] = F(46500, "46,500");
        document.Fields["tax"] = F(4650, "4,650");
        document.Fields["total"] = F(51150, "¥51,150-");
        document.Fields["currency"] = F("JPY");
        document.Fields["notes"] = F(null);

        (string Part, string Name, int Qty, string Unit, int Price)[] rows =
            [("AB-101", "ブラケット", 10, "個", 1200), ("AB-102", "シャフト", 20, "本", 850), ("AB-103", "カラー", 10, "個", 1200), ("AB-104", "ピン", 50, "本", 60), ("AB-105", "ナット", 100, "個", 25)];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            y = 900 + (i * 60);
            Field C(JsonNode? value, int x, string? text = null) => new()
            {
                Value = value, Text = text ?? value?.ToString(), Confidence = 0.96, Page = 1, Box = [x, y, 150, 34],
            };
            document.Lines.Add(new Dictionary<string, Field>
            {
                ["lineNo"] = C(i + 1, 100),
                ["partNumber"] = C(r.Part, 200),
                ["description"] = C(r.Name, 400),
                ["quantity"] = C(r.Qty, 700),
                ["unit"] = C(r.Unit, 850),
                ["unitPrice"] = C(r.Price, 1000),
                ["amount"] = C(r.Qty * r.Price, 1200),
                ["deliveryDate"] = new Field { Value = null },
            });
        }

        var amount = document.Lines[2]["amount"];
        amount.Value = null;
        amount.Text = "l2,OOO";
        amount.Confidence = 0.3;
        amount.NeedsReview = true;
        amount.Reasons.Add(ReviewReasons.Unparsable);
        var part = document.Lines[4]["partNumber"];
        part.Value = "AB-1O5";
        part.Text = "AB-1O5";
        part.Confidence = 0.6;
        part.NeedsReview = true;
        part.Reasons.Add(ReviewReasons.NotInMasterData);
        return document;
    }

    /// <summary>Stores <paramref name="document"/> as a processed document needing review; returns its id.</summary>
    public static async Task<string> InsertAsync(TestServer server, ExtractedDocument document, DateTime? receivedAt = null, string status = DocumentStatus.NeedsReview)
    {
        var id = Guid.CreateVersion7().ToString("N");
        document.Id = id;
        document.Status = status;
        var now = receivedAt ?? DateTime.UtcNow;
        await server.WithDbAsync(async db =>
        {
            db.Documents.Add(new DocumentRecord
            {
                Id = id,
                Status = status,
                DocumentType = document.DocumentType,
                Channel = document.Source.Channel,
                Sender = document.Source.SenderFax,
                FileName = document.Source.FileName ?? "fax.tif",
                Sha256 = new string('a', 64),
                ReceivedAt = now,
                UpdatedAt = now,
                Version = 3,
                ContractJson = ContractJson.Serialize(document),
            });
            db.AuditEvents.Add(new AuditEvent { DocumentId = id, At = now, Actor = "system:intake", Action = "received", ToStatus = status });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    public static async Task<T> WithServiceAsync<T, TService>(TestServer server, Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
