using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Masters;

/// <summary>A customer (a company that sends orders).</summary>
public sealed record Customer(string Name, string Kana, string? Tel, string? Fax);

/// <summary>A part we make or buy. <paramref name="NameEn"/> is the name English documents print, when the list gives one.</summary>
public sealed record Part(string PartNumber, string Name, string? Unit, decimal? UnitPrice, string? NameEn = null)
{
    /// <summary>The name to compare a printed one with: the English name for a name printed without kana or kanji.</summary>
    public string NameAsPrinted(string printed) =>
        NameEn is { } english && !printed.Any(TextNormalizer.IsKanaOrKanji) ? english : Name;
}

/// <summary>The customers and parts extracted values are checked against.</summary>
public sealed class MasterData
{
    public MasterData(IEnumerable<Customer> customers, IEnumerable<Part> parts, IEnumerable<Customer>? ownCompany = null, IEnumerable<Customer>? suppliers = null)
    {
        Customers = [.. customers];
        Parts = [.. parts];
        OwnCompany = [.. ownCompany ?? []];
        Suppliers = [.. suppliers ?? []];
    }

    public IReadOnlyList<Customer> Customers { get; }

    /// <summary>The installation's own company, under each name it is addressed by (株式会社三河精密, Mikawa Precision Co., Ltd.).</summary>
    public IReadOnlyList<Customer> OwnCompany { get; }

    /// <summary>Suppliers (the companies that send quality records), under each name they print.</summary>
    public IReadOnlyList<Customer> Suppliers { get; }

    public IReadOnlyList<Part> Parts { get; }

    /// <summary>
    /// Reads customers.csv (name,kana,tel,fax), parts.csv (partNumber,name,unit,unitPrice), company.csv (the
    /// installation's own names) and suppliers.csv (columns as customers.csv both), UTF-8 with a header row; columns are
    /// found by header name, so their order may vary and extra columns are ignored.
    /// </summary>
    public static MasterData Load(TextReader customersCsv, TextReader partsCsv, TextReader? companyCsv = null, TextReader? suppliersCsv = null)
    {
        var customers = Companies(customersCsv);
        var parts = CsvTable.Read(partsCsv)
            .Select(r => new Part(
                TextNormalizer.Normalize(r.Get("partNumber")),
                TextNormalizer.Normalize(r.Get("name")),
                NullIfEmpty(TextNormalizer.Normalize(r.Get("unit"))),
                decimal.TryParse(r.Get("unitPrice"), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null,
                NullIfEmpty(TextNormalizer.Normalize(r.Get("nameEn")))))
            .Where(p => p.PartNumber.Length > 0);
        return new MasterData(
            customers, parts, companyCsv is null ? null : Companies(companyCsv), suppliersCsv is null ? null : Companies(suppliersCsv));
    }

    private static List<Customer> Companies(TextReader csv) => CsvTable.Read(csv)
        .Select(r => new Customer(
            TextNormalizer.Normalize(r.Get("name")),
            TextNormalizer.Normalize(r.Get("kana")),
            Phone(r.Get("tel")),
            Phone(r.Get("fax"))))
        .Where(c => c.Name.Length > 0)
        .ToList();

    /// <summary>
    /// Reads an installation's master data folder: customers.csv, parts.csv, company.csv and suppliers.csv, any of
    /// which may be left out (an installation with a parts list but no customer list). A folder that does not exist, or
    /// holds none of them, is a configuration error, named with its path.
    /// </summary>
    public static MasterData FromFolder(string folder)
    {
        if (Problem(folder) is { } problem)
        {
            throw new FileNotFoundException($"Master data folder {problem}.", Path.GetFullPath(folder));
        }

        using var customers = Open("customers.csv");
        using var parts = Open("parts.csv");
        using var company = Open("company.csv");
        using var suppliers = Open("suppliers.csv");
        return Load(customers, parts, company, suppliers);

        StreamReader Open(string file) => Path.Combine(folder, file) is var path && File.Exists(path) ? new StreamReader(path) : new StreamReader(Stream.Null);
    }

    /// <summary>What is wrong with a master data folder ("'/path' holds none of …"), or null when it holds a file to read.</summary>
    public static string? Problem(string folder) =>
        Files.Any(f => File.Exists(Path.Combine(folder, f))) ? null : $"'{Path.GetFullPath(folder)}' holds none of {string.Join(", ", Files)}";

    private static readonly string[] Files = ["customers.csv", "parts.csv", "company.csv", "suppliers.csv"];

    private static string? Phone(string? text) => NullIfEmpty(Values.ValueReader.Phone(text) ?? TextNormalizer.Normalize(text));

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
