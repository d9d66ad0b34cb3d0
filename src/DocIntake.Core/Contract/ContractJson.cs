using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace DocIntake.Core.Contract;

/// <summary>The one place that decides how the contract is written: camelCase, Japanese unescaped, nulls kept.</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Serialize(ExtractedDocument document) => JsonSerializer.Serialize(document, Options);

    public static ExtractedDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractedDocument>(json, Options)
        ?? throw new JsonException("The JSON is null, not a document.");
}
