using DocIntake.Core.Contract;
using DocIntake.Server.Storage;

namespace DocIntake.Server.Delivery;

/// <summary>
/// The columns a CSV export can have: document columns (documentId, receivedAt, sender…), the header fields by name
/// (orderNumber…) and the row fields with a prefix (line.partNumber, measurement.values).
/// </summary>
internal sealed record CsvColumn(string Name, string Label, Func<DocumentRecord, ExtractedDocument, Dictionary<string, Field>?, string> Value)
{
    public static readonly string[] DocumentColumns = ["documentId", "receivedAt", "updatedAt", "sender", "mailbox", "fileName", "version"];

    public static string RowPrefix(string documentType) => documentType == DocumentTypes.Order ? "line." : "measurement.";

    public static IReadOnlyList<string> Available(string documentType)
    {
        var order = documentType == DocumentTypes.Order;
        return
        [
            .. DocumentColumns,
            .. order ? ConsumerViews.OrderFields : ConsumerViews.QualityFields,
            .. (order ? ConsumerViews.OrderLineFields : ConsumerViews.MeasurementFields).Select(f => RowPrefix(documentType) + f),
        ];
    }

    public static IReadOnlyList<string> Defaults(string documentType) =>
        ["documentId", "receivedAt", "sender", .. Available(documentType).Where(c => !DocumentColumns.Contains(c))];

    /// <summary>Parses "name" or "name=Label"; throws ArgumentException naming the unknown columns.</summary>
    public static List<CsvColumn> Parse(string documentType, IReadOnlyList<string>? requested)
    {
        var available = Available(documentType);
        var columns = new List<CsvColumn>();
        var unknown = new List<string>();
        foreach (var spec in requested is { Count: > 0 } ? requested : Defaults(documentType))
        {
            var split = spec.IndexOf('=', StringComparison.Ordinal);
            var name = (split < 0 ? spec : spec[..split]).Trim();
            var label = split < 0 ? name : spec[(split + 1)..].Trim();
            if (!available.Contains(name))
            {
                unknown.Add(name);
                continue;
            }

            columns.Add(new CsvColumn(name, label, Getter(documentType, name)));
        }

        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown column(s) {string.Join(", ", unknown)}; available for {documentType}: {string.Join(", ", available)}.");
        }

        return columns;
    }

    private static Func<DocumentRecord, ExtractedDocument, Dictionary<string, Field>?, string> Getter(string documentType, string name)
    {
        var prefix = RowPrefix(documentType);
        if (name.StartsWith(prefix, StringComparison.Ordinal))
        {
            var field = name[prefix.Length..];
            return (_, _, row) => row is not null && row.TryGetValue(field, out var f) ? ConsumerViews.Text(f.Value) : "";
        }

        return name switch
        {
            "documentId" => (r, _, _) => r.Id,
            "receivedAt" => (r, _, _) => ConsumerViews.Time(r.ReceivedAt),
            "updatedAt" => (r, _, _) => ConsumerViews.Time(r.UpdatedAt),
            "sender" => (r, _, _) => r.Sender ?? "",
            "mailbox" => (r, _, _) => r.Mailbox ?? "",
            "fileName" => (r, _, _) => r.FileName,
            "version" => (r, _, _) => r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => (_, d, _) => d.Fields.TryGetValue(name, out var f) ? ConsumerViews.Text(f.Value) : "",
        };
    }
}
