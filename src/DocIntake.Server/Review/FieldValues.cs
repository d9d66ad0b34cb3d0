using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Text;

namespace DocIntake.Server.Review;

/// <summary>
/// Typed text to contract values with the project's parsers: 全角 digits, 和暦 and every spelling they accept become the
/// contract's normal form ("令和8年11月25日" -> "2026-11-25", "¥１２，０００-" -> 12000).
/// </summary>
internal static partial class FieldValues
{
    /// <summary>Parses <paramref name="text"/>; empty text is null. Returns false when the text is not a value of that kind.</summary>
    public static bool TryParse(FieldKind kind, string? text, bool english, out JsonNode? value)
    {
        value = null;
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return true;
        }

        switch (kind)
        {
            case FieldKind.Date:
                var date = DateParser.Parse(normalized, preferMonthFirst: english);
                value = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return date is not null;
            case FieldKind.Money:
                var money = MoneyParser.Parse(normalized)?.Amount ?? Number(normalized);
                value = money is { } m ? Json(m) : null;
                return money is not null;
            case FieldKind.Quantity:
                var quantity = QuantityParser.Parse(normalized)?.Value ?? Number(normalized);
                value = quantity is { } q ? Json(q) : null;
                return quantity is not null;
            case FieldKind.Integer:
                var integer = Number(normalized);
                value = integer is { } i && decimal.IsInteger(i) ? Json(i) : null;
                return value is not null;
            case FieldKind.Number:
                var number = Number(normalized);
                value = number is { } n ? Json(n) : null;
                return number is not null;
            case FieldKind.Numbers:
                var parts = Separators().Split(normalized).Where(p => p.Length > 0).Select(Number).ToList();
                if (parts.Any(p => p is null))
                {
                    return false;
                }

                value = new JsonArray([.. parts.Select(p => Json(p!.Value))]);
                return true;
            case FieldKind.Phone:
                value = PhoneNumberFormatter.Format(normalized);
                return value is not null;
            case FieldKind.Result:
                value = ResultParser.Parse(normalized);
                return value is not null;
            case FieldKind.Currency:
                value = normalized.ToUpperInvariant() is "円" or "¥" or "￥" ? "JPY" : normalized.ToUpperInvariant();
                return true;
            case FieldKind.Company:
                value = CompanyName.Clean(normalized) is { Length: > 0 } company ? company : normalized;
                return true;
            default:
                value = normalized;
                return true;
        }
    }

    /// <summary>What an input shows for a value: numbers invariant, arrays space-separated.</summary>
    public static string Display(JsonNode? value) => value switch
    {
        null => "",
        JsonArray array => string.Join(" ", array.Select(Display)),
        JsonValue v when v.TryGetValue<decimal>(out var d) => Trim(d).ToString(CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    /// <summary>Two values are the same when they display the same (12000 and 12000.0 are one value).</summary>
    public static bool Same(JsonNode? a, JsonNode? b) => Display(a) == Display(b) && (a is null) == (b is null);

    public static decimal? NumberOf(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    private static decimal? Number(string text)
    {
        var s = LookalikeRepair.ForNumber(text).Replace(",", "", StringComparison.Ordinal).TrimEnd('-').Replace("¥", "", StringComparison.Ordinal);
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    private static JsonValue Json(decimal d) => JsonValue.Create(Trim(d));

    private static decimal Trim(decimal d) => d / 1.000000000000000000000000000000000m;

    [GeneratedRegex(@"[\s,、/;]+")]
    private static partial Regex Separators();
}
