using System.Globalization;
using System.Text.RegularExpressions;

namespace DocIntake.Core.Text;

/// <summary>
/// Reads dates as printed on Japanese and English documents: 2026/11/25, 2026年11月25日, 令和8年11月25日, R8.11.25,
/// H31.4.30, 26/11/25, 25 Nov 2026, Nov. 25, 2026, 11/25/2026, and 11月25日 with a reference date for the year.
/// Full-width digits and spaces between the parts (OCR) are accepted; impossible dates are rejected.
/// </summary>
public static partial class DateParser
{
    private const string MonthNames =
        "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])";

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Parses text that holds a date and nothing else (surrounding punctuation and a weekday such as "(水)" or
    /// "Wed," are allowed). Month/day only (11月25日, 11/25) needs <paramref name="reference"/>.
    /// </summary>
    /// <param name="preferMonthFirst">Read 05/06/2026 and 11/25/26 month first (English documents).</param>
    /// <param name="reference">A nearby full date (issue or transmission date) to give month/day dates a year:
    /// the year that puts the date within three months before to nine months after the reference.</param>
    public static DateOnly? Parse(string? text, bool preferMonthFirst = false, DateOnly? reference = null) =>
        TryParse(text, out var match, preferMonthFirst, reference) ? match.Date : null;

    /// <inheritdoc cref="Parse"/>
    public static bool TryParse(string? text, out DateMatch match, bool preferMonthFirst = false, DateOnly? reference = null)
    {
        match = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // A gap read inside the year ("202 6-11-09"): the "6-11-09" after it would otherwise read as a date of 2009.
        if (SplitYearRegex().IsMatch(TextNormalizer.Nfkc(text)))
        {
            return TryParse(SplitYearRegex().Replace(TextNormalizer.Nfkc(text), "$1$2"), out match, preferMonthFirst, reference);
        }

        var norm = new NormalizedText(text);
        var s = norm.Text;
        foreach (var m in Candidates(s, preferMonthFirst, reference))
        {
            var rest = string.Concat(s.AsSpan(0, m.Index), " ", s.AsSpan(m.Index + m.Length));
            if (LeftoverRegex().IsMatch(rest))
            {
                var (index, length) = norm.ToOriginal(m.Index, m.Length);
                match = m with { Index = index, Length = length };
                return true;
            }
        }

        // A fax that lost the hyphens of "2026-04-06" leaves "2026 04 06": a date when it is all the text there is.
        var spaced = SpacedYmdRegex().Match(s);
        if (spaced.Success && TryMake(Int(spaced, "y"), Int(spaced, "m"), Int(spaced, "d"), out var ymd))
        {
            var (index, length) = norm.ToOriginal(spaced.Index, spaced.Length);
            match = new DateMatch(ymd, DateKind.Full, index, length, false);
            return true;
        }

        // Lost hyphens with no gap left ("20260918", "~20260918", "2026 1012"): eight figures alone that make a date.
        var compact = CompactYmdRegex().Match(s);
        if (compact.Success && TryMake(Int(compact, "y"), Int(compact, "m"), Int(compact, "d"), out var packed))
        {
            var (index, length) = norm.ToOriginal(compact.Index, compact.Length);
            match = new DateMatch(packed, DateKind.Full, index, length, false);
            return true;
        }

        var md = NumericMonthDayRegex().Match(s);
        if (md.Success && reference is { } r && TryInferYear(Int(md, "m"), Int(md, "d"), r, out var date))
        {
            var (index, length) = norm.ToOriginal(md.Index, md.Length);
            match = new DateMatch(date, DateKind.MonthDayOnly, index, length, false);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Finds the first valid date inside longer text ("注文日: 令和8年11月25日(水)"). Month/day-only dates are found
    /// only when <paramref name="reference"/> is given; bare "11/25" is never found here (page counters look alike).
    /// </summary>
    public static bool TryFind(string? text, out DateMatch match, bool preferMonthFirst = false, DateOnly? reference = null)
    {
        match = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var norm = new NormalizedText(text);
        foreach (var m in Candidates(norm.Text, preferMonthFirst, reference))
        {
            var (index, length) = norm.ToOriginal(m.Index, m.Length);
            match = m with { Index = index, Length = length };
            return true;
        }

        return false;
    }

    internal static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Valid dates in order of position (longest first at one position), indices in the normalised text.</summary>
    private static IEnumerable<DateMatch> Candidates(string s, bool preferMonthFirst, DateOnly? reference)
    {
        var found = Collect(s, preferMonthFirst, reference);
        if (found.Count == 0)
        {
            // OCR look-alikes touching digits (2O26, 1l/25, 2026ー11ー25); the repair keeps indices.
            var repaired = LookalikeRepair.ForDigitsInText(s);
            if (repaired != s)
            {
                found = Collect(repaired, preferMonthFirst, reference);
            }

            // The era letter makes a following O a letter to that repair, yet "RO8/11/30" is R08: 令和8年.
            var era = EraLookalike().Replace(repaired, "0");
            if (found.Count == 0 && era != repaired)
            {
                found = Collect(era, preferMonthFirst, reference);
            }

            // Kanji a fax blurs: 令 of 令和 read 合, 信, 名 or 今, 和 read 机 or 相; 日 read 晶 or 昌 ("信和8年6月11昌"), or
            // a 1 after a day of two figures that no day is then ("信和8年9月291"); 年 read 人 ("合和8人10月20日", fresh
            // seed 643's tune-059). The lengths stay.
            var kanji = YearReadAsPerson().Replace(DayReadAsOne().Replace(DayLookalike().Replace(ReiwaLookalike().Replace(era, "令和"), "日"), "日"), "年");
            if (found.Count == 0 && kanji != era)
            {
                found = Collect(kanji, preferMonthFirst, reference);
            }

            var year = ReiwaYearLookalike().Replace(kanji, m => ReiwaYear(m.Value, reference));
            if (found.Count == 0 && year != kanji)
            {
                found = Collect(year, preferMonthFirst, reference);
            }

            // A month of ones read as letters between the separators ("R8.II.17", seed 547's tune-017): no run of digits
            // holds them for the repair above. The lengths stay.
            var ones = LettersForOnes().Replace(year, m => new string('1', m.Length));
            if (found.Count == 0 && ones != year)
            {
                found = Collect(ones, preferMonthFirst, reference);
                year = ones;
            }

            // Figures and separators alone, split by gaps OCR read as spaces ("2026/1 2/07", "2026-1 1 -30"): a date only
            // when it takes all of them, and then it stands for the whole text.
            if (found.Count == 0 && FiguresOnly().IsMatch(year) && year.Trim().Contains(' ', StringComparison.Ordinal))
            {
                var unspaced = year.Replace(" ", string.Empty, StringComparison.Ordinal);
                found = [.. Collect(unspaced, preferMonthFirst, reference)
                    .Where(f => f.Index == 0 && f.Length == unspaced.Length)
                    .Select(f => f with { Index = 0, Length = year.Length })];
            }
        }

        return found.OrderBy(f => f.Index).ThenByDescending(f => f.Length);
    }

    private static List<DateMatch> Collect(string s, bool preferMonthFirst, DateOnly? reference)
    {
        var found = new List<DateMatch>();
        foreach (Match m in EraRegex().Matches(s))
        {
            var y = m.Groups["y"].Value == "元" ? 1 : Int(m, "y");
            if (JapaneseEra.ToDate(m.Groups["era"].Value, y, Int(m, "m"), Int(m, "d")) is { } d)
            {
                found.Add(new DateMatch(d, DateKind.Full, m.Index, m.Length, false));
            }
        }

        foreach (Match m in KanjiYmdRegex().Matches(s))
        {
            AddYmd(found, m, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }

        foreach (Match m in NumericYmdRegex().Matches(s))
        {
            AddYmd(found, m, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }

        foreach (Match m in NumericDmyRegex().Matches(s))
        {
            AddDayMonth(found, m, Int(m, "a"), Int(m, "b"), Int(m, "y"), DateKind.Full, preferMonthFirst);
        }

        foreach (Match m in ShortYearRegex().Matches(s))
        {
            int a = Int(m, "a"), b = Int(m, "b"), c = Int(m, "c");
            if (preferMonthFirst && TryMake(2000 + c, a, b, out var us))
            {
                found.Add(new DateMatch(us, DateKind.TwoDigitYear, m.Index, m.Length, false));
            }
            else if (m.Groups["a"].Length == 2 && TryMake(ShortYear(a, reference), b, c, out var jp))
            {
                found.Add(new DateMatch(jp, DateKind.TwoDigitYear, m.Index, m.Length, false));
            }
            else if (m.Groups["a"].Length == 1 && ShortYear(a, reference) is var reiwa && reiwa != 2000 + a && TryMake(reiwa, b, c, out var era))
            {
                // A one-figure year is a 令和 year with its R lost ("8.6.10" for R8.6.10): no Western year is so written.
                found.Add(new DateMatch(era, DateKind.TwoDigitYear, m.Index, m.Length, false));
            }
        }

        foreach (Match m in DayMonthNameRegex().Matches(s))
        {
            AddNamed(found, m);
        }

        foreach (Match m in MonthNameDayRegex().Matches(s))
        {
            AddNamed(found, m);
        }

        if (reference is { } r)
        {
            foreach (Match m in KanjiMonthDayRegex().Matches(s))
            {
                if (TryInferYear(Int(m, "m"), Int(m, "d"), r, out var d))
                {
                    found.Add(new DateMatch(d, DateKind.MonthDayOnly, m.Index, m.Length, false));
                }
            }
        }

        return found;
    }

    private static void AddYmd(List<DateMatch> found, Match m, int year, int month, int day)
    {
        var twoDigit = m.Groups["y"].Length == 2;
        var fullYear = twoDigit ? 2000 + year : year;
        if ((twoDigit || fullYear is >= 1900 and < 2200) && TryMake(fullYear, month, day, out var d))
        {
            found.Add(new DateMatch(d, twoDigit ? DateKind.TwoDigitYear : DateKind.Full, m.Index, m.Length, false));
        }
    }

    private static void AddDayMonth(List<DateMatch> found, Match m, int a, int b, int year, DateKind kind, bool monthFirst)
    {
        if (year is < 1900 or >= 2200)
        {
            return;
        }

        var dayFirstOk = TryMake(year, b, a, out var dayFirst);
        var monthFirstOk = TryMake(year, a, b, out var monthFirstDate);
        var ambiguous = dayFirstOk && monthFirstOk && a != b;
        if (monthFirstOk && (monthFirst || !dayFirstOk))
        {
            found.Add(new DateMatch(monthFirstDate, kind, m.Index, m.Length, ambiguous));
        }
        else if (dayFirstOk)
        {
            found.Add(new DateMatch(dayFirst, kind, m.Index, m.Length, ambiguous));
        }
    }

    private static void AddNamed(List<DateMatch> found, Match m)
    {
        var mon = m.Groups["mon"].Value.ToLowerInvariant();
        var month = Array.FindIndex(MonthPrefixes, p => mon.StartsWith(p, StringComparison.Ordinal)) + 1;
        var yearGroup = m.Groups["y"];
        var twoDigit = yearGroup.Length == 2;
        var year = twoDigit ? 2000 + Int(m, "y") : Int(m, "y");
        if ((twoDigit || year is >= 1900 and < 2200) && TryMake(year, month, Int(m, "d"), out var d))
        {
            found.Add(new DateMatch(d, twoDigit ? DateKind.TwoDigitYear : DateKind.Full, m.Index, m.Length, false));
        }
    }

    /// <summary>
    /// A two-digit year first: 20yy, or a 令和 year whose "R" the fax lost ("R08/09/21" read "08/09/21") when that is
    /// nearer the reference date. Over 26 sets (session 14) 4 such dates, all 令和 8, had been read as 2008.
    /// </summary>
    /// <summary>
    /// A 令和 year a fax garbled in its figures: "ROB", "ROS", "R0O8", "ROB8" are R08 (0 read O, 8 read B or S, a figure
    /// read twice). S may be a 5 as well: the year nearer the reference wins. Padded with spaces to keep the indices.
    /// </summary>
    private static string ReiwaYear(string garbled, DateOnly? reference)
    {
        var eight = reference is not { } r || Math.Abs(2018 + 8 - r.Year) <= Math.Abs(2018 + 5 - r.Year);
        var figures = garbled.Select(c => c switch { 'O' or 'o' or '〇' => '0', 'B' => '8', 'S' => eight ? '8' : '5', _ => c }).ToList();
        var once = string.Concat(figures.Where((c, i) => i == 0 || figures[i - 1] != c));
        return once.Length is < 1 or > 2 ? garbled : once.PadLeft(garbled.Length);
    }

    private static int ShortYear(int yy, DateOnly? reference) =>
        reference is { } r && yy >= 1 && Math.Abs(2018 + yy - r.Year) < Math.Abs(2000 + yy - r.Year) ? 2018 + yy : 2000 + yy;

    private static bool TryInferYear(int month, int day, DateOnly reference, out DateOnly date)
    {
        var windowStart = reference.AddMonths(-3);
        var windowEnd = windowStart.AddYears(1);
        for (var y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            if (TryMake(y, month, day, out date) && date >= windowStart && date < windowEnd)
            {
                return true;
            }
        }

        date = default;
        return false;
    }

    private static int Int(Match m, string group) =>
        int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![A-Za-z])(?<era>令和|平成|昭和|大正|[RHS])\.?\s*(?<y>[0-9]{1,2}|元)\s*(?:年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})(?:\s*日)?|(?<sep>[./\-])\s*(?<m>[0-9]{1,2})\s*\k<sep>\s*(?<d>[0-9]{1,2}))(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex EraRegex();

    [GeneratedRegex(@"(?<![0-9.\-/])(?<!(?:令和|平成|昭和|大正|[RHS])\.?\s*)(?<y>[0-9]{4}|[0-9]{2})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})(?:\s*日)?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex KanjiYmdRegex();

    // Followed by its own separator the day lost a digit: "2026/02/2/" is 2026/02/27 with the 7 read "/" at 98 lpi.
    [GeneratedRegex(@"(?<![0-9./\-])(?<y>[0-9]{4})\s*(?<sep>[./\-])\s*(?<m>[0-9]{1,2})\s*\k<sep>\s*(?<d>[0-9]{1,2})(?![0-9])(?![./\-][0-9])(?!\k<sep>)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericYmdRegex();

    [GeneratedRegex(@"^\s*(?<y>(?:19|20)[0-9]{2})\s+(?<m>[0-9]{1,2})\s+(?<d>[0-9]{1,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedYmdRegex();

    [GeneratedRegex(@"(?<=[0-9][./\-])[Il|]{1,2}(?=[./\-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex LettersForOnes();

    [GeneratedRegex(@"^[\s~\-_.,:;'・]{0,3}(?<y>(?:19|20)[0-9]{2})\s?(?<m>[0-9]{2})\s?(?<d>[0-9]{2})[\s.,:;'・]{0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactYmdRegex();

    [GeneratedRegex(@"(?<![0-9./\-])(?<a>[0-9]{1,2})\s*(?<sep>[./\-])\s*(?<b>[0-9]{1,2})\s*\k<sep>\s*(?<y>[0-9]{4})(?![0-9])(?![./\-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDmyRegex();

    // No spaces inside: a bare "26/11/25" is weak evidence already.
    [GeneratedRegex(@"(?<![0-9A-Za-z./\-])(?<!(?:令和|平成|昭和|大正)\s*)(?<a>[0-9]{1,2})(?<sep>[./\-])(?<b>[0-9]{1,2})\k<sep>(?<c>[0-9]{2})(?![0-9])(?![./\-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYearRegex();

    [GeneratedRegex(@"(?<![0-9])(?<d>[0-9]{1,2})(?:st|nd|rd|th)?[\s\-./]*" + MonthNames + @"\.?[\s\-.,/]*(?<y>[0-9]{4}|[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthNameRegex();

    // "Nov 25, 2026", "November 25th 2026", and a fax machine's "NOV-25-2026" header date.
    [GeneratedRegex(@"(?<![A-Za-z])" + MonthNames + @"\.?(?:\s*|-)(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*|-)(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDayRegex();

    [GeneratedRegex(@"(?<![0-9年]\s*)(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex KanjiMonthDayRegex();

    [GeneratedRegex(@"^\s*(?<m>[0-9]{1,2})\s*/\s*(?<d>[0-9]{1,2})\s*(?:\(\s*[月火水木金土日]\s*\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonthDayRegex();

    // What may surround a date given alone: punctuation (a fax speck read 。 or ・), a weekday (水) (水曜日) Wed, Wednesday.
    [GeneratedRegex(@"^[\s.,:;()\[\]。、・]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)?[\s.,:;()\[\]。、・]*(?:[月火水木金土日](?:曜日?)?)?[\s.,:;()\[\]。、・]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeftoverRegex();

    [GeneratedRegex(@"^\s*[0-9][0-9 ./\-]*[0-9]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FiguresOnly();

    [GeneratedRegex(@"(?<![0-9])(20[0-9]) ([0-9])(?=\s*[-/.年])", RegexOptions.CultureInvariant)]
    private static partial Regex SplitYearRegex();

    [GeneratedRegex(@"(?:[合信名今倒公]和|令[机相])(?=\s*(?:[0-9]|元|[BS]))", RegexOptions.CultureInvariant)]
    private static partial Regex ReiwaLookalike();

    // A year of look-alikes after R or 令和, with at least one B or S, or an O before a figure.
    [GeneratedRegex(@"(?<=(?:(?<![A-Za-z])R\.?|令和\s*))(?:[0Oo〇]*[BS][0-9BS]?|[0Oo〇]{2}[0-9]|[Oo〇][0-9]{2})(?=\s*(?:[./\-]|年))", RegexOptions.CultureInvariant)]
    private static partial Regex ReiwaYearLookalike();

    [GeneratedRegex(@"(?<=月\s*[0-9]{1,2}\s*)[晶昌]", RegexOptions.CultureInvariant)]
    private static partial Regex DayLookalike();

    [GeneratedRegex(@"(?<=月\s*(?<![0-9])(?:[0-2][0-9]|3[01]))1(?=\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex DayReadAsOne();

    [GeneratedRegex(@"(?<=令和\s*(?:[0-9]{1,2}|元)\s*)人(?=\s*[0-9]{1,2}\s*月)", RegexOptions.CultureInvariant)]
    private static partial Regex YearReadAsPerson();

    [GeneratedRegex(@"(?<=(?<![A-Za-z])[RH]\.?)[Oo〇](?=[0-9][./\-])", RegexOptions.CultureInvariant)]
    private static partial Regex EraLookalike();
}
