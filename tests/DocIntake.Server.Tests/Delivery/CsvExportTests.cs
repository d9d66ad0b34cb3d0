using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using DocIntake.Core.Contract;
using DocIntake.Server.Delivery;
using DocIntake.Server.Tests.Support;

namespace DocIntake.Server.Tests.Delivery;

public class CsvExportTests
{
    private const string Columns =
        "documentId,orderNumber=注文番号,buyerName,notes,total,line.lineNo,line.partNumber,line.description=品名,line.quantity,line.unitPrice";

    static CsvExportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("shift_jis")]
    public async Task Export_RoundTripsEveryField_WhenReadBackInItsEncoding(string encoding)
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var (documents, ids) = await SeedOrdersAsync(server);

        using var response = await server.Http.GetAsync(new Uri($"/api/v1/exports/orders.csv?encoding={encoding}&columns={Uri.EscapeDataString(Columns)}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        Assert.Equal(encoding == "utf-8-bom", bom);
        var text = encoding == "shift_jis"
            ? Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes)
            : new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        if (encoding == "shift_jis")
        {
            Assert.Equal("text/csv; charset=Shift_JIS", response.Content.Headers.ContentType?.ToString());
            Assert.Contains((byte)0x83, bytes); // Shift_JIS lead byte of katakana: not UTF-8 written under another name
        }

        var (header, rows) = Read(text);
        Assert.Equal(["documentId", "注文番号", "buyerName", "notes", "total", "line.lineNo", "line.partNumber", "品名", "line.quantity", "line.unitPrice"], header);
        Assert.Equal(Expected(documents, ids), rows);
    }

    [Fact]
    public async Task Export_WritesOneRowPerMeasurement_WhenQualityRecords()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var id = await DeliveryData.ConfirmAsync(server, DeliveryData.QualityRecord("L-0042", ("外径", 9.95m, 10.05m, [10.01m, 10.02m, 9.99m]), ("長さ", 49.9m, 50.1m, [50.0m])));

        var text = await server.Http.GetStringAsync(new Uri("/api/v1/exports/quality-records.csv?columns=documentId,lotNumber,measurement.item,measurement.lowerLimit,measurement.values", UriKind.Relative));

        var (_, rows) = Read(text);
        Assert.Equal(
            [[id, "L-0042", "外径", "9.95", "10.01 10.02 9.99"], [id, "L-0042", "長さ", "49.9", "50.0"]],
            rows);
    }

    [Fact]
    public async Task Export_ReportsUnmappableCharacters_WhenShiftJisCannotHoldThem()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var id = await DeliveryData.ConfirmAsync(server, DeliveryData.Order("PO-7", "𠮷野家", "寸法 −0.5 📦", ("A-1", "ボルト", 1, 10m)));

        using var refused = await server.Http.GetAsync(new Uri("/api/v1/exports/orders.csv?encoding=shift_jis", UriKind.Relative));
        using var replaced = await server.Http.GetAsync(new Uri("/api/v1/exports/orders.csv?encoding=shift_jis&unmappable=replace", UriKind.Relative));
        var utf8 = await server.Http.GetStringAsync(new Uri("/api/v1/exports/orders.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        var report = problem!["unmappable"]!.AsArray().Select(u => ((string)u!["codePoint"]!, (string)u["column"]!, (string)u["documentId"]!, (int)u["row"]!)).ToList();
        Assert.Equal([("U+20BB7", "buyerName", id, 2), ("U+2212", "notes", id, 2), ("U+1F4E6", "notes", id, 2)], report);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("3", replaced.Headers.GetValues("X-DocIntake-Unmappable").Single());
        var (_, rows) = Read(CsvExporter.Cp932().GetString(await replaced.Content.ReadAsByteArrayAsync()));
        Assert.Contains("?野家", rows[0]);
        Assert.Contains("𠮷野家", utf8, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UsesLfOrCrlf_WhenAsked()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        await SeedOrdersAsync(server);

        var crlf = await server.Http.GetStringAsync(new Uri("/api/v1/exports/orders.csv", UriKind.Relative));
        var lf = await server.Http.GetStringAsync(new Uri("/api/v1/exports/orders.csv?newline=lf", UriKind.Relative));

        Assert.DoesNotContain('\r', lf);
        Assert.Equal(4, crlf.Split("\r\n").Length - 1); // header + 3 rows; the line break inside a note stays LF
        Assert.Equal(Read(crlf).Rows, Read(lf).Rows);
    }

    [Fact]
    public async Task Export_SkipsTakenDocuments_WhenPostedWithExportedFalse()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        var (_, ids) = await SeedOrdersAsync(server);

        using var first = await server.Http.PostAsync(new Uri("/api/v1/exports/orders.csv?exported=false", UriKind.Relative), null);
        using var second = await server.Http.PostAsync(new Uri("/api/v1/exports/orders.csv?exported=false", UriKind.Relative), null);
        var later = await DeliveryData.ConfirmAsync(server, DeliveryData.Order("PO-3", "C社", "", ("Z", "z", 1, 1m)));
        using var third = await server.Http.PostAsync(new Uri("/api/v1/exports/orders.csv?exported=false", UriKind.Relative), null);
        var document = await server.GetDocumentAsync(ids[0]);

        Assert.Equal("2", first.Headers.GetValues("X-DocIntake-Documents").Single());
        Assert.Equal("0", second.Headers.GetValues("X-DocIntake-Documents").Single());
        Assert.Equal([later], Read(await third.Content.ReadAsStringAsync()).Rows.Select(r => r[0]).Distinct());
        Assert.Equal("tests", (string?)document["exports"]![0]!["consumer"]);
    }

    [Fact]
    public async Task ExportCsvCommand_WritesSameBytesAsApi_WhenRunAgainstDataFolder()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        await SeedOrdersAsync(server);
        var file = Path.Combine(server.DataPath, "orders.csv");
        using var messages = new StringWriter();

        var code = await DeliveryCommands.ExportCsvAsync(
            ["--data", server.DataPath],
            new CsvExportRequest { Encoding = CsvEncoding.ShiftJis, Columns = Columns.Split(',') },
            file,
            messages);
        var api = await server.Http.GetByteArrayAsync(new Uri($"/api/v1/exports/orders.csv?encoding=shift_jis&columns={Uri.EscapeDataString(Columns)}", UriKind.Relative));

        Assert.Equal(DeliveryCommands.Ok, code);
        Assert.Equal(api, await File.ReadAllBytesAsync(file));
        Assert.Contains("2 documents, 3 rows", messages.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsvCommand_Refuses_WhenCharactersAreNotInCp932()
    {
        await using var server = await TestServer.StartAsync(reader: new FakeReader());
        await DeliveryData.ConfirmAsync(server, DeliveryData.Order("PO-8", "𠮷田商店", "", ("A-1", "ボルト", 1, 10m)));
        var file = Path.Combine(server.DataPath, "refused.csv");
        using var messages = new StringWriter();

        var code = await DeliveryCommands.ExportCsvAsync(["--data", server.DataPath], new CsvExportRequest { Encoding = CsvEncoding.ShiftJis }, file, messages);

        Assert.Equal(DeliveryCommands.Refused, code);
        Assert.False(File.Exists(file));
        Assert.Contains("U+20BB7", messages.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(List<ExtractedDocument> Documents, List<string> Ids)> SeedOrdersAsync(TestServer server)
    {
        List<ExtractedDocument> documents =
        [
            DeliveryData.Order("PO-1", "株式会社テスト", "至急, \"特急\" 対応\n2行目", ("AB-100", "六角ボルト M8×20", 100, 12.5m), ("AB-200", "ワッシャー,平", 200, 3m)),
            DeliveryData.Order("PO-2", "(株)髙橋工業", "=SUM(A1)", ("ｶﾅ-1", "ナット", 5, 40m)),
        ];
        List<string> ids = [];
        foreach (var document in documents)
        {
            ids.Add(await DeliveryData.ConfirmAsync(server, document));
            await Task.Delay(5); // distinct receivedAt: the export is in arrival order
        }

        return (documents, ids);
    }

    private static List<string[]> Expected(List<ExtractedDocument> documents, List<string> ids)
    {
        var rows = new List<string[]>();
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            foreach (var line in d.Lines)
            {
                rows.Add([ids[i], Text(d.Fields["orderNumber"]), Text(d.Fields["buyerName"]), Text(d.Fields["notes"]), Text(d.Fields["total"]),
                    Text(line["lineNo"]), Text(line["partNumber"]), Text(line["description"]), Text(line["quantity"]), Text(line["unitPrice"])]);
            }
        }

        return rows;
    }

    private static string Text(Field field) => field.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : field.Value?.ToJsonString() ?? "";

    private static (string[] Header, List<string[]> Rows) Read(string text)
    {
        using var reader = CsvReader.Create(new StringReader(text), null, leaveOpen: false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return ([.. reader.Headers], rows);
    }
}
