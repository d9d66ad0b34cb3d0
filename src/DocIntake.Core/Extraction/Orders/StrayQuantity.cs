using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A quantity read in a neighbouring cell. With the 数量 and 単位 headers unread ("数呈 単科") the description column
/// runs to 単価 and ends with the quantity and its unit ("シャフト φ10 10 本"): those are cut off as inferred values, and
/// without them the unit is unknown, not absent, and goes to review. A right-aligned quantity that drifted over its
/// column edge opens the unit cell ("2,000 pes"): it is the quantity.
/// </summary>
internal static partial class StrayQuantity
{
    public static void Split(TableRow row, Dictionary<string, FieldDraft> line)
    {
        if (!line["quantity"].Found && !line["quantity"].Unparsable && row.Cell("unit") is { } unitCell
            && Leading().Match(unitCell.Text) is { Success: true } lead && Number(lead.Groups["qty"].Value) is { } drifted)
        {
            line["quantity"] = Inferred(line["unit"], "quantity", ValueKind.Number, lead.Groups["qty"].Value, JsonValue.Create(drifted));
            return;
        }

        if (row.Cell("quantity") is not null)
        {
            return;
        }

        var description = line["description"];
        if (description.Value?.GetValue<string>() is { } text && Trailing().Match(text) is { Success: true } m
            && Units.Read(m.Groups["unit"].Value) is { Exact: true } unit
            && Number(m.Groups["qty"].Value) is { } qty)
        {
            description.Value = JsonValue.Create(m.Groups["rest"].Value);
            line["quantity"] = Inferred(description, "quantity", ValueKind.Number, m.Groups["qty"].Value, JsonValue.Create(qty));
            line["unit"] = Inferred(description, "unit", ValueKind.Text, unit.Unit, JsonValue.Create(unit.Unit));
            return;
        }

        if (row.Cell("unit") is null)
        {
            line["unit"].LabelSeen = true;
        }
    }

    private static FieldDraft Inferred(FieldDraft from, string name, ValueKind kind, string text, JsonNode value)
    {
        var draft = FieldDraft.Missing(name, "lines." + name, kind, name == "quantity");
        draft.TakeInferred(value, text, from);
        return draft;
    }

    private static decimal? Number(string digits) =>
        decimal.TryParse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"^(?<rest>.*\S)\s+(?<qty>[0-9]{1,3}(?:,[0-9]{3})*|[0-9]+)\s*(?<unit>\S{1,3})$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^\s*(?<qty>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s+\S")]
    private static partial Regex Leading();
}
