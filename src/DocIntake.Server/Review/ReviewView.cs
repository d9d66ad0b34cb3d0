using DocIntake.Core.Contract;
using DocIntake.Server.Storage;
using Microsoft.Extensions.Localization;

namespace DocIntake.Server.Review;

/// <summary>The document page's data: every field with its display value, doubt and reasons in words, page and box.</summary>
internal static class ReviewView
{
    public static object Document(DocumentRecord record, ExtractedDocument document, IEnumerable<PageRecord> pages, ReviewClaim? claim, string user, IStringLocalizer t) => new
    {
        id = record.Id,
        version = record.Version,
        status = record.Status,
        statusReason = record.StatusReason,
        documentType = document.DocumentType,
        claim = claim is null ? null : new { user = claim.UserName, expiresAt = claim.ExpiresAt, mine = claim.UserName == user },
        editable = record.Status == DocumentStatus.NeedsReview && (claim is null || claim.UserName == user),
        pages = pages.OrderBy(p => p.Number).Select(p => new
        {
            number = p.Number,
            width = p.Width,
            height = p.Height,
            image = p.ImageSha256 is null ? null : $"/review/documents/{record.Id}/pages/{p.Number}",
        }),
        form = Form(document, t),
    };

    /// <summary>Fields, line and measurement tables, problems, doubtful paths: also the answer of the live check.</summary>
    public static object Form(ExtractedDocument document, IStringLocalizer t, IReadOnlyDictionary<string, string>? errors = null)
    {
        var header = FieldCatalog.HeaderFields(document.DocumentType).Select(s => s.Name)
            .Concat(document.Fields.Keys.Where(k => FieldCatalog.HeaderFields(document.DocumentType).All(s => s.Name != k)))
            .Where(document.Fields.ContainsKey)
            .Select(name => Cell(name, "fields", name, document.Fields[name], document.DocumentType, t))
            .ToList();
        return new
        {
            fields = header,
            lineColumns = Columns(FieldCatalog.OrderLine, t),
            lines = document.Lines.Select((row, i) => Row(row, $"lines[{i}].", "lines", FieldCatalog.OrderLine, document.DocumentType, t)),
            measurementColumns = Columns(FieldCatalog.MeasurementRow, t),
            measurements = document.Measurements.Select((row, i) => Row(row, $"measurements[{i}].", "measurements", FieldCatalog.MeasurementRow, document.DocumentType, t)),
            problems = document.Problems.Select(p => new { code = p.Code, text = ReasonText.Describe(p.Code, t), message = p.Message, fields = p.Fields }),
            doubtful = DocumentFields.All(document).Where(f => f.Field.NeedsReview).Select(f => f.Path),
            errors = errors?.ToDictionary(e => e.Key, e => (string)t["Not a valid value"]) ?? [],
        };
    }

    private static object Columns(IReadOnlyList<FieldCatalog.Spec> specs, IStringLocalizer t) =>
        specs.Select(s => new { name = s.Name, label = (string)t[s.Label] });

    private static object Row(Dictionary<string, Field> row, string prefix, string section, IReadOnlyList<FieldCatalog.Spec> columns, string type, IStringLocalizer t) =>
        columns.Select(c => row.TryGetValue(c.Name, out var f) ? Cell(prefix + c.Name, section, c.Name, f, type, t) : Cell(prefix + c.Name, section, c.Name, new Field(), type, t));

    private static object Cell(string path, string section, string name, Field f, string type, IStringLocalizer t) => new
    {
        path,
        name,
        label = (string)t[FieldCatalog.SpecOf(section, name, type).Label],
        display = FieldValues.Display(f.Value),
        text = f.Text,
        confidence = Math.Round(f.Confidence, 2),
        doubtful = f.NeedsReview,
        reasons = f.Reasons.Select(r => ReasonText.Describe(r, t)),
        page = f.Page,
        box = f.Box,
        reviewed = f.Reviewed,
    };
}
