using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A code read in the cell next to its own. A description that starts with a code ("BU-2045-01 フランジブッシュ") took
/// in the part number or drawing number cell beside it (its column boundary guessed from a garbled header). The code is
/// cut off; it becomes the part number when none was read, as an inferred value.
/// </summary>
internal static partial class LeadingCode
{
    public static void Split(Dictionary<string, FieldDraft> line)
    {
        var description = line["description"];
        if (description.Value?.GetValue<string>() is not { } text || Code().Match(text) is not { Success: true } code
            || text[code.Length..].Trim() is not { Length: > 0 } rest)
        {
            return;
        }

        description.Value = JsonValue.Create(rest);
        var part = line["partNumber"];
        if (!part.Found)
        {
            part.TakeInferred(JsonValue.Create(code.Value.Trim()), code.Value.Trim(), description);
        }
    }

    /// <summary>
    /// The No. cell ran over a part-number column whose header OCR lost ("1 MS-1001-A"): the number is the line number,
    /// the code after it the part number when none was read, as an inferred value.
    /// </summary>
    public static void SplitFromLineNumber(Dictionary<string, FieldDraft> line)
    {
        var lineNo = line["lineNo"];
        var part = line["partNumber"];
        if (part.Found || lineNo.Text is not { } text || NumberThenCode().Match(text) is not { Success: true } m)
        {
            return;
        }

        lineNo.Value = JsonValue.Create(decimal.Parse(m.Groups["no"].Value, System.Globalization.CultureInfo.InvariantCulture));
        lineNo.Text = m.Groups["no"].Value;
        lineNo.Unparsable = false;
        part.TakeInferred(JsonValue.Create(m.Groups["code"].Value), m.Groups["code"].Value, lineNo);
    }

    [GeneratedRegex(@"^(?=[A-Z0-9-]*[0-9])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\s+")]
    private static partial Regex Code();

    [GeneratedRegex(@"^(?<no>[0-9]{1,3})\.?\s+(?<code>(?=[A-Z0-9-]*[0-9])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)$")]
    private static partial Regex NumberThenCode();
}
