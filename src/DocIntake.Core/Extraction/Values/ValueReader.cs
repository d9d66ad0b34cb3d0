using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Values;

/// <summary>Turns raw text into a contract value of a kind; null when the text does not parse as that kind.</summary>
internal static partial class ValueReader
{
    public static JsonNode? Read(string? text, ValueKind kind, ReadContext context) => kind switch
    {
        ValueKind.Text => NullIfEmpty(CleanText(text)),
        ValueKind.Code => Code(text) is { } c && c.Any(char.IsAsciiDigit) ? JsonValue.Create(c) : null,
        ValueKind.Number => Number(text) is { } n ? JsonValue.Create(n) : null,
        ValueKind.Money => Money(text) is { } m ? JsonValue.Create(m) : null,
        ValueKind.Date => Date(text, context) is { } d ? JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
        ValueKind.Phone => Phone(text) is { } p ? JsonValue.Create(p) : null,
        ValueKind.Company => NullIfEmpty(CompanyName.Clean(text)),
        ValueKind.Result => Result(text) is { } r ? JsonValue.Create(r) : null,
        _ => null,
    };

    /// <summary>
    /// Text as printed, without the separators and fax specks at its ends (". 外観" and "佐藤 .": a speck read as a word;
    /// "Bushing,"; "カラー-"). The text is a segment's, whose spaces are already decided (OCR's between kana and kanji
    /// dropped, a text layer's kept), so white space is only folded here.
    /// </summary>
    public static string CleanText(string? text) =>
        LookalikeRepair.ForJapaneseWords(TextNormalizer.NormalizeTyped(TrailingSpeck().Replace(LeadingSpeck().Replace(TextNormalizer.Nfkc(text), string.Empty), string.Empty))
            .Trim(' ', ':', '：', '・', '|', ','));

    /// <summary>Codes keep their printed case; only look-alikes in digit runs are repaired (PO-26-O112 → PO-26-0112).</summary>
    public static string Code(string? text)
    {
        var raw = TextNormalizer.Compact(WithoutTrailingDate(text)).Trim(':', '：', '|', '.', ',', '-');
        var repaired = LookalikeRepair.ForCode(raw);
        if (repaired.Length != raw.Length)
        {
            return repaired.Length == 0 ? raw : repaired;
        }

        var chars = repaired.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.ToUpperInvariant(raw[i]) == chars[i])
            {
                chars[i] = raw[i];
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// A code never ends in a date: "PO-26-4395 2026-12-18" is the code and the next cell's date, run together when the
    /// date's label was lost to OCR. A code with spaces inside (OCR spacing) keeps them until compacted.
    /// </summary>
    private static string? WithoutTrailingDate(string? text)
    {
        var s = TextNormalizer.Normalize(text);
        var cut = s.LastIndexOf(' ');
        if (cut > 0 && DateParser.TryFind(s[(cut + 1)..], out var m) && m.Kind == DateKind.Full && m.Index == 0 && m.Length == s.Length - cut - 1)
        {
            return s[..cut];
        }

        // Run together without a space: "A-2612-96622026-12-11".
        var joined = CodeThenIsoDate().Match(s);
        return joined.Success ? joined.Groups["code"].Value : s;
    }

    public static decimal? Number(string? text)
    {
        // OCR splits one number with a space ("1 200"), but a number after a decimal fraction, or two numbers each with
        // its own thousands comma, are two: a unit price and the amount beside it ("4,863 121,575", "6.50 650").
        if (TwoNumbers().IsMatch(TextNormalizer.Normalize(text)))
        {
            return null;
        }

        // A speck apart before the figure (". 100" under 数量, seed 373's tune-033) is no decimal point.
        var s = TextNormalizer.Compact(LeadingSpeck().Replace(text ?? string.Empty, string.Empty)).Trim('|', '｜');
        if (s.Length == 0)
        {
            return null;
        }

        if (QuantityParser.Parse(s) is { } q)
        {
            return q.Value;
        }

        var repaired = LookalikeRepair.ForNumber(s).Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(repaired, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    public static decimal? Money(string? text)
    {
        // A table border read as "|" beside the amount is not a digit (look-alike repair would make it a 1).
        // So is a speck before it (". 619.37").
        var s = Percent().Replace(TextNormalizer.Normalize(LeadingSpeck().Replace(text ?? string.Empty, string.Empty)), " ").Trim(' ', '|', '｜');
        s = DotThousands(s);
        if (MoneyParser.Parse(s) is { } m)
        {
            return m.Amount;
        }

        // A figure OCR could not read ("?,880") or a tax rate ("(10%)") is no amount to repair.
        return Number(s.TrimEnd('-'))
            ?? ((text ?? string.Empty).IndexOfAny(['?', '%']) < 0 && !Bracketed().IsMatch(text ?? string.Empty) && FaxMoney(s) is var repaired && repaired != s && MoneyParser.Parse(DotThousands(repaired)) is { } r ? r.Amount : null);
    }

    /// <summary>
    /// A money cell as fax OCR leaves it: the next column's date run in, a garbled 税抜 label before its ruling ("(税拓 | 695,160円"), a rule read as
    /// dashes before the ¥ ("—-¥1,624,020"), specks, ¥ read "Y" ("Y¥ 2,584,600", "Y2.203.296"), USD read "usp", JPY
    /// "IPY", a 7 read "/", a quote mark or spaces for a thousands comma or between single figures ("102, 6 2 4 円"). Tried only
    /// when the text does not parse: over 30 sets (session 15) 129 of 314 unparsed amounts came out right this way, 4 wrong (a figure
    /// misread besides, "Y 180.530" for 480,530), which the totals checks then weigh.
    /// </summary>
    private static string FaxMoney(string s)
    {
        var tail = s.LastIndexOfAny(['|', '[']) is var bar and >= 0 && s[(bar + 1)..].Any(char.IsAsciiDigit) ? s[(bar + 1)..] : s;
        tail = TrailingDate().Replace(tail, string.Empty);
        tail = LeadingJunk().Replace(DashRun().Replace(tail.Trim(), string.Empty), string.Empty);
        tail = FaxYen().Replace(tail, "¥");
        tail = FaxDollar().Replace(tail, "USD ");
        tail = FaxJpy().Replace(tail, "JPY ");
        tail = QuoteForComma().Replace(tail, ",");
        tail = SpacedFigures().Replace(CommaSpace().Replace(tail, ","), string.Empty);
        tail = StrayPoint().Replace(SlashForSeven().Replace(tail, "7"), ",");
        // Junk after the amount is dropped only before a complete amount: "481 *" lost figures to the star.
        var trimmed = TrailingJunk().Replace(tail, string.Empty);
        tail = CompleteAmount().IsMatch(trimmed) ? trimmed : tail;
        return SpaceForComma().Replace(tail, ",").Trim();
    }

    /// <summary>A thousands comma read as a quote mark between figures ("2 ’ 857 ’ 5 1 8 円", seed 593's tune-035).</summary>
    [GeneratedRegex(@"(?<=[0-9])\s?[’‘'`]\s?(?=[0-9])")]
    private static partial Regex QuoteForComma();

    [GeneratedRegex(@"^[—–―ー\-]{2,}\s*|^-\s+")]
    private static partial Regex DashRun();

    /// <summary>
    /// The 納期 column run into the amount cell ("1,052 2026/08/04", "317,350 令和 8 年5月 18日"): over 32 sets (session 17)
    /// 8 line amounts lost so.
    /// </summary>
    [GeneratedRegex(@"(?<=[0-9])\s+(?:20[0-9]{2}\s*[/-]\s*[0-9]{1,2}\s*[/-]\s*[0-9]{1,2}|令和\s*[0-9元]+\s*年\s*[0-9]+\s*月\s*[0-9]+\s*日|R\s*[0-9]+\.[0-9]+\.[0-9]+)[\s・.]*$")]
    private static partial Regex TrailingDate();

    /// <summary>A speck beside a thousands comma, after it or before it ("458,.700円", "519.,670円").</summary>
    [GeneratedRegex(@"(?:,\.|\.,)(?=[0-9]{3})")]
    private static partial Regex StrayPoint();

    /// <summary>What an amount must show for junk after it to be dropped: thousands groups, cents, or four figures and more.</summary>
    [GeneratedRegex(@",[0-9]{3}|\.[0-9]{2}$|[0-9]{4}")]
    private static partial Regex CompleteAmount();

    /// <summary>Figures in brackets: a tax rate ("(10%)" read "(1096)"), not an amount.</summary>
    [GeneratedRegex(@"\([^)]*[0-9][^)]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^[Yy]+\s*(?:[¥\\]\s*)?(?=[0-9])|^Y(?=¥)")]
    private static partial Regex FaxYen();

    [GeneratedRegex(@"^(?:usp|usd)\.?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FaxDollar();

    /// <summary>
    /// A 7 read "/" beside a thousands comma ("¥276,/82", "¥ /,36/,800"), inside the figures before the first one
    /// ("¥2/5,000", seed 463's tune-052) or ending cents ("8.2/"); between bare figures it is a page counter's ("2/2").
    /// </summary>
    [GeneratedRegex(@"/(?=,)|(?<=,)/|(?<=\.[0-9]+)/$|(?<=(?<![0-9])[0-9])/(?=[0-9]?,[0-9]{3})|(?<=(?<![0-9])[0-9]{2})/(?=,)|(?<![0-9])/(?=[0-9]{1,2},[0-9]{3})")]
    private static partial Regex SlashForSeven();

    /// <summary>Specks, a quote or a stray letter after the amount ("¥1,001,462-\"", "¥ 1,144,862 y").</summary>
    [GeneratedRegex(@"(?:\s+[A-Za-z]|[^\p{L}\p{N}\-/]+)$")]
    private static partial Regex TrailingJunk();

    /// <summary>A thousands comma read as a space ("\252 005", "¥448 840").</summary>
    [GeneratedRegex(@"(?<=(?:^|[¥\\\s])[0-9]{1,3}) (?=[0-9]{3}(?: [0-9]{3})*(?:円|$))")]
    private static partial Regex SpaceForComma();

    [GeneratedRegex(@"^IPY\s*")]
    private static partial Regex FaxJpy();

    /// <summary>Specks and the tail of a (税込) label before the amount: "込) 128.40", "・ 55,200", "“¥955,902".</summary>
    [GeneratedRegex(@"^(?:[^\p{L}\p{N}¥$\\\-]+|[込抜]\)\s*)+")]
    private static partial Regex LeadingJunk();

    [GeneratedRegex(@",\s+(?=[0-9/])")]
    private static partial Regex CommaSpace();

    [GeneratedRegex(@"(?<=,[0-9](?: [0-9])*) (?=[0-9](?: |[^0-9]|$))")]
    private static partial Regex SpacedFigures();

    /// <summary>
    /// OCR often reads a thousands comma as a dot: "8.272", "3.420.000", "1.351,100". Money never has three decimals, so
    /// a dot followed by exactly three digits is a thousands separator.
    /// "1.920.00" has its thousands dots before a decimal point (seed 131's tune-030, "USD 1,920.00").
    /// </summary>
    public static string DotThousands(string s) =>
        ThousandsDot().IsMatch(s) ? s.Replace('.', ',')
        : DotsBeforeCents().IsMatch(s) ? string.Concat(s[..s.LastIndexOf('.')].Replace('.', ','), s[s.LastIndexOf('.')..])
        : s;

    [GeneratedRegex(@"^[^\d]*\d{1,3}(?:\.\d{3})+\.\d{2}\s*-?$")]
    private static partial Regex DotsBeforeCents();

    public static string? Currency(string? text) => MoneyParser.Parse(Percent().Replace(TextNormalizer.Normalize(text), " "))?.Currency;

    public static DateOnly? Date(string? text, ReadContext context)
    {
        // Specks beside a month/day ("8/31 ・", "。 10/26", "5/25 -"): a bare month/day is only taken as the whole text.
        var s = SplitDay().Replace(LetterBeforeEra().Replace(TextNormalizer.Normalize(text), string.Empty), "$1$2");
        s = DaySecondFigureLookalike().Replace(s, m => DaySecondFigure(m.Value)).Trim(' ', '・', '.', '。', ',', '、', '[', ']', '|', '*', '\'', '"', '-', 'ー');
        return DateParser.TryParse(s, out var m, context.MonthFirst, context.ReferenceDate)
            || DateParser.TryFind(s, out m, context.MonthFirst, context.ReferenceDate)
            ? m.Date
            : null;
    }

    /// <summary>
    /// A month/day with specks beside it ("9/25 ・"): read from a noisy cell with no year to check it by. Over 14 sets
    /// (session 14) 7 of 8 such accepted line dates were right, one a 5 read 9; its OCR is weighed less by the callers.
    /// </summary>
    public static bool IsSpeckedMonthDay(string? text) => text is not null && SpeckedMonthDay().IsMatch(text);

    public const double SpeckedMonthDayWeight = 0.8;

    [GeneratedRegex(@"^\s*(?:[・.。,、\[\]|*'""\-ー]+\s*[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}/[0-9]{1,2}\s*[・.。,、\[\]|*'""\-ー]+)\s*$")]
    private static partial Regex SpeckedMonthDay();

    /// <summary>The first phone number in the text ("TEL 0566-21-4410 / FAX 0566-21-4411" gives the TEL).</summary>
    public static string? Phone(string? text)
    {
        var s = TextNormalizer.Normalize(text);
        var next = NextLabel().Match(s, Math.Min(s.Length, 1));
        if (next.Success && next.Index > 0)
        {
            s = s[..next.Index];
        }

        s = PhoneLabel().Replace(s, " ").Trim(' ', '/', '／', '|');
        return PhoneNumberFormatter.Format(s) ?? (s.TrimStart('(', '+').StartsWith('0') ? null : PhoneNumberFormatter.Format(s, "US"))
            ?? PhoneNumberFormatter.Leading(s);
    }

    public static string? Result(string? text) => ResultParser.Parse(text);

    private static JsonValue? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : JsonValue.Create(s);

    /// <summary>A speck read as a letter before the era's R or H, "NR8.5.28" (seed 563's tune-045): R then no longer starts a word.</summary>
    [GeneratedRegex(@"^\s*[A-Z](?=[RH]\.?[0-9OoBS]{1,2}[./\-][0-9]{1,2}[./\-][0-9])")]
    private static partial Regex LetterBeforeEra();

    /// <summary>A day's two digits read apart at the end of a date ("2026/04/1 6", "ROB/09/2 1").</summary>
    [GeneratedRegex(@"^(.*[/.\-][0-9]{1,2}[/.\-](?:[12](?= )|3(?= [01]))) ([0-9])$")]
    private static partial Regex SplitDay();

    /// <summary>
    /// A day's second figure read as a mark glued to the first, ending the cell: 7 as "/" ("R8.4.2/" for R8.4.27), 6 as
    /// "G" ("Ro8/03/1G"). Left so, the date found stops short at the first figure, another day.
    /// </summary>
    [GeneratedRegex(@"(?<=[/.\-][0-9]{1,2}[/.\-][12])[/G]$")]
    private static partial Regex DaySecondFigureLookalike();

    private static string DaySecondFigure(string mark) => mark == "G" ? "6" : "7";

    [GeneratedRegex(@"^[^\d]*\d{1,3}(?:,\d{3})*\.\d{3}(?:[.,]\d{3})*\s*(?:-|円)?$")]
    private static partial Regex ThousandsDot();

    // A speck before the first word, apart from it or, a quote mark no quote closes, on it ("‘Taper collar", seed 521's
    // tune-035, accepted).
    [GeneratedRegex(@"^\s*[.,。、'‘`]\s+|^[‘`'](?=\p{L})(?!.*[’'])")]
    private static partial Regex LeadingSpeck();

    // A hyphen after the text is a speck or the long mark read twice ("カラー-", seed 179's tune-070): over 20 evaluation
    // sets no text value ended in one. Nor did one end in a Latin point after kana or kanji ("外観.", seed 197's tune-068;
    // 4 such over 24 sets, session 14).
    [GeneratedRegex(@"(\s+[.,。、'‘’`]+|\s*[-~]+|(?<=[\u3040-\u30FF\u4E00-\u9FFF])[.,]+)\s*$")]
    private static partial Regex TrailingSpeck();

    [GeneratedRegex(@"\d\.\d+\s+\d|\d,\d{3}\s+\d+,\d{3}")]
    private static partial Regex TwoNumbers();

    // "(10%)" after a tax label, "10%" printed beside the amount.
    [GeneratedRegex(@"\(?\s*\d{1,2}(?:\.\d)?\s*%\s*\)?")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?i)TEL\.?|FAX\.?|電話|℡|:")]
    private static partial Regex PhoneLabel();

    [GeneratedRegex(@"(?i)(?<=[\d\s/／|])(TEL|FAX|電話|℡)")]
    private static partial Regex NextLabel();

    [GeneratedRegex(@"^(?<code>.*[A-Za-z].*\d)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeThenIsoDate();
}

/// <summary>What parsing needs besides the text: English dates read month first, a date to give month/day a year.</summary>
internal sealed record ReadContext(bool MonthFirst, DateOnly? ReferenceDate)
{
    public static ReadContext Japanese { get; } = new(false, null);

    /// <summary>Only English documents read dates month first.</summary>
    public bool English => MonthFirst;
}
