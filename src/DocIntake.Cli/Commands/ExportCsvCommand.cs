using System.CommandLine;
using System.Globalization;
using DocIntake.Server.Delivery;

namespace DocIntake.Cli.Commands;

/// <summary>`export-csv`: confirmed orders (a row per line item) or quality records (a row per measurement) as CSV.</summary>
internal static class ExportCsvCommand
{
    public static Command Create()
    {
        var data = StoreOptions.Data();
        var config = StoreOptions.Config();
        var type = new Option<string>("--type") { Description = "order or quality_record.", DefaultValueFactory = _ => "order" };
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output)." };
        var encoding = new Option<string?>("--encoding") { Description = "utf-8 (default), utf-8-bom or shift_jis (CP932)." };
        var newline = new Option<string?>("--newline") { Description = "crlf (default) or lf." };
        var columns = new Option<string?>("--columns") { Description = "Comma-separated columns, each name or name=Header (docs/api.md)." };
        var from = new Option<string?>("--from") { Description = "Received on or after this date (YYYY-MM-DD, UTC)." };
        var to = new Option<string?>("--to") { Description = "Received before this date (YYYY-MM-DD, UTC)." };
        var notExportedBy = new Option<string?>("--not-exported-by") { Description = "Only documents this consumer has not taken yet." };
        var markExportedBy = new Option<string?>("--mark-exported-by") { Description = "Mark the exported documents as taken by this consumer." };
        var unmappable = new Option<string?>("--unmappable") { Description = "fail (default: report and write nothing) or replace (write '?')." };
        var command = new Command("export-csv", "Export confirmed documents as CSV.")
        {
            type, output, encoding, newline, columns, from, to, notExportedBy, markExportedBy, unmappable, data, config,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            CsvExportRequest request;
            try
            {
                request = new CsvExportRequest
                {
                    DocumentType = result.GetValue(type)!,
                    From = Date(result.GetValue(from)),
                    To = Date(result.GetValue(to)),
                    NotExportedBy = result.GetValue(notExportedBy),
                    MarkExportedBy = result.GetValue(markExportedBy),
                    Columns = result.GetValue(columns)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    Encoding = CsvOptionParsing.Encoding(result.GetValue(encoding)),
                    Crlf = CsvOptionParsing.Crlf(result.GetValue(newline)),
                    Unmappable = CsvOptionParsing.Unmappable(result.GetValue(unmappable)),
                };
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.BadInput;
            }

            return await DeliveryCommands.ExportCsvAsync(
                StoreOptions.ServerArgs(result, data, config), request, result.GetValue(output), Console.Error, ct);
        });
        return command;
    }

    private static DateTime? Date(string? text) => text is null
        ? null
        : DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
