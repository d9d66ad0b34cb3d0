using System.Globalization;
using System.Text;
using CsvHelper;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Delivery;

/// <summary>
/// Confirmed documents as CSV (CsvHelper does the quoting): orders one row per line item with the header fields
/// repeated, quality records one row per measurement. For Shift_JIS every cell is checked against CP932 first, so a
/// character it cannot hold is reported with its document, row and column instead of silently becoming "?".
/// </summary>
internal sealed class CsvExporter(IntakeDbContext db, TimeProvider clock)
{
    static CsvExporter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task<CsvExportResult> ExportAsync(CsvExportRequest request, CancellationToken cancellationToken)
    {
        if (request.DocumentType is not (DocumentTypes.Order or DocumentTypes.QualityRecord))
        {
            throw new ArgumentException($"documentType must be \"{DocumentTypes.Order}\" or \"{DocumentTypes.QualityRecord}\".");
        }

        var columns = CsvColumn.Parse(request.DocumentType, request.Columns);
        var documents = await SelectAsync(request, cancellationToken);
        var rows = new List<string[]>();
        var rowDocuments = new List<string>();
        foreach (var record in documents)
        {
            var document = ContractJson.Deserialize(record.ContractJson!);
            var items = request.DocumentType == DocumentTypes.Order ? document.Lines : document.Measurements;
            IEnumerable<Dictionary<string, Field>?> itemsOrNone = items.Count > 0 ? items : new Dictionary<string, Field>?[] { null };
            foreach (var item in itemsOrNone)
            {
                rows.Add([.. columns.Select(c => c.Value(record, document, item))]);
                rowDocuments.Add(record.Id);
            }
        }

        var unmappable = new List<UnmappableCharacter>();
        if (request.Encoding == CsvEncoding.ShiftJis)
        {
            CheckCp932(rows, rowDocuments, columns, request.Header, unmappable);
            if (unmappable.Count > 0 && request.Unmappable == UnmappablePolicy.Fail)
            {
                return new CsvExportResult { Documents = documents.Count, Rows = rows.Count, Unmappable = unmappable };
            }
        }

        var content = Write(columns, rows, request);
        var ids = documents.Select(d => d.Id).ToList();
        if (request.MarkExportedBy is { } consumer && ids.Count > 0)
        {
            await ExportMarks.MarkAsync(db, ids, consumer, "csv", clock, cancellationToken);
        }

        return new CsvExportResult { Content = content, Documents = documents.Count, Rows = rows.Count, DocumentIds = ids, Unmappable = unmappable };
    }

    /// <summary>The encoding a request writes with (strict: unmappable characters throw).</summary>
    public static Encoding EncodingOf(CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        CsvEncoding.Utf8Bom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
        _ => Cp932(),
    };

    internal static Encoding Cp932()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private async Task<List<DocumentRecord>> SelectAsync(CsvExportRequest request, CancellationToken cancellationToken)
    {
        var query = db.Documents.AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Confirmed && d.DocumentType == request.DocumentType && d.ContractJson != null);
        if (request.From is { } from)
        {
            query = query.Where(d => d.ReceivedAt >= from);
        }

        if (request.To is { } to)
        {
            query = query.Where(d => d.ReceivedAt < to);
        }

        if (request.NotExportedBy is { } consumer)
        {
            var exports = db.Set<DocumentExport>();
            query = query.Where(d => !exports.Any(x => x.DocumentId == d.Id && x.Consumer == consumer));
        }

        return await query.OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
    }

    private static void CheckCp932(
        List<string[]> rows, List<string> rowDocuments, List<CsvColumn> columns, bool header, List<UnmappableCharacter> found)
    {
        var cp932 = Cp932();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (Replace(cp932, rows[r][c], out var replaced, out var bad))
                {
                    rows[r][c] = replaced;
                    // Row numbers as a spreadsheet shows them: the header is row 1.
                    found.AddRange(bad.Select(rune => new UnmappableCharacter(
                        rowDocuments[r], r + (header ? 2 : 1), columns[c].Label, rune.ToString(), $"U+{rune.Value:X4}")));
                }
            }
        }

        foreach (var column in columns.Where(c => Replace(cp932, c.Label, out _, out _)))
        {
            found.Add(new UnmappableCharacter("", 1, column.Label, column.Label, "header"));
        }
    }

    private static bool Replace(Encoding cp932, string text, out string replaced, out List<Rune> bad)
    {
        bad = [];
        try
        {
            cp932.GetByteCount(text);
            replaced = text;
            return false;
        }
        catch (EncoderFallbackException)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                try
                {
                    cp932.GetByteCount(rune.ToString());
                    builder.Append(rune.ToString());
                }
                catch (EncoderFallbackException)
                {
                    bad.Add(rune);
                    builder.Append('?');
                }
            }

            replaced = builder.ToString();
            return true;
        }
    }

    private static byte[] Write(List<CsvColumn> columns, List<string[]> rows, CsvExportRequest request)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, EncodingOf(request.Encoding), bufferSize: 65536, leaveOpen: true))
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = request.Crlf ? "\r\n" : "\n" }, leaveOpen: true))
        {
            if (request.Header)
            {
                WriteRecord(csv, [.. columns.Select(c => c.Label)]);
            }

            foreach (var row in rows)
            {
                WriteRecord(csv, row);
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }

    private static void WriteRecord(CsvWriter csv, string[] cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell);
        }

        csv.EndRecord();
    }

    internal static string Describe(CsvExportResult result) => string.Create(
        CultureInfo.InvariantCulture, $"{result.Documents} documents, {result.Rows} rows, {result.Unmappable.Count} unmappable characters");
}
