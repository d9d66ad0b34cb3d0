using DocIntake.Core.Contract;

namespace DocIntake.Server.Review;

/// <summary>How a field's typed text becomes a contract value.</summary>
internal enum FieldKind
{
    Text,
    Company,
    Date,
    Money,
    Quantity,
    Integer,
    Number,
    Numbers,
    Phone,
    Result,
    Currency,
}

/// <summary>The contract's fields per document type (extracted-document.md), with their English labels (resource keys).</summary>
internal static class FieldCatalog
{
    public sealed record Spec(string Name, FieldKind Kind, bool Required, string Label);

    public static IReadOnlyList<Spec> OrderFields { get; } =
    [
        new("orderNumber", FieldKind.Text, true, "Order number"),
        new("orderDate", FieldKind.Date, true, "Order date"),
        new("buyerName", FieldKind.Company, true, "Buyer"),
        new("buyerPhone", FieldKind.Phone, false, "Buyer TEL"),
        new("buyerFax", FieldKind.Phone, false, "Buyer FAX"),
        new("supplierName", FieldKind.Company, true, "Supplier"),
        new("deliveryDate", FieldKind.Date, true, "Delivery date"),
        new("deliveryLocation", FieldKind.Text, false, "Delivery location"),
        new("subtotal", FieldKind.Money, false, "Subtotal"),
        new("tax", FieldKind.Money, false, "Tax"),
        new("total", FieldKind.Money, true, "Total"),
        new("currency", FieldKind.Currency, true, "Currency"),
        new("notes", FieldKind.Text, false, "Notes"),
    ];

    public static IReadOnlyList<Spec> OrderLine { get; } =
    [
        new("lineNo", FieldKind.Integer, false, "No."),
        new("partNumber", FieldKind.Text, false, "Part number"),
        new("description", FieldKind.Text, false, "Description"),
        new("quantity", FieldKind.Quantity, false, "Quantity"),
        new("unit", FieldKind.Text, false, "Unit"),
        new("unitPrice", FieldKind.Money, false, "Unit price"),
        new("amount", FieldKind.Money, false, "Amount"),
        new("deliveryDate", FieldKind.Date, false, "Delivery date"),
    ];

    public static IReadOnlyList<Spec> QualityFields { get; } =
    [
        new("reportNumber", FieldKind.Text, false, "Report number"),
        new("partNumber", FieldKind.Text, true, "Part number"),
        new("partName", FieldKind.Text, true, "Part name"),
        new("lotNumber", FieldKind.Text, true, "Lot number"),
        new("quantity", FieldKind.Quantity, false, "Quantity"),
        new("inspectionDate", FieldKind.Date, true, "Inspection date"),
        new("inspector", FieldKind.Text, false, "Inspector"),
        new("supplierName", FieldKind.Company, true, "Supplier"),
        new("customerName", FieldKind.Company, false, "Customer"),
        new("overallResult", FieldKind.Result, true, "Overall result"),
    ];

    public static IReadOnlyList<Spec> MeasurementRow { get; } =
    [
        new("item", FieldKind.Text, false, "Item"),
        new("unit", FieldKind.Text, false, "Unit"),
        new("nominal", FieldKind.Number, false, "Nominal"),
        new("lowerLimit", FieldKind.Number, false, "Lower limit"),
        new("upperLimit", FieldKind.Number, false, "Upper limit"),
        new("values", FieldKind.Numbers, false, "Values"),
        new("result", FieldKind.Result, false, "Result"),
    ];

    public static IReadOnlyList<string> Types { get; } = [DocumentTypes.Order, DocumentTypes.QualityRecord, DocumentTypes.Unknown];

    public static IReadOnlyList<Spec> HeaderFields(string documentType) => documentType switch
    {
        DocumentTypes.Order => OrderFields,
        DocumentTypes.QualityRecord => QualityFields,
        _ => [],
    };

    /// <summary>The spec of a field path's last part in its section ("fields", "lines", "measurements").</summary>
    public static Spec SpecOf(string section, string name, string documentType)
    {
        var list = section switch
        {
            "lines" => OrderLine,
            "measurements" => MeasurementRow,
            _ => HeaderFields(documentType),
        };
        return list.FirstOrDefault(s => s.Name == name)
            ?? OrderFields.Concat(QualityFields).FirstOrDefault(s => s.Name == name)
            ?? new Spec(name, FieldKind.Text, false, name);
    }
}
