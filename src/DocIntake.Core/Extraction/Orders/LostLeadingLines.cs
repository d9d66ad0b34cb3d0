using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>
/// The first rows of a line table lost to OCR (the top of the table on a 98-lpi fax, seed 587's tune-007): the lines
/// read are numbered n, n+1… from the first. Lines 1 to n−1 are put before them, every field not found and for review,
/// so that each line read stands in its own number's place in the contract's lines and whoever reads the order sees
/// lines missing, not an order of fewer lines whose listed parts were settled in the wrong places. It takes two
/// numbers in sequence: a single one may be misread.
/// </summary>
internal static class LostLeadingLines
{
    /// <summary>More lost rows than this before the first read is no table top lost but a number misread.</summary>
    private const int MostLost = 20;

    public static void Insert(List<Dictionary<string, FieldDraft>> lines)
    {
        if (lines.Count < 2 || Printed(lines[0]) is not { } first || Printed(lines[1]) != first + 1 || first <= 1 || first > MostLost)
        {
            return;
        }

        lines.InsertRange(0, Enumerable.Range(1, first - 1).Select(_ => Lost(lines[0])));
    }

    private static int? Printed(Dictionary<string, FieldDraft> line) =>
        line["lineNo"] is { Found: true, Inferred: false } number && Numbers.Of(number) is { } n && n == decimal.Truncate(n) ? (int)n : null;

    private static Dictionary<string, FieldDraft> Lost(Dictionary<string, FieldDraft> shape)
    {
        var line = new Dictionary<string, FieldDraft>(StringComparer.Ordinal);
        foreach (var (key, field) in shape)
        {
            var lost = FieldDraft.Missing(key, field.ThresholdName, field.Kind, field.Required);
            lost.LabelSeen = true; // printed on paper, not read
            line[key] = lost;
        }

        return line;
    }
}
