using System.Globalization;
using System.Text.RegularExpressions;

namespace DocIntake.Core.Text;

/// <summary>
/// Reads one amount of money: ¥1,234,500 / ￥1,234,500- / 1,234,500円 / 金1,234,500円也 / "1,234,500 円(税込)" /
/// $1,234.50 / JPY 1,234,500 / £12.50 / ₹319 / △1,000 (Japanese minus). Text holding anything else (two numbers, a label) gives null.
/// </summary>
public static partial class MoneyParser
{
    public static MoneyValue? Parse(string? text)
    {
        var s = TextNormalizer.Nfkc(text).Trim();
        if (s.Length == 0)
        {
            return null;
        }

        var tax = TaxLabel.None;
        foreach (Match m in TaxRegex().Matches(s))
        {
            var found = m.Groups["inc"].Success ? TaxLabel.Included : TaxLabel.Excluded;
            if (tax != TaxLabel.None && tax != found)
            {
                return null;
            }

            tax = found;
        }

        s = TaxRegex().Replace(s, " ");

        string? currency = null;
        foreach (Match m in CurrencyRegex().Matches(s))
        {
            var found = m.Value.ToUpperInvariant() switch
            {
                "JPY" or "円" or "¥" or "\\" => "JPY",
                "USD" or "US$" or "$" => "USD",
                "EUR" or "€" => "EUR",
                "GBP" or "£" => "GBP",
                "INR" or "₹" => "INR",
                _ => "CNY",
            };
            if (currency is not null && currency != found)
            {
                return null;
            }

            currency = found;
        }

        s = CurrencyRegex().Replace(s, " ").Trim();
        var exact = false;
        if (s.StartsWith('金'))
        {
            s = s[1..];
        }

        if (s.EndsWith('也'))
        {
            s = s[..^1];
            exact = true;
        }

        // A ruling remnant read as a word of its own ("3,856.60 | -") beside a number whose format is complete (comma
        // groups or decimals) is no digit: joined, "|" would become a 1.
        if (RulingRegex().IsMatch(s) && CompleteNumberRegex().IsMatch(s))
        {
            s = RulingRegex().Replace(s, " ").Trim();
            s = TrailingExactRegex().Replace(s, "-");
        }

        if (TwoNumbersRegex().IsMatch(s))
        {
            return null;
        }

        var core = NumberRegex().Match(LookalikeRepair.ForNumber(SemicolonForCommaRegex().Replace(s, ",")));
        if (!core.Success)
        {
            return null;
        }

        var digits = core.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace(".", string.Empty, StringComparison.Ordinal);
        var frac = core.Groups["frac"].Success ? "." + core.Groups["frac"].Value : string.Empty;
        var amount = decimal.Parse(digits + frac, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (core.Groups["sign"].Success)
        {
            amount = -amount;
        }

        return new MoneyValue(amount, currency, tax, exact || core.Groups["exact"].Success);
    }

    [GeneratedRegex(@"[(\[]?\s*(?:(?<inc>消費税込み?|税込み?|内税|tax\s*incl(?:uded|\.)?|incl(?:uding|\.)?\s*(?:of\s*)?tax)|(?<exc>税抜き?|税別|外税|tax\s*excl(?:uded|\.)?|excl(?:uding|\.)?\s*(?:of\s*)?tax))\s*[)\]]?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TaxRegex();

    [GeneratedRegex(@"US\$|(?<![A-Za-z])(?:JPY|USD|EUR|GBP|INR|CNY|RMB)(?![A-Za-z])|[円¥\\$€£₹]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyRegex();

    [GeneratedRegex(@"(?<=^|\s)[|｜](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RulingRegex();

    [GeneratedRegex(@"[0-9],[0-9]{3}|[0-9]\.[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex CompleteNumberRegex();

    [GeneratedRegex(@"(?<=[0-9])\s+-$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingExactRegex();

    /// <summary>A thousands comma read as a semicolon ("¥501;700", seed 373's tune-078): before three digits it is nothing else.</summary>
    [GeneratedRegex(@"(?<=[0-9]);(?=[0-9]{3}(?![0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex SemicolonForCommaRegex();

    [GeneratedRegex(@"[0-9OolI]\s+[0-9OolI]", RegexOptions.CultureInvariant)]
    private static partial Regex TwoNumbersRegex();

    // Comma groups (1,234,500), dot groups (1.234.500, OCR or European), plain digits; optional decimals; "-" or ".-" at the end = exactly.
    [GeneratedRegex(@"^(?<sign>[-△▲▵▴])?(?:(?<int>[0-9]{1,3}(?:,[0-9]{3})+)(?:\.(?<frac>[0-9]+))?|(?<int>[0-9]{1,3}(?:\.[0-9]{3}){2,})(?:,(?<frac>[0-9]{1,2}))?|(?<int>[0-9]{1,3}(?:\.[0-9]{3})+),(?<frac>[0-9]{1,2})|(?<int>[0-9]+)(?:\.(?<frac>[0-9]+))?)(?<exact>\.?-)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();
}
