using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// A description that starts with a code ("BU-2045-01 フランジブッシュ") took in the part number or drawing number
/// cell beside it (its column boundary guessed from a garbled header). The code is cut off; it becomes the part
/// number when none was read, as an inferred value.
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
            part.Value = JsonValue.Create(code.Value.Trim());
            part.Text = code.Value.Trim();
            part.Unparsable = false;
            part.Inferred = true;
            part.Ocr = description.Ocr;
            part.Page = description.Page;
            part.Box = description.Box;
        }
    }

    [GeneratedRegex(@"^(?=[A-Z0-9-]*[0-9])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\s+")]
    private static partial Regex Code();
}
