using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Masters;

/// <summary>A customer (a company that sends orders).</summary>
public sealed record Customer(string Name, string Kana, string? Tel, string? Fax);

/// <summary>A part we make or buy.</summary>
public sealed record Part(string PartNumber, string Name, string? Unit, decimal? UnitPrice);

/// <summary>The customers and parts extracted values are checked against.</summary>
public sealed class MasterData
{
    public MasterData(IEnumerable<Customer> customers, IEnumerable<Part> parts)
    {
        Customers = [.. customers];
        Parts = [.. parts];
    }

    public IReadOnlyList<Customer> Customers { get; }

    public IReadOnlyList<Part> Parts { get; }

    /// <summary>
    /// Reads customers.csv (name,kana,tel,fax) and parts.csv (partNumber,name,unit,unitPrice), UTF-8 with a header
    /// row; columns are found by header name, so their order may vary and extra columns are ignored.
    /// </summary>
    public static MasterData Load(TextReader customersCsv, TextReader partsCsv)
    {
        var customers = CsvTable.Read(customersCsv)
            .Select(r => new Customer(
                TextNormalizer.Normalize(r.Get("name")),
                TextNormalizer.Normalize(r.Get("kana")),
                Phone(r.Get("tel")),
                Phone(r.Get("fax"))))
            .Where(c => c.Name.Length > 0);
        var parts = CsvTable.Read(partsCsv)
            .Select(r => new Part(
                TextNormalizer.Normalize(r.Get("partNumber")),
                TextNormalizer.Normalize(r.Get("name")),
                NullIfEmpty(TextNormalizer.Normalize(r.Get("unit"))),
                decimal.TryParse(r.Get("unitPrice"), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null))
            .Where(p => p.PartNumber.Length > 0);
        return new MasterData(customers, parts);
    }

    /// <summary>
    /// Reads an installation's master data folder: customers.csv and parts.csv, either of which may be left out (an
    /// installation with a parts list but no customer list). A folder that does not exist, or holds neither file, is a
    /// configuration error, named with its path.
    /// </summary>
    public static MasterData FromFolder(string folder)
    {
        var customers = Path.Combine(folder, "customers.csv");
        var parts = Path.Combine(folder, "parts.csv");
        if (!File.Exists(customers) && !File.Exists(parts))
        {
            throw new FileNotFoundException(
                $"Master data folder '{Path.GetFullPath(folder)}' holds neither customers.csv nor parts.csv.", Path.GetFullPath(folder));
        }

        using var customerReader = File.Exists(customers) ? new StreamReader(customers) : new StreamReader(Stream.Null);
        using var partReader = File.Exists(parts) ? new StreamReader(parts) : new StreamReader(Stream.Null);
        return Load(customerReader, partReader);
    }

    private static string? Phone(string? text) => NullIfEmpty(Values.ValueReader.Phone(text) ?? TextNormalizer.Normalize(text));

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
