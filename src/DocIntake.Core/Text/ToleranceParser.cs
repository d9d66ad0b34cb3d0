using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocIntake.Core.Text;

/// <summary>A specification: nominal and limits (each null when not printed).</summary>
/// <param name="Unit">mm, μm, HRC, HV, %, °C … as printed; null when none.</param>
/// <param name="Parameter">A named parameter printed before the value (Ra, Rz, Ry, Rmax, Sa); null when none.</param>
/// <param name="Guessed">
/// The parts that rest on a sign guessed from a misreading (a lost minus or a lone "+0.05" that may be a lost ± makes
/// the lower limit a guess, ± read as "!" both limits, a ± read as a 1 run into the figures all three): to be checked.
/// </param>
/// <param name="MarkStood">
/// The guessed sign's place was printed, read as a speck, a stroke or a 1 ("10.000・ 0.02", "20.00 10.05", "8.00 (10.05/ 0.02)"),
/// and nothing else was repaired: only which sign stood there was guessed, which the values measured against it can settle.
/// </param>
public sealed record Tolerance(decimal? Nominal, decimal? Lower, decimal? Upper, string? Unit, string? Parameter, TolerancePart Guessed = TolerancePart.None, bool MarkStood = false)
{
    /// <summary>Whether any part rests on a guessed sign.</summary>
    public bool Repaired => Guessed != TolerancePart.None;
}

/// <summary>Parts of a specification.</summary>
[Flags]
public enum TolerancePart
{
    None = 0,
    Nominal = 1,
    Lower = 2,
    Upper = 4,
    Limits = Lower | Upper,
    All = Nominal | Lower | Upper,
}

/// <summary>
/// Reads 規格 strings: "φ10.00 ±0.05", "10.00 +0.05/-0.02", "10.00 (+0.05, -0.02)", "9.95～10.05", "9.95-10.05",
/// "≦ 0.8", "0.8以下", "max 0.8", "≧ 50", "50以上", "50以上60以下", "Ra ≦ 1.6", "58～62 HRC", "10.00 ± 0.05 mm".
/// A single deviation ("10 +0.05") takes the nominal as its other limit. Arithmetic is decimal. Digit look-alikes
/// are repaired first ("1O.OO ±0.O5"). A roughness figure alone ("Ra 1.6") is an upper limit.
/// </summary>
public static partial class ToleranceParser
{
    private const string Num = @"[0-9]+(?:\.[0-9]+)?";

    /// <summary>Preferred roughness values (JIS B 0031 / ISO 1302, Ra and Rz): what a drawing prints after "Ra".</summary>
    private static readonly HashSet<decimal> RoughnessSeries =
        [0.012m, 0.025m, 0.05m, 0.1m, 0.2m, 0.4m, 0.8m, 1.6m, 3.2m, 6.3m, 12.5m, 25m, 50m, 100m, 200m, 400m];

    public static Tolerance? Parse(string? text)
    {
        var normalized = KanjiOneForMinusRegex().Replace(EdgeSpecksRegex().Replace(TextNormalizer.Nfkc(text), string.Empty), "${n}-${t}");
        return Guess(IntegerRange(normalized))
            ?? ParseNormalized(normalized)
            // A unit behind a quote mark, a speck read so ("58.0~62.0 “HRC": seed 409's tune-011, taken as no unit).
            ?? (QuotedUnitRegex().Replace(normalized, " ") is var unquoted && unquoted != normalized ? ParseNormalized(unquoted) : null)
            // The gauge column run into the 規格 cell ("0.1以下ノギス", "50.00 ±0.05 三次"), or specks after it ("58.0~62.0 -"):
            // not part of the tolerance. Only cut when the whole does not parse, so "1.6 以下" keeps its 以下.
            ?? (TrailingNoiseRegex().Replace(normalized, string.Empty) is var cut && cut != normalized ? Parse(cut) : null)
            // mm read "min" after a two-sided tolerance ("39.000 (10/ 0.05) min"): a minimum has no deviations.
            ?? (MinForMillimetreRegex().Replace(normalized, " mm") is var mm && mm != normalized && Parse(mm) is { Lower: not null, Upper: not null } inMm ? inMm : null)
            // μm garbled after the limit ("Ras1.6 ん m", "8 以上ん m", "1.6以下 んんm", "8 以上| gm"): the unit column has it.
            ?? (GarbledMicrometreRegex().Replace(normalized, string.Empty) is var unitless && unitless != normalized ? Parse(unitless) : null)
            // Both decimal points lost to gaps ("250 00十0 10" for 250.00±0.10): put back, all of it a guess.
            ?? (LostPointsRegex().Replace(normalized, "${a}.${b}${s}${c}.${d}") is var pointed && pointed != normalized
                && ParseNormalized(pointed) is { } repaired ? repaired with { Guessed = TolerancePart.All, MarkStood = false } : null)
            // A decimal point read as a comma before three decimals ("8,000 (+0.015/-0)"): no thousands beside a
            // deviation in hundredths. Over 24 sets (session 14) 10 such specs, all N.000, none of them parsed before.
            ?? (CommaBeforeThreeDecimalsRegex().Replace(normalized, "${n}.") is var comma && comma != normalized
                && ParseNormalized(comma) is { } decimalComma ? decimalComma with { Guessed = TolerancePart.All, MarkStood = false } : null)
            ?? Guess(ZeroesReadAsN(normalized))
            ?? Guess(GluedPlusMinus(normalized));

    }

    private static Tolerance? Guess(string? repaired) =>
        repaired is not null && Parse(repaired) is { } t ? t with { Guessed = TolerancePart.All, MarkStood = false } : null;

    /// <summary>
    /// Zeros read as n in a thin serif face at 98 lpi: "14 nn+n n5" is "14.00±0.05" (its points lost to gaps as well,
    /// which <see cref="LostPointsRegex"/> puts back). Two n at least among figures: "min" and "mm" have none so placed.
    /// Over 32 sets (session 17) 12 such specifications, none parsed before.
    /// </summary>
    private static string? ZeroesReadAsN(string s) =>
        NForZeroRegex().Count(s) >= 2 && s.Any(char.IsAsciiDigit) ? NForZeroRegex().Replace(s, "0") : null;

    /// <summary>
    /// A nominal and its tolerance run together, the ± lost or read as a 1 or 4: "250.0040.10", "10.00010.02",
    /// "$10.0000.02", "20,000.05" (a decimal comma, the ± gone). The tolerance is the last "0.…"; the nominal has two or
    /// three decimals, and a 1 or 4 left between them was the mark.
    /// </summary>
    private static string? GluedPlusMinus(string s)
    {
        var m = GluedPlusMinusRegex().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var nominal = m.Groups["n"].Value.Replace(',', '.');
        var n = decimal.Parse(nominal, CultureInfo.InvariantCulture);
        var t = decimal.Parse(m.Groups["t"].Value, CultureInfo.InvariantCulture);
        return n >= 1 && t > 0 && t < n / 2 ? $"{m.Groups["pre"].Value}{nominal} ±{m.Groups["t"].Value}{m.Groups["post"].Value}" : null;
    }

    /// <summary>
    /// "200～260" with its ～ read as a 7 ("2007260") or lost ("200260"): two three-digit figures of one size, the
    /// second the larger, no number a 規格 cell prints otherwise.
    /// </summary>
    private static string? IntegerRange(string s)
    {
        var m = IntegerRangeRegex().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var (a, b) = (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
        return a < b && b <= a * 2 ? $"{m.Groups["pre"].Value}{a}~{b}{m.Groups["post"].Value}" : null;
    }

    private static Tolerance? ParseNormalized(string normalized)
    {
        // After a roughness parameter the mark before the figure can only be ≦ (the figure is an upper limit either
        // way); fax OCR reads it "s", "$" or "=" too, and "s1.6" would otherwise become 51.6.
        var atMost = MisreadAtMostRegex().Replace(WithDecimalPoints(normalized), m => (m.Groups[1].Value == "Ka" ? "Ra" : m.Groups[1].Value) + " ≦");
        var digits = LookalikeRepair.ForDigitsInText(MisreadMaxRegex().Replace(atMost, "max"));
        var plusMinus = BarredPlusMinusRegex().Replace(digits, "$1±");
        var guessed = TolerancePart.None;
        var (marked, otherwise) = (false, false);
        var signed = plusMinus;
        Repair(t => MisreadPlusRegex().Replace(t, "+"), TolerancePart.Upper, mark: true);
        Repair(t => DiameterReadAsFourRegex().Replace(t, string.Empty), TolerancePart.All);
        Repair(t => MarkReadTwiceRegex().Replace(t, "$1"), TolerancePart.All);
        Repair(t => SevenForSlashRegex().Replace(t, "/"), TolerancePart.Upper);
        Repair(t => LostDeviationPointRegex().Replace(t, "0."), TolerancePart.Limits);
        Repair(t => LostLimitPointRegex().Replace(t, "0."), TolerancePart.Limits);
        Repair(t => SpeckForMarkRegex().Replace(t, " "), TolerancePart.Limits, mark: true);
        Repair(t => OneForPlusRegex().Replace(t, "+"), TolerancePart.Upper, mark: true);
        Repair(t => LostPlusRegex().Replace(t, "+"), TolerancePart.Upper);
        Repair(t => SpacedOneForPlusMinusRegex().Replace(t, "${n} ±${t}"), TolerancePart.Limits, mark: true);
        Repair(OneForPlusMinus, TolerancePart.All, mark: true);
        Repair(MarkReadIntoDeviation, TolerancePart.All);
        Repair(t => MisreadPlusMinusRegex().Replace(t, "$1±"), TolerancePart.Limits, mark: true);
        Repair(t => MarkForPlusMinus(t, MarkForPlusMinusRegex()), TolerancePart.Limits, mark: true);
        Repair(t => MarkForPlusMinus(t, DigitForPlusMinusRegex()), TolerancePart.All);
        Repair(t => LostMinusRegex().Replace(t, "$1/-"), TolerancePart.Lower);
        Repair(t => MisreadRangeRegex().Replace(t, "$1~"), TolerancePart.Limits);
        Repair(LostPlusMinus, TolerancePart.Limits, mark: true);
        Repair(LostRange, TolerancePart.Limits);
        Repair(t => LostSignsRegex().Replace(t, "${n} +${u}/-${l}"), TolerancePart.Limits);
        Repair(t => SlashForSevenRegex().Replace(t, "7"), TolerancePart.Limits);
        Repair(t => SevenForRangeRegex().Replace(t, "${a}~${b}"), TolerancePart.Limits);
        Repair(t => PointBeforeBracketRegex().Replace(t, " "), TolerancePart.None);
        Repair(t => MisreadBelowRegex().Replace(t, "以下"), TolerancePart.Upper);
        // "10.00 +0.05" with no second deviation is a ± whose lower bar the fax lost far more often than a one-sided
        // tolerance (drawings print those with both deviations, "+0.05/0"): over 16 sets (session 11) 83 of 88 such
        // limits were ±. Read as ±, its lower limit (9.95, not 10.00) still a guess for the values to settle.
        var lonePlus = SingleDeviationRegex().IsMatch(TextNormalizer.Compact(digits));
        if (lonePlus)
        {
            guessed |= TolerancePart.Lower;
            otherwise = true;
        }
        var s = Canonical(signed);
        if (s.Length == 0)
        {
            return null;
        }

        string? parameter = null;
        var p = ParameterRegex().Match(s);
        if (p.Success)
        {
            parameter = p.Groups["p"].Value;
            s = s[p.Length..];
        }

        string? unit = null;
        foreach (Match u in UnitRegex().Matches(s))
        {
            if (unit is not null && !string.Equals(unit, u.Value, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            unit = u.Value;
        }

        s = Squash(UnitRegex().Replace(s, " "));
        if (s.Length == 0)
        {
            return null;
        }

        // One stray letter before the number is a misread mark: φ comes back as ゅ or 中, ≦ as 全.
        s = StrayMarkRegex().Replace(s, string.Empty);
        var limits = Limits(s);
        if (limits is { Nominal: { } bare, Lower: null, Upper: null } && parameter is not null && RoughnessSeries.Contains(bare))
        {
            // A roughness figure alone ("Ra 1.6") is an upper limit by drawing convention (JIS B 0031). Only a figure of
            // the standard series is taken so: "Ra 23.2" is "Ra ≦ 3.2" with the ≦ read as a 2, and stays a bare number.
            limits = (null, null, bare);
        }
        else if (parameter is not null && limits is { Nominal: var n0, Lower: null, Upper: var u0 } && (n0 is null) != (u0 is null)
            && RoughnessMisread((n0 ?? u0)!.Value) is { } roughness)
        {
            // "Ra S16", "Ra 21.6", "Ra 23.2": a figure off the series that is a series value with its point lost or
            // with the ≦ read as a digit before it. Over 32 sets (session 17) 14 such, each beside values under it.
            limits = (null, null, roughness);
            guessed |= TolerancePart.Upper;
            otherwise = true;
        }

        // A barred mark is ± only as a tolerance smaller than its nominal; "11.90=12.10" was a range (～), not a ±.
        if (plusMinus != digits && limits is { Nominal: { } nominal, Upper: { } upper } && upper - nominal >= nominal)
        {
            guessed = TolerancePart.All;
            otherwise = true;
        }

        if (lonePlus && limits is { Nominal: { } a, Upper: { } sum } && a > 0 && sum - a > a && sum - a < 2 * a)
        {
            // "11.90 + 12.10": a deviation larger than its nominal is the second figure of a range whose ～ was read
            // "+" (seed 233's tune-046), not a tolerance of ±12.10: 11.90 to 12.10, a guess. A range's ends are of one
            // size: "0.00 +50.05" is a misread nominal, not a range from 0.
            limits = (null, a, sum - a);
            guessed = TolerancePart.All;
            otherwise = true;
        }
        else if (lonePlus && limits is { Nominal: { } n, Lower: { } lower, Upper: { } up } && lower == n && up > n)
        {
            limits = (n, n - (up - n), up);
        }
        else if (SingleMinusDeviationRegex().IsMatch(TextNormalizer.Compact(digits))
            && limits is { Nominal: { } m, Lower: { } below, Upper: { } top } && top == m && below < m)
        {
            // "50.00-0.05": a lone minus is a ± that lost its upper bar, as a lone plus lost its lower one (drawings print
            // a one-sided tolerance with both deviations, "0/-0.05"); 2 of 2 such over 39 sets (seed 179's tune-064,
            // seed 293's tune-043). The upper limit a guess for the values to settle.
            limits = (m, below, m + (m - below));
            guessed |= TolerancePart.Upper;
            otherwise = true;
        }

        var markStood = marked && !otherwise;
        return limits is { } l ? new Tolerance(l.Nominal, l.Lower, l.Upper, unit, parameter, guessed, markStood) : null;

        void Repair(Func<string, string> repair, TolerancePart part, bool mark = false)
        {
            var repaired = repair(signed);
            if (repaired != signed)
            {
                guessed |= part;
                marked |= mark;
                otherwise |= !mark && part != TolerancePart.None;
                signed = repaired;
            }
        }
    }

    /// <summary>
    /// A roughness specification that did not read as one ("1.6以下 μm" read "16207wm", "1.624", "1.614 pm"): its first
    /// figure begins with a preferred value, point or no point, and what follows is the 以下 or ≦ misread. Roughness is
    /// specified by its upper limit alone, always from the series; only the values that fit (none above twice the limit)
    /// tell it so. Null when the figure is itself a series value or begins with none.
    /// </summary>
    public static decimal? RoughnessLimit(string text, IReadOnlyCollection<decimal> values)
    {
        var figure = FirstFigureRegex().Match(TextNormalizer.Nfkc(text));
        if (!figure.Success || (decimal.TryParse(figure.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var whole) && RoughnessSeries.Contains(whole)))
        {
            return null;
        }

        var digits = figure.Value.Replace(".", string.Empty, StringComparison.Ordinal);
        foreach (var (prefix, limit) in RoughnessPrefixes)
        {
            if (digits.StartsWith(prefix, StringComparison.Ordinal) && values.Count > 0 && values.All(v => v > 0 && v <= 2 * limit))
            {
                return limit;
            }
        }

        return null;
    }

    /// <summary>The preferred roughness values a drawing gives most, as their digits run ("125" before "12" could match 1.2…).</summary>
    private static readonly (string Prefix, decimal Limit)[] RoughnessPrefixes =
        [("125", 12.5m), ("04", 0.4m), ("08", 0.8m), ("16", 1.6m), ("32", 3.2m), ("63", 6.3m)];

    [GeneratedRegex(@"[0-9]+(?:\.[0-9]+)?")]
    private static partial Regex FirstFigureRegex();

    /// <summary>The roughness value a figure off the preferred series was printed as: its point lost, or a digit before it.</summary>
    private static decimal? RoughnessMisread(decimal figure)
    {
        if (RoughnessSeries.Contains(figure))
        {
            return null;
        }

        if (figure == decimal.Truncate(figure) && RoughnessSeries.Contains(figure / 10))
        {
            return figure / 10;
        }

        var text = figure.ToString(CultureInfo.InvariantCulture);
        return text.Length > 2 && decimal.TryParse(text[1..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rest)
            && text[1] != '.' && RoughnessSeries.Contains(rest) ? rest : null;
    }

    /// <summary>
    /// ± read as a 1 run into the numbers ("50.00±0.05" read "50.0010.05"): no number has two decimal points, and the
    /// tolerance is printed to the nominal's precision, which places the mark.
    /// </summary>
    private static string OneForPlusMinus(string s)
    {
        var m = OneForPlusMinusRegex().Match(s);
        return m.Success && m.Groups["f"].Length == m.Groups["t"].Length
            ? s[..m.Index] + m.Groups["n"].Value + "±0." + m.Groups["t"].Value + s[(m.Index + m.Length)..]
            : s;
    }

    /// <summary>
    /// ± read as a mark of another shape between a nominal and a deviation of a tenth of it or less ("10.000 * 0.02",
    /// "3.20 ° 0.10", "20.00 よ 0.10", "14.00 © 0.05", "250.00 1.0.10"), or as a digit beside one of them ("50.00 40.05",
    /// "10.0001 0.02"): no range has a second figure that small, and a drawing prints the deviation to the nominal's
    /// precision or less. A guess.
    /// </summary>
    private static string MarkForPlusMinus(string s, Regex regex)
    {
        var m = regex.Match(s);
        return m.Success && m.Groups["t"].Length - 2 <= m.Groups["f"].Length
            && decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            && decimal.TryParse(m.Groups["t"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var t)
            && n >= 1 && t > 0 && t <= n / 10
            ? s[..m.Index] + m.Groups["n"].Value + " ±" + m.Groups["t"].Value + s[(m.Index + m.Length)..]
            : s;
    }

    /// <summary>The text with decimal commas and colons as points ("40,00 +0.10" → "40.00 +0.10"); thousands commas stay.</summary>
    public static string WithDecimalPoints(string text) => DecimalMarkRegex().Replace(text, ".");

    /// <summary>
    /// "14.00 0.05": a nominal and a tolerance under one, nothing between them. The fax lost the ± whole (a range's
    /// second figure would be the larger).
    /// </summary>
    private static string LostPlusMinus(string s)
    {
        var m = LostPlusMinusRegex().Match(s);
        return m.Success && decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? s[..m.Index] + m.Groups["n"].Value + " ±" + m.Groups["t"].Value + s[(m.Index + m.Length)..]
            : s;
    }

    /// <summary>
    /// ± read as "+4" ("14.00±0.05" read "14.00+40.05", "250.00±0.10" read "250.00 +40.10"): a deviation of a tenth of
    /// the nominal or more is none a drawing gives a dimension; the digit before its "0." was part of the mark.
    /// </summary>
    private static string MarkReadIntoDeviation(string s)
    {
        var m = MarkReadIntoDeviationRegex().Match(s);
        return m.Success
            && decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            && decimal.TryParse(m.Groups["d"].Value + m.Groups["t"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var deviation)
            && n > 0 && deviation >= n / 10
            ? s[..m.Index] + m.Groups["n"].Value + m.Groups["s"].Value + m.Groups["t"].Value + s[(m.Index + m.Length)..]
            : s;
    }

    /// <summary>
    /// "0.30 0.70", "11.90 12.10": two figures of one precision, the second the larger, nothing between them. The fax lost
    /// the ～ of a range (a lost ± leaves a smaller second figure, <see cref="LostPlusMinus"/>).
    /// </summary>
    private static string LostRange(string s)
    {
        var m = LostRangeRegex().Match(s);
        if (!m.Success)
        {
            return s;
        }

        // Each figure has two digits at least ("2 8" is "≧ 8" with its mark read as a 2), the second is not a ± read as a
        // digit before a deviation ("40.00 40.10" is 40.00±0.10), and the two are of one size ("0.05 14.00" is no range).
        var (a, b) = (decimal.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), decimal.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
        return m.Groups["fa"].Length == m.Groups["fb"].Length
            && m.Groups["a"].Value.Count(char.IsAsciiDigit) >= 2 && m.Groups["b"].Value.Count(char.IsAsciiDigit) >= 2
            && !m.Groups["b"].Value[1..].StartsWith("0.", StringComparison.Ordinal)
            && a < b && b <= a * 4
            ? s[..m.Index] + m.Groups["a"].Value + "~" + m.Groups["b"].Value + s[(m.Index + m.Length)..]
            : s;
    }

    private static (decimal? Nominal, decimal? Lower, decimal? Upper)? Limits(string s)
    {
        if (PlusMinusRegex().Match(s) is { Success: true } pm)
        {
            decimal n = Dec(pm, "n"), t = Dec(pm, "t");
            return (n, n - t, n + t);
        }

        if (RangeRegex().Match(s) is { Success: true } r)
        {
            decimal a = Dec(r, "a"), b = Dec(r, "b");
            if (a <= b)
            {
                return (null, a, b);
            }

            if (r.Groups["op"].Value == "~")
            {
                return null;
            }
        }

        if (DeviationRegex().Match(s) is { Success: true } d)
        {
            var n = Dec(d, "n");
            var d1 = Dec(d, "d1");
            var d2 = d.Groups["d2"].Success ? Dec(d, "d2") : 0m;
            return (n, n + Math.Min(d1, d2), n + Math.Max(d1, d2));
        }

        if (PlainRegex().Match(s) is { Success: true } plain)
        {
            return (Dec(plain, "n"), null, null);
        }

        return OneSided(s);
    }

    /// <summary>"≤ 0.8", "0.8以下", "max 0.8", "0.8 max", "≥ 50", "50以上60以下": every part must be such a limit.</summary>
    private static (decimal? Nominal, decimal? Lower, decimal? Upper)? OneSided(string s)
    {
        if (LimitRegex().Replace(s, string.Empty).Trim().Length != 0)
        {
            return null;
        }

        decimal? lower = null, upper = null;
        foreach (Match m in LimitRegex().Matches(s))
        {
            var isUpper = m.Groups["uop"].Success || m.Groups["usuf"].Success;
            if (isUpper ? upper is not null : lower is not null)
            {
                return null;
            }

            if (isUpper)
            {
                upper = Dec(m, "n");
            }
            else
            {
                lower = Dec(m, "n");
            }
        }

        return (lower is null && upper is null) || lower > upper ? null : (null, lower, upper);
    }

    /// <summary>One spelling for each operator; diameter marks, brackets and separators become spaces.</summary>
    private static string Canonical(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            switch (c)
            {
                case '〜' or '∼' or '~':
                    sb.Append('~');
                    break;
                case '−' or '–' or '—' or 'ー' or '‐':
                    sb.Append('-');
                    break;
                case '≦' or '≤' or '⩽':
                    sb.Append('≤');
                    break;
                case '≧' or '≥' or '⩾':
                    sb.Append('≥');
                    break;
                case '<' or '=' when (c == '<' && next == '=') || (c == '=' && next == '<'):
                    sb.Append('≤');
                    i++;
                    break;
                case '>' or '=' when (c == '>' && next == '=') || (c == '=' && next == '>'):
                    sb.Append('≥');
                    i++;
                    break;
                case '<':
                    sb.Append('≤');
                    break;
                case '>':
                    sb.Append('≥');
                    break;
                case '+' when next == '-' || (next == '/' && i + 2 < s.Length && s[i + 2] == '-'):
                    sb.Append('±');
                    i += next == '/' ? 2 : 1;
                    break;
                case '°' or '∽' or '〰' when BetweenDigits(s, i):
                    sb.Append('~'); // a thin "~" between two numbers comes back from OCR as ° ("200°260")
                    break;
                case '土' or '圭' or '£' or '干' when BetweenDigits(s, i):
                    sb.Append('±'); // OCR reads ± as 土 (earth), 圭 (seed 367's tune-036), 干 or £; between two numbers it can only be ±
                    break;
                case '十' when BetweenDigits(s, i):
                    sb.Append('+'); // a + (or a ± that lost its lower bar) read as 十 (ten)
                    break;
                case 'φ' or 'Φ' or 'ø' or 'Ø' or '⌀' or '∅' or '(' or ')' or '[' or ']' or '{' or '}' or '/' or ':':
                    sb.Append(' ');
                    break;
                case ',' when !(i > 0 && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(next)):
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return Squash(sb.ToString());
    }

    private static bool BetweenDigits(string s, int i)
    {
        var before = s[..i].TrimEnd();
        var after = s[(i + 1)..].TrimStart();
        return before.Length > 0 && char.IsAsciiDigit(before[^1]) && after.Length > 0 && char.IsAsciiDigit(after[0]);
    }

    private static string Squash(string s) => SpacesRegex().Replace(s, " ").Trim();

    private static decimal Dec(Match m, string group) =>
        decimal.Parse(m.Groups[group].Value.Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>One mark before the nominal where φ stood: "ゅ", "中", "$", "&".</summary>
    [GeneratedRegex(@"^(?:[^\x00-\x7F±≤≥~]|[@$#""&]) ?(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex StrayMarkRegex();

    /// <summary>
    /// A roughness parameter and the ≦ after it as fax OCR leaves them: "Ra s1.6", "Ra ミミ 1.6", "Ra & 3.2", "Ra 人笠1.6",
    /// "_Ras1.6"; "Ka" for Ra.
    /// </summary>
    [GeneratedRegex(@"^\s*[_""“]?(Rmax|Rzjis|Ra|Rz|Ry|Rq|Sa|Ka)\s*(?:[sS$=&ミ人笠]{1,2}|-) ?(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadAtMostRegex();

    /// <summary>"max" as fax OCR reads it before or after a figure: "maa. 1.6", "MIX. 1.6", "1.6 miax", "1.6 nar".</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:maa|MIX|miax|nar)(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadMaxRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+\.(?<f>[0-9]+?))1 ?0\.(?<t>[0-9]+)(?![0-9.])", RegexOptions.CultureInvariant)]
    private static partial Regex OneForPlusMinusRegex();

    /// <summary>
    /// ± read as a 1 after a space: "20.00 10.05", "10.000 10.02 mm" (the space places the nominal's end). A "+" before a
    /// second deviation is <see cref="OneForPlusRegex"/>.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+\.[0-9]+) 1 ?(?<t>0\.[0-9]+)(?![0-9.]| ?/)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedOneForPlusMinusRegex();

    /// <summary>
    /// "+" read as a 1 before an upper deviation that a lower one follows: "8.00 (10.05/ 0.02)", "12.000 10/-0.018",
    /// "12.000 (1.0/ 0.018)".
    /// </summary>
    [GeneratedRegex(@"(?<=[0-9] ?\(? ?)1\.?(?=0(?:\.[0-9]+)? ?/)", RegexOptions.CultureInvariant)]
    private static partial Regex OneForPlusRegex();

    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+\.[0-9]+) ?(?<s>[±+] ?)(?<d>[1-9])(?<t>0\.[0-9]+)(?![0-9.])", RegexOptions.CultureInvariant)]
    private static partial Regex MarkReadIntoDeviationRegex();

    [GeneratedRegex(@"^(?<a>[0-9]+(?:\.(?<fa>[0-9]+))?) (?<b>[0-9]+(?:\.(?<fb>[0-9]+))?)(?=$| ?[A-Za-zμ])", RegexOptions.CultureInvariant)]
    private static partial Regex LostRangeRegex();

    /// <summary>Both signs of a two-sided deviation lost: "12.000 0/0.018)", "8.000 (0.015/0)" (the upper first, as printed).</summary>
    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+\.[0-9]+) \(?(?<u>[0-9]+(?:\.[0-9]+)?) ?/ ?(?<l>[0-9]+(?:\.[0-9]+)?)\)?", RegexOptions.CultureInvariant)]
    private static partial Regex LostSignsRegex();

    /// <summary>A 7 read as "/" after a decimal point ("0.30~0./0"): no fraction has a slash in it.</summary>
    [GeneratedRegex(@"(?<=[0-9]\.)/(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SlashForSevenRegex();

    /// <summary>以下 with its 下 read as ト or ド ("0.1以ト"). 上 has a ト in it as well: a guess the values settle.</summary>
    [GeneratedRegex(@"以[トド]", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadBelowRegex();

    /// <summary>
    /// ± as fax OCR reads it when its bars survive: "250.00ェ0.10", "40.00 =0.10", "14.00二0.05", "14.00 +£0.05",
    /// "10.000 ょ 0.02". Two bars between a nominal and its tolerance can be nothing else (a one-sided "+" has one): no
    /// guess. Over eleven 80-document sets (session 9) all 28 such specifications with ェ = 二 ニ +£ and all 15 with ょ
    /// were ±.
    /// </summary>
    [GeneratedRegex(@"([0-9]) ?(?:[ェエ=二ニょ]|\+ ?£) ?(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex BarredPlusMinusRegex();

    /// <summary>
    /// ± as fax OCR reads it with its shape gone: "250.00!0.10", "10.000'0.02". A stroke or speck between the figures
    /// may be what is left of a "+" as well: a guess.
    /// </summary>
    [GeneratedRegex(@"([0-9]) ?[!'] ?(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadPlusMinusRegex();

    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+\.(?<f>[0-9]{2,3})) ?(?:[*°»>よう©¢_]|_?[1lL]\.) ?(?<t>0\.[0-9]{1,3})(?![0-9.])", RegexOptions.CultureInvariant)]
    private static partial Regex MarkForPlusMinusRegex();

    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+\.(?<f>[0-9]{2,3}))(?: 4|[14] )(?<t>0\.[0-9]{1,3})(?![0-9.])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitForPlusMinusRegex();

    /// <summary>
    /// φ read as a 4 standing apart before a nominal with its deviation ("4 10.000 +0.02", seed 349's tune-047): a 規格
    /// cell prints no lone figure before its nominal. The whole a guess.
    /// </summary>
    [GeneratedRegex(@"^\s*4 (?=[0-9]+\.[0-9]+ ?[+±])", RegexOptions.CultureInvariant)]
    private static partial Regex DiameterReadAsFourRegex();

    /// <summary>
    /// "+" read as "!" or "'" before an upper deviation that a lower one follows: "8.000 !0.015/-0", "8.00(!0.05/ 0.02)"
    /// (a ± has no second deviation).
    /// </summary>
    [GeneratedRegex(@"(?:[!']|人?せ)(?= ?[0-9]+(?:\.[0-9]+)? ?/)", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadPlusRegex();

    /// <summary>
    /// The ± read twice, as a 4 or 1 and then "+" ("10.0004+0.02", seed 373's tune-032, accepted as 10.0004 ±0.02): a
    /// nominal of four decimals or more ending so, the mark after it. Drawings print nominals to three at most.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9.])([0-9]+\.[0-9]{3,})[14](?=\s*[+±])")]
    private static partial Regex MarkReadTwiceRegex();

    /// <summary>
    /// A deviation whose decimal point was lost after its leading zero ("250.00 +010" for ±0.10, seed 269's tune-044, read
    /// as ±10): no drawing writes a whole number with a leading zero.
    /// </summary>
    [GeneratedRegex(@"(?<=[+±\-<>≦≧≤≥] ?)0(?=[0-9]{1,3}(?![0-9.,]))", RegexOptions.CultureInvariant)]
    private static partial Regex LostDeviationPointRegex();

    /// <summary>
    /// The slash of "+0/-0.018" read as a 7 ("12.000 (+07-0.018)", seed 521's tune-056, read as +0.7): a zero upper deviation
    /// is what a shaft's or hole's fit prints, an upper deviation forty times the lower none.
    /// </summary>
    [GeneratedRegex(@"(?<=\+ ?0)7(?= ?-0\.)", RegexOptions.CultureInvariant)]
    private static partial Regex SevenForSlashRegex();

    /// <summary>
    /// A one-sided limit whose decimal point was lost after its leading zero ("01 以下" for 0.1以下, seed 491's tune-066, read
    /// as 1): no drawing writes a whole number with a leading zero.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9.,])0(?=[0-9]{1,3} ?(?:以下|以上))", RegexOptions.CultureInvariant)]
    private static partial Regex LostLimitPointRegex();

    /// <summary>
    /// The "+" of an upper deviation lost where a signed lower one follows: "8.00 (0.05/-0.02)", "8.000 0.015/-0)". A zero
    /// has no sign to lose ("12.000 0/-0.018" is as printed).
    /// </summary>
    [GeneratedRegex(@"(?<=[0-9] \(? ?)(?=0?\.?[0-9]*[1-9][0-9]* ?/ ?-)(?!0 ?/)", RegexOptions.CultureInvariant)]
    private static partial Regex LostPlusRegex();

    /// <summary>A speck between two figures where a mark stood: "10.000・ 0.02", "0.30・ 0.70", "50.00: 0.05".</summary>
    [GeneratedRegex(@"(?<=[0-9]) ?(?:・|: ) ?(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SpeckForMarkRegex();

    [GeneratedRegex(@"(?<=^|[0-9nN+ ])[nN](?=[0-9nN+ ]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NForZeroRegex();

    [GeneratedRegex(@"^(?<pre>[^0-9]{0,2}?) ?(?<n>[0-9]+[.,][0-9]{2,3}?)[14L!]?(?<t>0\.[0-9]{2,3})(?<post>(?: ?[A-Za-zμ]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedPlusMinusRegex();

    [GeneratedRegex(@"^(?<pre>[^0-9]{0,2}?)(?<a>[1-9][0-9]{2})7?(?<b>[1-9][0-9]{2})(?<post>(?: ?[A-Za-z]+)?[ \-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerRangeRegex();

    /// <summary>A nominal and a deviation around a ± or + (or their misreadings), each with its decimal point read as a gap.</summary>
    [GeneratedRegex(@"(?<a>\d+) (?<b>\d{2,3}) ?(?<s>[±+十土£干]) ?(?<c>\d+) (?<d>\d{1,3})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LostPointsRegex();

    /// <summary>A nominal and one "+" deviation (or 十), nothing after it but a unit or marks: "10.00+0.05", "φ10.00+0.05mm".</summary>
    [GeneratedRegex(@"^[^\d]*\d+(?:\.\d+)?[+十]\d+(?:\.\d+)?[^\d/+\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleDeviationRegex();

    /// <summary>A decimal nominal and one minus deviation under one, nothing else: "50.00-0.05", "φ250.00 - 0.10 mm".</summary>
    [GeneratedRegex(@"^[^\d]*\d+\.\d+-0\.\d+[^\d/+\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SingleMinusDeviationRegex();

    /// <summary>
    /// ～ between two figures as fax OCR reads it: "58.0て62.0", "58.0ン62.0", "11.90<12.10", "170へ230", "11.90ぐ12.10",
    /// "0.30 一0.70", "11.90> 12.10", "58.0 » 62.0", "200^260", or with a dash beside it ("58.0-~62.0") or specks before it
    /// ("58.0°~62.0", "0.30...<0.70").
    /// </summary>
    [GeneratedRegex(@"([0-9])(?:\.{1,3}|°)? ?(?:[てン<>»へぐく一^]|へ<|-~-?|~-|(?<=[0-9](?:\.{1,3}|°) ?)~) ?(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadRangeRegex();

    [GeneratedRegex(@"^(?:(?:[^\x00-\x7F]|[@$#""]) ?)?(?<n>[0-9]+\.[0-9]+) (?<t>0\.[0-9]+)(?=$| ?[A-Za-zμ])", RegexOptions.CultureInvariant)]
    private static partial Regex LostPlusMinusRegex();

    /// <summary>
    /// A decimal point read as a comma or colon: "40,00", "0,10", "0:1" (a thousands comma has three digits after it),
    /// or after a lone zero, "-0,018" (no thousands group follows a 0).
    /// </summary>
    [GeneratedRegex(@"(?<=[0-9])[,:](?=[0-9]{1,2}(?![0-9]))|(?<=(?:^|[^0-9.,])0),(?=[0-9]{3}(?![0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalMarkRegex();

    /// <summary>The first figure's comma before three digits, when a figure with a decimal point follows it.</summary>
    [GeneratedRegex(@"^(?<n>[^0-9]*[0-9]{1,3}),(?=[0-9]{3}(?![0-9]).*[0-9][.,][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CommaBeforeThreeDecimalsRegex();

    /// <summary>
    /// 一 (one) between a nominal and a deviation under one, "40.00 一 0.10": a minus, as in "50.00-0.05"; between two
    /// figures of one size ("0.30 一0.70", "11.90一12.10") it is a ～ (<see cref="MisreadRangeRegex"/>).
    /// </summary>
    [GeneratedRegex(@"^(?<n>[^0-9]*[1-9][0-9]*\.[0-9]+) ?一 ?(?<t>0\.[0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex KanjiOneForMinusRegex();

    [GeneratedRegex(@"\s[“”‘’""](?=[A-Za-zμ]{2,4}$)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedUnitRegex();

    /// <summary>
    /// Specks at either end of the 規格 text ("・0.03 以下 ・", "0.1 以下 ."): left on, the 以下 no longer ends it and the
    /// figure was taken for a nominal.
    /// </summary>
    [GeneratedRegex(@"^\s*[・。]+\s*|(?:\s*[・。]|\s+[.,])+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EdgeSpecksRegex();

    /// <summary>
    /// ～ read 7 between two figures of one precision: "11.90712.10" is 11.90～12.10 (seed 569's tune-045), "55.07 60.0" is
    /// 55.0～60.0 (seed 487's tune-007).
    /// </summary>
    [GeneratedRegex(@"^(?<a>[0-9]+\.[0-9]{2})7 ?(?<b>[0-9]+\.[0-9]{2})$|^(?<a>[0-9]+\.[0-9])7 ?(?<b>[0-9]+\.[0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex SevenForRangeRegex();

    [GeneratedRegex(@"\s+min\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MinForMillimetreRegex();

    /// <summary>A short garble ending in "m" after a figure or 以上/以下, with specks or a stray word after it.</summary>
    [GeneratedRegex(@"(?<=[0-9上下])\s*(?:[|*]\s*)?[^\s0-9A-Za-z以上下]{0,2}\s?[A-Za-zμ]{0,2}m(?:\s*[”“""'°;:.,]+)?(?:\s+[a-z]{1,2})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GarbledMicrometreRegex();

    /// <summary>A speck read as a point between the nominal and its bracketed deviations: "12.000.(+0/-0.018)".</summary>
    [GeneratedRegex(@"(?<=[0-9])\.(?=\()", RegexOptions.CultureInvariant)]
    private static partial Regex PointBeforeBracketRegex();

    /// <summary>A katakana gauge name, a spaced-off word, a unit behind a quote mark ("“m"), or specks (©) at the end of the 規格 text.</summary>
    [GeneratedRegex(@"(?:[\p{IsKatakana}ー]+|\s+[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}ー]+|\s+[“”‘’][A-Za-zμ]*|[\s\-|.・*_,。'""~«»©®]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNoiseRegex();

    /// <summary>
    /// "+0.05/ 0.02": the minus of the lower deviation lost (a "+" there would have been read as well). A zero ("+0.015/0")
    /// has no sign to lose.
    /// </summary>
    [GeneratedRegex(@"(\+ ?[0-9]+(?:\.[0-9]+)?) ?/ ?(?=[0-9])(?!0(?:\.0+)?(?![0-9.]))", RegexOptions.CultureInvariant)]
    private static partial Regex LostMinusRegex();

    [GeneratedRegex(@"^(?<p>Rmax|Rzjis|Ra|Rz|Ry|Rq|Sa)(?![A-Za-z])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterRegex();

    // Keywords max/min are not units; the lookarounds keep "mm" out of "max" and "min".
    [GeneratedRegex(@"(?<![A-Za-zμ°])(?!(?:max|min)\.?(?![A-Za-z]))(?:[A-Za-zμ°%]+(?:/[A-Za-z]+[23]?)?)(?![A-Za-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnitRegex();

    [GeneratedRegex(@"^(?<n>" + Num + @") ?± ?(?<t>" + Num + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex PlusMinusRegex();

    [GeneratedRegex(@"^(?<a>[-+]? ?" + Num + @") ?(?<op>[~-]) ?(?<b>[-+]? ?" + Num + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"^(?<n>" + Num + @") ?(?:(?<d1>[-+] ?" + Num + @") ?(?<d2>[-+] ?" + Num + @"|0(?:\.0+)?)?|(?<d1>0(?:\.0+)?) (?<d2>[-+] ?" + Num + "))$", RegexOptions.CultureInvariant)]
    private static partial Regex DeviationRegex();

    [GeneratedRegex(@"^(?<n>" + Num + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainRegex();

    [GeneratedRegex(@"(?:(?:(?<uop>≤|max\.?|最大)|(?<lop>≥|min\.?|最小)) ?(?<n>" + Num + @")|(?<n>" + Num + @") ?(?:(?<usuf>以下|以内|未満|max\.?)|(?<lsuf>以上|超|min\.?)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LimitRegex();
}
