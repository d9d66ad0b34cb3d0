namespace DocIntake.Server.Delivery;

/// <summary>The textual CSV options shared by the API query and the command line.</summary>
public static class CsvOptionParsing
{
    /// <summary>utf-8 (default), utf-8-bom, shift_jis (also sjis, cp932).</summary>
    public static CsvEncoding Encoding(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "utf-8" or "utf8" => CsvEncoding.Utf8,
        "utf-8-bom" or "utf8bom" or "utf-8-sig" => CsvEncoding.Utf8Bom,
        "shift_jis" or "shift-jis" or "sjis" or "cp932" or "windows-31j" => CsvEncoding.ShiftJis,
        _ => throw new FormatException($"encoding '{text}': one of utf-8, utf-8-bom, shift_jis."),
    };

    /// <summary>crlf (default) or lf.</summary>
    public static bool Crlf(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "crlf" => true,
        "lf" => false,
        _ => throw new FormatException($"newline '{text}': crlf or lf."),
    };

    /// <summary>fail (default) or replace.</summary>
    public static UnmappablePolicy Unmappable(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" or "fail" => UnmappablePolicy.Fail,
        "replace" => UnmappablePolicy.Replace,
        _ => throw new FormatException($"unmappable '{text}': fail or replace."),
    };
}
