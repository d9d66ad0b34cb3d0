using System.Text.Json;
using System.Text.Json.Nodes;
using DocIntake.Core.Text;

namespace DocIntake.Cli.Commands.Eval;

/// <summary>
/// The benchmark's comparison rules: strings equal in the contract's string form (NFKC, trimmed, white space folded:
/// a space printed between Japanese words counts), numbers within 1e-6, arrays element by element.
/// </summary>
internal static class ValueComparer
{
    private const double Tolerance = 1e-6;

    public static bool IsNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    public static bool Same(JsonNode? truth, JsonNode? actual)
    {
        if (IsNull(truth) || IsNull(actual))
        {
            return IsNull(truth) && IsNull(actual);
        }

        return (truth!.GetValueKind(), actual!.GetValueKind()) switch
        {
            (JsonValueKind.Number, JsonValueKind.Number) => Math.Abs(Number(truth) - Number(actual)) <= Tolerance,
            (JsonValueKind.String, JsonValueKind.String) =>
                TextNormalizer.NormalizeTyped(truth.GetValue<string>()) == TextNormalizer.NormalizeTyped(actual.GetValue<string>()),
            (JsonValueKind.Array, JsonValueKind.Array) => SameArray(truth.AsArray(), actual.AsArray()),
            _ => false,
        };
    }

    public static string Show(JsonNode? node) => IsNull(node) ? "null" : node!.ToJsonString(Core.Contract.ContractJson.Options).Replace("\n", string.Empty, StringComparison.Ordinal);

    private static double Number(JsonNode node)
    {
        var v = node.AsValue();
        return v.TryGetValue<double>(out var d) ? d
            : v.TryGetValue<decimal>(out var m) ? (double)m
            : v.TryGetValue<long>(out var l) ? l
            : v.GetValue<int>();
    }

    private static bool SameArray(JsonArray a, JsonArray b) => a.Count == b.Count && a.Zip(b).All(p => Same(p.First, p.Second));
}
