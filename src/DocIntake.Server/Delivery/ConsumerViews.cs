using System.Globalization;
using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;

namespace DocIntake.Server.Delivery;

/// <summary>
/// The plain views for consumers that want values only: the document's fields by name (no confidences, boxes or review
/// state) and its lines or measurements as rows of values.
/// </summary>
internal static class ConsumerViews
{
    public static readonly string[] OrderFields =
    [
        "orderNumber", "orderDate", "buyerName", "buyerPhone", "buyerFax", "supplierName", "deliveryDate",
        "deliveryLocation", "subtotal", "tax", "total", "currency", "notes",
    ];

    public static readonly string[] OrderLineFields = ["lineNo", "partNumber", "description", "quantity", "unit", "unitPrice", "amount", "deliveryDate"];

    public static readonly string[] QualityFields =
    [
        "reportNumber", "partNumber", "partName", "lotNumber", "quantity", "inspectionDate", "inspector",
        "supplierName", "customerName", "overallResult",
    ];

    public static readonly string[] MeasurementFields = ["item", "unit", "nominal", "lowerLimit", "upperLimit", "values", "result"];

    public static JsonObject Plain(DocumentRecord record, ExtractedDocument document)
    {
        var isOrder = document.DocumentType == DocumentTypes.Order;
        var view = new JsonObject
        {
            ["id"] = record.Id,
            ["documentType"] = document.DocumentType,
            ["status"] = record.Status,
            ["receivedAt"] = Time(record.ReceivedAt),
            ["updatedAt"] = Time(record.UpdatedAt),
            ["version"] = record.Version,
            ["sender"] = record.Sender,
            ["mailbox"] = record.Mailbox,
            ["fileName"] = record.FileName,
        };
        AddValues(view, document.Fields, isOrder ? OrderFields : QualityFields);
        var rows = new JsonArray();
        foreach (var row in isOrder ? document.Lines : document.Measurements)
        {
            var plain = new JsonObject();
            AddValues(plain, row, isOrder ? OrderLineFields : MeasurementFields);
            rows.Add(plain);
        }

        view[isOrder ? "lines" : "measurements"] = rows;
        return view;
    }

    /// <summary>The value of a field as text for CSV: strings as they are, numbers in invariant form, arrays space-separated.</summary>
    public static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonArray array => string.Join(' ', array.Select(Text)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => value.ToJsonString(),
    };

    public static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    // The contract's fields first in its order, then any others the document has (a later schema may add some).
    private static void AddValues(JsonObject target, Dictionary<string, Field> fields, string[] known)
    {
        foreach (var name in known.Concat(fields.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal)))
        {
            target[name] = fields.TryGetValue(name, out var field) ? field.Value?.DeepClone() : null;
        }
    }
}
