namespace DocIntake.Server.Delivery;

/// <summary>Text encodings of a CSV export.</summary>
public enum CsvEncoding
{
    Utf8,
    Utf8Bom,

    /// <summary>Shift_JIS as Windows writes it (code page 932), for order-entry systems that need it.</summary>
    ShiftJis,
}

/// <summary>What to do with a character the encoding cannot hold (CP932 has no 𠮷, no emoji, no U+2212 minus…).</summary>
public enum UnmappablePolicy
{
    /// <summary>Refuse the export and report every such character.</summary>
    Fail,

    /// <summary>Write "?" in its place and report it.</summary>
    Replace,
}

/// <summary>Which confirmed documents go into a CSV export and how it is written.</summary>
public sealed class CsvExportRequest
{
    /// <summary>"order" (one row per line item, header fields repeated) or "quality_record" (one row per measurement).</summary>
    public string DocumentType { get; set; } = "order";

    /// <summary>Received at or after (UTC).</summary>
    public DateTime? From { get; set; }

    /// <summary>Received before (UTC).</summary>
    public DateTime? To { get; set; }

    /// <summary>Only documents this consumer has not marked as exported.</summary>
    public string? NotExportedBy { get; set; }

    /// <summary>Mark the exported documents as taken by this consumer.</summary>
    public string? MarkExportedBy { get; set; }

    /// <summary>Columns in order, each "name" or "name=Header label"; null for the default set (see docs/api.md).</summary>
    public IReadOnlyList<string>? Columns { get; set; }

    public CsvEncoding Encoding { get; set; } = CsvEncoding.Utf8;

    /// <summary>CR LF line ends (RFC 4180, the default) or LF.</summary>
    public bool Crlf { get; set; } = true;

    public bool Header { get; set; } = true;

    public UnmappablePolicy Unmappable { get; set; } = UnmappablePolicy.Fail;
}

/// <summary>A character the chosen encoding cannot hold: where it is and what it is.</summary>
public sealed record UnmappableCharacter(string DocumentId, int Row, string Column, string Character, string CodePoint);

/// <summary>The export: its bytes (null when refused for unmappable characters), counts and the report.</summary>
public sealed class CsvExportResult
{
    public byte[]? Content { get; init; }

    public int Documents { get; init; }

    public int Rows { get; init; }

    public IReadOnlyList<string> DocumentIds { get; init; } = [];

    public IReadOnlyList<UnmappableCharacter> Unmappable { get; init; } = [];

    public bool Refused => Content is null;
}
