using System.Globalization;
using System.Security.Claims;
using DocIntake.Core.Contract;
using DocIntake.Server.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocIntake.Server.Api;

/// <summary>
/// /api/v1/exports/orders.csv and /quality-records.csv: confirmed documents as CSV. GET reads; POST does the same and
/// marks the documents as exported by the calling consumer (so "exported=false" next time gives only new ones).
/// </summary>
internal static class ExportApi
{
    public static void MapExportApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/exports").WithTags("CSV export")
            .RequireAuthorization(Scopes.Policy(Scopes.Read)).RequireRateLimiting(DeliverySetup.RateLimitPolicy);
        foreach (var (path, type) in new[] { ("orders.csv", DocumentTypes.Order), ("quality-records.csv", DocumentTypes.QualityRecord) })
        {
            api.MapGet("/" + path, (HttpContext http, CsvExporter exporter, CancellationToken ct) => ExportAsync(http, exporter, type, mark: false, ct))
                .WithSummary($"Confirmed {type} documents as CSV");
            api.MapPost("/" + path, (HttpContext http, CsvExporter exporter, CancellationToken ct) => ExportAsync(http, exporter, type, mark: true, ct))
                .WithSummary($"Confirmed {type} documents as CSV, marked as exported by the caller");
        }
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        HttpContext http, CsvExporter exporter, string type, bool mark, CancellationToken cancellationToken)
    {
        CsvExportRequest request;
        try
        {
            request = Parse(http.Request.Query, type, DocumentsApi.ConsumerOf(http.User), mark);
        }
        catch (FormatException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        CsvExportResult result;
        try
        {
            result = await exporter.ExportAsync(request, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        http.Response.Headers["X-DocIntake-Documents"] = result.Documents.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-DocIntake-Rows"] = result.Rows.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-DocIntake-Unmappable"] = result.Unmappable.Count.ToString(CultureInfo.InvariantCulture);
        if (result.Content is null)
        {
            return TypedResults.Problem(
                $"{result.Unmappable.Count} characters cannot be written in Shift_JIS (CP932); fix the documents or ask with unmappable=replace.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "Characters not in CP932",
                extensions: new Dictionary<string, object?> { ["unmappable"] = result.Unmappable });
        }

        var charset = request.Encoding == CsvEncoding.ShiftJis ? "Shift_JIS" : "utf-8";
        var name = $"{(type == DocumentTypes.Order ? "orders" : "quality-records")}-{DateTime.UtcNow:yyyyMMdd'T'HHmmss}.csv";
        return TypedResults.File(result.Content, $"text/csv; charset={charset}", name);
    }

    private static CsvExportRequest Parse(IQueryCollection query, string type, string consumer, bool mark)
    {
        var request = new CsvExportRequest
        {
            DocumentType = type,
            From = Time(query["from"]),
            To = Time(query["to"]),
            NotExportedBy = query["exported"] == "false" ? consumer : null,
            MarkExportedBy = mark ? consumer : null,
            Columns = query["columns"].ToString() is { Length: > 0 } columns ? columns.Split(',') : null,
            Encoding = CsvOptionParsing.Encoding(query["encoding"]),
            Crlf = CsvOptionParsing.Crlf(query["newline"]),
            Header = query["header"] != "false",
            Unmappable = CsvOptionParsing.Unmappable(query["unmappable"]),
        };
        return request;
    }

    private static DateTime? Time(string? text) =>
        string.IsNullOrEmpty(text)
            ? null
            : DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)
                ? t
                : throw new FormatException($"'{text}' is not a date or time (2026-11-20 or 2026-11-20T09:00:00+09:00).");
}
