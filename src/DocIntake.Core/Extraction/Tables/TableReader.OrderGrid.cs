using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Tables;

/// <summary>An order's line header garbled past reading, placed by its ruled cells (see <see cref="RuledGrid"/>).</summary>
internal static partial class TableReader
{
    private const string OrderAmount = "amount";

    /// <summary>
    /// The key of each cell by the order form's printed order: No., part number (and drawing number), 品名, quantity,
    /// unit, unit price, amount, then 納期 and 備考; or null when the cells below do not fit it. Exactly three number
    /// columns after the 品名, and in one row at least quantity × unit price makes the amount: nothing else on a page
    /// multiplies out so (seed 593's tune-040: "No. | 中間 | 。草名・仕様 | 数 | ri | oni | alo" over "3 | Cl-5502 |
    /// スペーサー | 24 | 38.50 | 924").
    /// </summary>
    private static string?[]? OrderGridKeys(List<GridKind> kinds, string?[] read, List<Row> below, List<(int Left, int Right)> cells, DocumentLayout layout)
    {
        var keys = new string?[kinds.Count];
        keys[0] = "lineNo";
        for (var i = 1; i < kinds.Count; i++)
        {
            if (kinds[i] == GridKind.Value && keys[i - 1] == "drawing" && !keys.Contains("description"))
            {
                keys[i - 1] = "description"; // a 品名 of letters and figures ("ALE S49C p70" for 丸棒 S45C φ20) before the figures
            }

            var described = keys.Contains("description");
            var next = i + 1 < kinds.Count ? read[i + 1] : null;
            switch (read[i] is { } label && (!IsNamingKey(label) || kinds[i] == GridKind.Unknown) ? GridKind.Labelled : kinds[i])
            {
                case GridKind.Labelled:
                    keys[i] = read[i];
                    break;
                case GridKind.Code when !described && !keys.Contains("drawing"):
                    keys[i] = keys.Contains("partNumber") ? "drawing" : "partNumber";
                    break;
                case GridKind.Words when !described && !keys.Any(IsOrderFigure):
                    keys[i] = "description";
                    break;

                // A figure column, or one OCR garbled (quantities "oo", "Loss") before the unit or unit price read.
                // A unit price garbled ("lx") between the quantity and the one figure column left is the price, not the unit.
                case GridKind.Value or GridKind.Unknown when described && keys.Count(IsOrderFigure) < 3
                    && (kinds[i] == GridKind.Value || (!keys.Any(IsOrderFigure) && next is "unit" or "unitPrice")
                        || (keys.Count(IsOrderFigure) == 1 && i + 1 < kinds.Count && kinds[i + 1] == GridKind.Value
                            && kinds.Skip(i + 1).Count(k => k == GridKind.Value) == 1)):
                    keys[i] = keys.Count(IsOrderFigure) switch { 0 => "quantity", 1 => "unitPrice", _ => OrderAmount };
                    break;

                // The unit column between quantity and unit price, its cells garbled ("fit", "側" for 個) or printed.
                case GridKind.Unit or GridKind.Unknown or GridKind.Words when keys[i - 1] == "quantity" && i + 2 < kinds.Count
                    && (kinds[i + 1] == GridKind.Value || (kinds[i + 1] == GridKind.Unknown && kinds[i + 2] == GridKind.Value)):
                    keys[i] = "unit";
                    break;
                case GridKind.Date when keys.Count(IsOrderFigure) == 3 && !keys.Contains("deliveryDate"):
                    keys[i] = "deliveryDate";
                    break;
                // The last column: 納期 when figures stand in it however garbled ("5中 18II" for 5月18日), else 備考.
                case GridKind.Words or GridKind.Empty or GridKind.Unknown when keys.Count(IsOrderFigure) == 3 && i == kinds.Count - 1:
                    keys[i] = below.Exists(r => GridText(r, cells[i]).Any(char.IsAsciiDigit)) && !keys.Contains("deliveryDate") ? "deliveryDate" : "remarks";
                    break;
                default:
                    return null;
            }
        }

        var figures = Enumerable.Range(0, keys.Length).Where(i => IsOrderFigure(keys[i])).ToList();
        if (figures.Count != 3 || keys.Distinct().Count() != keys.Length || (!keys.Contains("partNumber") && !keys.Contains("description")))
        {
            return null;
        }

        return below.Exists(r => MultipliesOut(GridText(r, cells[figures[0]]), GridText(r, cells[figures[1]]), GridText(r, cells[figures[2]])))
            || AddsUpBelow(layout, below, cells[figures[0]], cells[figures[2]]) ? keys : null;
    }

    /// <summary>
    /// The amounts of the rows with a quantity sum to an amount printed below them: the subtotal or total. A one-line
    /// order whose unit price or quantity OCR garbled ("20 | 7.80 | 57.000" over "¥57,000", seed 641's tune-048) has no
    /// row that multiplies out, but its amount is its subtotal.
    /// </summary>
    private static bool AddsUpBelow(DocumentLayout layout, List<Row> below, (int Left, int Right) quantity, (int Left, int Right) amount)
    {
        var lines = below.Where(r => GridText(r, quantity).Any(char.IsAsciiDigit)).ToList();
        var amounts = lines.Select(r => ValueReader.Money(GridText(r, amount))).ToList();
        if (lines.Count == 0 || amounts.Any(a => a is null or <= 0))
        {
            return false;
        }

        var sum = amounts.Sum();
        var last = lines[^1];
        return layout.Rows.Any(r => r.Index > last.Index && r.Page == last.Page && LastAmount(r) == sum);
    }

    /// <summary>The amount a row ends with, a rule or speck after it ("¥84,000-|", "¥57,000 | *") let go.</summary>
    private static decimal? LastAmount(Row row) =>
        Classification.OrderArithmetic.TrailingAmount(row)
        ?? (row.Segments.LastOrDefault(s => s.Text.Any(char.IsAsciiDigit)) is { } last ? ValueReader.Money(last.Text.Trim('|', '*', ' ')) : null);

    /// <summary>
    /// 品番, 図番 and 品名 read one letter off ("品月") may be any of them: the codes and words below place those columns, and
    /// such a label bars nothing; it names its column only where the cells below say nothing ("148-1647", "D84-1725").
    /// </summary>
    private static bool IsNamingKey(string? key) => key is "partNumber" or "drawing" or "description";

    private static bool IsOrderFigure(string? key) => key is "quantity" or "unitPrice" or OrderAmount;

    private static bool MultipliesOut(string quantity, string unitPrice, string amount) =>
        ValueReader.Number(quantity) is { } q && ValueReader.Money(unitPrice) is { } p && ValueReader.Money(amount) is { } a && q > 0 && q * p == a;

    private static GridKind OrderGridKindOf(string text)
    {
        var trimmed = text.Trim(GridSpecks);
        if (!trimmed.Any(char.IsLetterOrDigit))
        {
            return GridKind.Empty;
        }

        if (OrderDate().IsMatch(trimmed))
        {
            return GridKind.Date;
        }

        if (OrderFigure().IsMatch(trimmed))
        {
            return GridKind.Value;
        }

        if (!trimmed.Any(char.IsAsciiDigit) && trimmed.Length <= MaxUnitLength && Units.Read(trimmed) is { Exact: true })
        {
            return GridKind.Unit;
        }

        if (trimmed.Any(TextNormalizer.IsKanaOrKanji))
        {
            return GridKind.Words;
        }

        var letters = trimmed.Count(char.IsAsciiLetter);
        var digits = trimmed.Count(char.IsAsciiDigit);
        return (letters, digits) switch
        {
            (> 0, > 0) when letters <= digits + 2 => GridKind.Code,
            (>= 3, _) => GridKind.Words,
            _ => GridKind.Unknown,
        };
    }

    /// <summary>A whole date however garbled ("RO8/02/02", "2026.03 20", "5月18"); a drawing number "D8/ 3709" is none.</summary>
    [GeneratedRegex(@"[0-9]{1,4} ?[/.年\-] ?[0-9]{1,2} ?[/.月\- ] ?[0-9]{1,2}(?![0-9])|[0-9]{1,2} ?月 ?[0-9]{1,2}")]
    private static partial Regex OrderDate();

    /// <summary>A quantity, price or amount alone in its cell: "48", "38.50", "25,088", "¥236,000".</summary>
    [GeneratedRegex(@"^[¥￥Y]?[0-9]{1,3}(?:[,.]?[0-9]{3})*(?:\.[0-9]{1,2})?$")]
    private static partial Regex OrderFigure();
}
