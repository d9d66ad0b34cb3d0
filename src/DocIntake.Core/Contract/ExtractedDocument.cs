using System.Text.Json.Serialization;

namespace DocIntake.Core.Contract;

/// <summary>The contract of ../shared/contract/extracted-document.md, schema version 1.</summary>
public sealed class ExtractedDocument
{
    public int SchemaVersion { get; set; } = 1;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    public string DocumentType { get; set; } = DocumentTypes.Unknown;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; set; }

    public string Language { get; set; } = "ja";

    public SourceInfo Source { get; set; } = new();

    public List<PageInfo> Pages { get; set; } = [];

    public Dictionary<string, Field> Fields { get; set; } = [];

    public List<Dictionary<string, Field>> Lines { get; set; } = [];

    public List<Dictionary<string, Field>> Measurements { get; set; } = [];

    public List<Problem> Problems { get; set; } = [];
}

public static class DocumentTypes
{
    public const string Order = "order";
    public const string QualityRecord = "quality_record";
    public const string Unknown = "unknown";
}
