using System.Globalization;
using System.Text.RegularExpressions;

namespace DocIntake.Core.Text;

/// <summary>A number with the unit printed after it (null when none).</summary>
public sealed record Quantity(decimal Value, string? Unit);

/// <summary>Reads "100個", "1,000 pcs", "2.5kg", "12 本", "3セット", "10 m", "1OO個" (O read for 0), "。 150" (a speck before it).</summary>
public static partial class QuantityParser
{
    private const string Lookalikes = "OoIl|〇";

    public static Quantity? Parse(string? text)
    {
        // Specks a fax leaves in the cell around the figure ("。 150", "“24", "・ 24", "2,000 _", "50・"): no part of it.
        var s = TextNormalizer.Nfkc(text).Trim().Trim(Specks).Trim();
        var i = s.Length > 0 && s[0] is '-' or '△' or '▲' ? 1 : 0;
        var negative = i == 1;
        var start = i;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is ',' or '.' || Lookalikes.Contains(s[i], StringComparison.Ordinal)))
        {
            i++;
        }

        // Give back trailing look-alike letters that belong to the unit ("10oz", "10l"), and a trailing separator.
        while (i > start && (s[i - 1] is ',' or '.' || (IsLookalikeLetter(s[i - 1])
                   && (i == s.Length ? s[i - 1] is 'l' or 'I' or '|' : char.IsAsciiLetter(s[i])))))
        {
            i--;
        }

        var number = LookalikeRepair.ForNumber(s[start..i]);
        if (!NumberRegex().IsMatch(number))
        {
            return null;
        }

        var value = decimal.Parse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var unit = s[i..].Trim().Trim('(', ')', '[', ']').Trim();
        if (unit.Length > 0 && !UnitRegex().IsMatch(unit))
        {
            return null;
        }

        return new Quantity(negative ? -value : value, unit.Length == 0 ? null : TextNormalizer.Normalize(unit));
    }

    private static readonly char[] Specks = ['。', '・', '･', '"', '“', '”', '\'', '‘', '’', '`', '_'];

    private static bool IsLookalikeLetter(char c) => !char.IsAsciiDigit(c) && Lookalikes.Contains(c, StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    // No digits except a square/cube mark after a length unit (m2, mm3); must hold a letter, % or °.
    [GeneratedRegex(@"^(?=.*[\p{L}%°])(?:[^0-9]{1,12}|[A-Za-zμ]{1,3}[23])$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitRegex();
}
