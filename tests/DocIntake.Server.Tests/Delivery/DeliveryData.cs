using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;
using DocIntake.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DocIntake.Server.Tests.Delivery;

/// <summary>Orders and quality records as the pipeline would produce them, and a way to put them into the store confirmed.</summary>
internal static class DeliveryData
{
    public static ExtractedDocument Order(string number, string buyer, string notes, params (string Part, string Description, int Quantity, decimal Price)[] lines)
    {
        var document = new ExtractedDocument { DocumentType = DocumentTypes.Order, Source = new SourceInfo { Channel = "upload", FileName = number + ".tif" } };
        document.Fields["orderNumber"] = Value(number);
        document.Fields["orderDate"] = Value("2026-11-20");
        document.Fields["buyerName"] = Value(buyer);
        document.Fields["buyerFax"] = Value("0566-12-3456");
        document.Fields["supplierName"] = Value("株式会社山田製作所");
        document.Fields["deliveryDate"] = Value("2026-12-01");
        document.Fields["total"] = Value(lines.Sum(l => l.Quantity * l.Price));
        document.Fields["currency"] = Value("JPY");
        document.Fields["notes"] = Value(notes);
        var n = 1;
        foreach (var (part, description, quantity, price) in lines)
        {
            document.Lines.Add(new Dictionary<string, Field>
            {
                ["lineNo"] = Value(n++),
                ["partNumber"] = Value(part),
                ["description"] = Value(description),
                ["quantity"] = Value(quantity),
                ["unit"] = Value("個"),
                ["unitPrice"] = Value(price),
                ["amount"] = Value(quantity * price),
                ["deliveryDate"] = new Field { Value = null },
            });
        }

        return document;
    }

    public static ExtractedDocument QualityRecord(string lot, params (string Item, decimal Lower, decimal Upper, decimal[] Values)[] rows)
    {
        var document = new ExtractedDocument { DocumentType = DocumentTypes.QualityRecord };
        document.Fields["partNumber"] = Value("SH-100");
        document.Fields["partName"] = Value("シャフト");
        document.Fields["lotNumber"] = Value(lot);
        document.Fields["inspectionDate"] = Value("2026-11-18");
        document.Fields["supplierName"] = Value("東海精工株式会社");
        document.Fields["overallResult"] = Value("pass");
        foreach (var (item, lower, upper, values) in rows)
        {
            document.Measurements.Add(new Dictionary<string, Field>
            {
                ["item"] = Value(item),
                ["unit"] = Value("mm"),
                ["nominal"] = new Field { Value = null },
                ["lowerLimit"] = Value(lower),
                ["upperLimit"] = Value(upper),
                ["values"] = new Field { Value = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]), Confidence = 0.95 },
                ["result"] = Value("pass"),
            });
        }

        return document;
    }

    /// <summary>Stores a read document waiting for review, then confirms it through DocumentStore as a reviewer would.</summary>
    public static async Task<string> ConfirmAsync(TestServer server, ExtractedDocument contract, string? sender = null, DateTime? receivedAt = null)
    {
        var id = Guid.CreateVersion7().ToString("N");
        await using var scope = server.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DocumentStore>();
        var now = receivedAt ?? DateTime.UtcNow;
        contract.Id = id;
        var record = new DocumentRecord
        {
            Id = id,
            Status = DocumentStatus.NeedsReview,
            DocumentType = contract.DocumentType,
            Channel = "upload",
            Sender = sender,
            FileName = contract.Source.FileName ?? "scan.tif",
            Sha256 = new string('0', 56) + id[..8],
            ReceivedAt = now,
            UpdatedAt = now,
            ContractJson = ContractJson.Serialize(contract),
        };
        store.Db.Documents.Add(record);
        store.Db.AuditEvents.Add(new AuditEvent { DocumentId = id, At = now, Actor = "test", Action = "received", ToStatus = DocumentStatus.NeedsReview });
        await store.Db.SaveChangesAsync();
        Assert.True(await store.TryMoveAsync(record, DocumentStatus.Confirmed, "test:reviewer", "reviewed", CancellationToken.None));
        return id;
    }

    private static Field Value(string text) => new() { Value = JsonValue.Create(text), Text = text, Confidence = 0.97 };

    private static Field Value(decimal number) => new() { Value = JsonValue.Create(number), Text = number.ToString(System.Globalization.CultureInfo.InvariantCulture), Confidence = 0.97 };
}
