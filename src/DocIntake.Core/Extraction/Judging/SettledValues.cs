using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Judging;

/// <summary>
/// Values that evidence settles however unsure the OCR was of their characters, above all on 98-lpi faxes whose OCR
/// confidence runs low: a reading that lands on what the master or a closed vocabulary lists, numbers that multiply
/// out or add up, a date or limit that another reading agrees with. Only a value doubted for its OCR confidence alone
/// is accepted, its confidence raised to its threshold; any other reason (a failed check, a shifted row) still stands.
/// Each rule was simulated on the dumps of 16 evaluation sets before it was written.
/// </summary>
internal static partial class SettledValues
{
    internal const int MaxDaysBeforeSending = 2;
    private const int DaysInAYear = 366;

    /// <summary>
    /// A part number read as the parts master lists it (hyphens and gaps aside): a misreading that lands on another
    /// listed number is rare. Over 16 evaluation sets (session 11) 2 of 2,431 listed numbers read were wrong, both on
    /// shifted rows doubted for that, while all 81 read exactly and held back for their OCR confidence alone (70 on
    /// 98-lpi faxes) were right. A number corrected to a listed one stays a guess: an unlisted variant (BU-2041 beside a
    /// listed BU-2040) would be taken for the wrong part.
    /// </summary>
    public static void ListedPartNumber(Dictionary<string, FieldDraft> drafts, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (drafts.GetValueOrDefault("partNumber") is { Master: MasterEvidence.Exact } number)
        {
            Settle(judged, "partNumber", number.ThresholdName, options);
        }
    }

    /// <summary>
    /// A part number whose digits stand as the parts master lists them, its letters misread ("MI-3001" for MT-3001,
    /// "spP-9120"), beside the name the master gives that part, read as listed: two cells read apart point at one part.
    /// Over 30 sets (session 15) 64 such numbers held back (for OCR confidence or a doubt about the code's reading), all
    /// right. A number whose digits were corrected stays a guess: an unlisted variant (BU-2041 beside a listed BU-2040)
    /// may share the name; so does a number a second reading contradicts. The name itself is then accepted by
    /// <see cref="ConfidenceJudge.NamedByPart"/>.
    /// </summary>
    public static void ListedPartAndName(Dictionary<string, FieldDraft> line, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (line.GetValueOrDefault("description") is { Master: MasterEvidence.Exact }
            && line.GetValueOrDefault("partNumber") is { Master: MasterEvidence.Exact or MasterEvidence.Corrected, Text: { } printed } number
            && number.SecondLook != SecondLookEvidence.Disagrees
            && Digits(printed).Contains(Digits(number.Value!.GetValue<string>()), StringComparison.Ordinal))
        {
            Settle(judged, "partNumber", number.ThresholdName, options, ambiguousToo: true);
        }

        static string Digits(string s) => string.Concat(s.Where(char.IsAsciiDigit));
    }

    /// <summary>
    /// A line whose quantity × unit price is its printed amount, standing where its own line number says (line n in the
    /// n-th place: no row above it lost, no neighbour's cells taken): three numbers misread so that they still multiply
    /// out do not happen by chance. Over 16 sets (session 11) 248 such numbers held back for their OCR confidence alone,
    /// 224 on 98-lpi faxes, were all right; the 3 wrong ones of lines that multiplied out stood on a line numbered 6 in
    /// the 5th place.
    /// </summary>
    public static void MultipliedOut(Dictionary<string, FieldDraft> line, int index, Dictionary<string, Field> judged, string? currency, ExtractionOptions options)
    {
        string[] names = ["quantity", "unitPrice", "amount"];
        if (!InPlace(line, index) || Numbers.Of(line.GetValueOrDefault("quantity")) is not { } q || Numbers.Of(line.GetValueOrDefault("unitPrice")) is not { } p
            || Numbers.Of(line.GetValueOrDefault("amount")) is not { } a || !CheckValues.Same(q * p, a, currency)
            || !names.All(n => judged[n].Reasons is [] or [ReviewReasons.LowOcrConfidence]))
        {
            return;
        }

        foreach (var name in names)
        {
            Settle(judged, name, line[name].ThresholdName, options);
        }
    }

    /// <summary>
    /// A line number read as its line's place in the table (line n in the n-th place): a misread digit would have to
    /// land on the one number the place gives. Over 16 sets (session 11) 61 such numbers held back for their OCR
    /// confidence alone on 98-lpi faxes were all right; the 12 wrong line numbers held back stood out of place.
    /// </summary>
    /// <remarks>
    /// So is a number read as a mark ("]" or "|" for 1, "了" for 7, "S" for 5) and taken from its place, when the lines
    /// on both sides stand in theirs as printed (no row above it was lost) and it holds a part number or a quantity (a
    /// totals row read as a last line does not). Over 30 sets (session 16) 81 such numbers were held back for their OCR
    /// confidence, all right.
    /// </remarks>
    public static void LineNumberInPlace(IReadOnlyList<Dictionary<string, FieldDraft>> lines, int index, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        var line = lines[index];
        var between = lines.Count > 1 && line["lineNo"].Value?.GetValue<decimal>() == index + 1
            && (line["partNumber"].Found || line["quantity"].Found)
            && (index == 0 || InPlace(lines[index - 1], index - 1)) && (index == lines.Count - 1 || InPlace(lines[index + 1], index + 1));
        if (InPlace(line, index) || between)
        {
            Settle(judged, "lineNo", line["lineNo"].ThresholdName, options);
        }
    }

    /// <summary>
    /// A unit read as a unit is printed (個, 本, pcs), on a line standing in its place: units are a short closed list, and
    /// a garbled cell does not read as one of them. Over 16 sets (session 11) 100 such units held back for their OCR
    /// confidence alone, 60 on 98-lpi faxes, were right but for one, on a line numbered 6 in the 5th place.
    /// </summary>
    public static void KnownUnitInPlace(Dictionary<string, FieldDraft> line, int index, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (InPlace(line, index) && line.GetValueOrDefault("unit") is { Found: true } unit && Units.Read(unit.Text) is { Exact: true })
        {
            Settle(judged, "unit", unit.ThresholdName, options);
        }
    }

    /// <summary>
    /// A line's unit as the parts master gives it for the line's part, its number accepted: read so, corrected to it (a
    /// misread "pes" for pcs) or offered for a cell that read as no unit at all ("{a", "A" for 個 or 本). Over 61 cached
    /// sets (session 27) 283 such units held back as ambiguous or for their OCR were right, 137 on 98-lpi faxes; the one
    /// wrong was offered for a quantity's "1,000°" on an order that prints no unit, hence no quantity's figures (a
    /// garbled 個 may hold one: "{4", "4A").
    /// </summary>
    public static void ListedUnit(Dictionary<string, FieldDraft> line, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (line.GetValueOrDefault("unit") is { Master: MasterEvidence.Exact or MasterEvidence.Corrected or MasterEvidence.Offered } unit
            && judged.GetValueOrDefault("partNumber") is { NeedsReview: false }
            && !QuantityFigures().IsMatch(unit.Text ?? string.Empty))
        {
            Settle(judged, "unit", unit.ThresholdName, options, ambiguousToo: true);
        }
    }

    [GeneratedRegex(@"[0-9][0-9,.]{2,}")]
    private static partial Regex QuantityFigures();

    /// <summary>
    /// An order or inspection date on the day the fax header says the document was sent or up to two days before:
    /// the header is a second reading of it (machine-printed, and read apart from the body). Over 16 sets (session 11)
    /// every document date lay 0–2 days before its fax's; the 104 held back for their OCR confidence alone that lay so
    /// were all right, the 7 wrong ones all lay outside.
    /// </summary>
    public static void DatedBeforeSending(Dictionary<string, FieldDraft> drafts, Dictionary<string, Field> judged, DateOnly? sent, ExtractionOptions options)
    {
        foreach (var name in new[] { "orderDate", "inspectionDate" })
        {
            if (sent is { } day && drafts.GetValueOrDefault(name) is { } date && Numbers.DateOf(date) is { } printed
                && day.DayNumber - printed.DayNumber is >= 0 and <= MaxDaysBeforeSending)
            {
                Settle(judged, name, date.ThresholdName, options);
            }
        }
    }

    /// <summary>
    /// An inspection item that is a known term (外径, 表面粗さ, Outer diameter), as read or but for a kana mark: a garbled
    /// reading does not make a real term. Over 16 sets (session 11) 172 such items held back for their OCR confidence
    /// alone (154 on 98-lpi faxes) were all right.
    /// </summary>
    public static void KnownItem(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (row.GetValueOrDefault("item") is { Master: MasterEvidence.Exact or MasterEvidence.Corrected } item)
        {
            Settle(judged, "item", item.ThresholdName, options);
        }
    }

    /// <summary>
    /// A measurement's unit that is one of the units inspection records print (mm, μm, HRC, HV): a garbled cell reads as
    /// "IIRC" or "toto", not as another unit. Over 16 sets (session 11) 91 such units held back for their OCR
    /// confidence alone (72 on 98-lpi faxes) were all right; the 23 wrong ones were all no unit at all. A one-letter
    /// unit is not taken: "m" on a record is μm with its μ lost (seed 157's tune-067).
    /// </summary>
    public static void KnownMeasurementUnit(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (row.GetValueOrDefault("unit") is { Found: true, Value: { } value } unit && value.GetValue<string>() is { Length: > 1 } text
            && Units.Read(text) is { Exact: true } known && known.Unit == text && Units.IsMeasurementUnit(known.Unit))
        {
            Settle(judged, "unit", unit.ThresholdName, options);
        }
    }

    /// <summary>
    /// A line's delivery date that another reading gives too (the header's 納期, another line's), in the year after the
    /// order date: two misreadings landing on one plausible date do not happen by chance ("2076" read twice does, hence
    /// the year). Over 16 sets (session 11) 42 such dates held back for their OCR confidence alone (40 on 98-lpi
    /// faxes) were all right. With the order date unread the fax header's date stands in for it: over 20 sets (session
    /// 13) 11 agreeing dates of orders whose date was lost were held back, all right. One printed date misread the same
    /// way in two cells does happen ("11月23日" read "1月23日" twice among three read right, seed 349's tune-011): lines
    /// agree for this only on the date most of them give. Against a 納期 printed in the header, a date of their own needs
    /// more than half of the lines ("12月14日" read "12月1日" in two cells of five, the others unread: seed 419's tune-011).
    /// </summary>
    public static void AgreeingDeliveryDates(DocumentDrafts drafts, List<Dictionary<string, Field>> lines, DateOnly? sentOn, ExtractionOptions options)
    {
        if ((Numbers.DateOf(drafts.Fields["orderDate"]) ?? sentOn) is not { } ordered)
        {
            return;
        }

        var header = Numbers.DateOf(drafts.Fields["deliveryDate"]);
        var dates = drafts.Lines.Select(l => Numbers.DateOf(l.GetValueOrDefault("deliveryDate"))).ToList();
        var most = dates.OfType<DateOnly>().GroupBy(d => d).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        for (var i = 0; i < lines.Count; i++)
        {
            if (dates[i] is { } due && due.DayNumber - ordered.DayNumber is >= 0 and <= DaysInAYear
                && (due == header || (dates.Count(d => d == due) is var agreeing and >= 2 && agreeing == most
                    && (header is null || agreeing * 2 > lines.Count))))
            {
                Settle(lines[i], "deliveryDate", drafts.Lines[i]["deliveryDate"].ThresholdName, options);
            }
        }
    }

    /// <summary>
    /// Totals that add up from the lines: every line amount read, their sum the subtotal and subtotal plus tax the total
    /// (or, with neither printed, their sum the total). Misreadings that still add up through two sums do not happen by
    /// chance. Over 16 sets (session 11) 25 such totals held back for their OCR confidence alone (19 on 98-lpi faxes)
    /// were all right.
    /// </summary>
    public static void TotalsAddingUp(DocumentDrafts drafts, Dictionary<string, Field> judged, string? currency, ExtractionOptions options)
    {
        var amounts = drafts.Lines.Select(l => Numbers.Of(l.GetValueOrDefault("amount"))).ToList();
        if (amounts.Count == 0 || amounts.Any(a => a is null) || Numbers.Of(drafts.Fields["total"]) is not { } total)
        {
            return;
        }

        var sum = amounts.Sum()!.Value;
        var subtotal = Numbers.Of(drafts.Fields["subtotal"]);
        var tax = Numbers.Of(drafts.Fields["tax"]);
        var addsUp = subtotal is { } s && tax is { } t
            ? CheckValues.Same(sum, s, currency) && CheckValues.Same(s + t, total, currency)
            : subtotal is null && tax is null && CheckValues.Same(sum, total, currency);
        if (addsUp)
        {
            foreach (var name in new[] { "subtotal", "tax", "total" })
            {
                Settle(judged, name, drafts.Fields[name].ThresholdName, options);
            }
        }
    }

    /// <summary>
    /// Limits that hold a passing row's values, each of the values' size (within half to twice their median): the
    /// verdict and the values, read apart, agree with them. A misread limit that still holds every value and stays of
    /// their size is rare (a 260 read 760 is not of the size of 223). Over 16 sets (session 11) 41 such limits and
    /// nominals held back for their OCR confidence alone on 98-lpi faxes were all right.
    /// </summary>
    public static void LimitsHoldingTheValues(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (row.GetValueOrDefault("result")?.Value?.GetValue<string>() != "pass"
            || row.GetValueOrDefault("values")?.Value is not JsonArray { Count: > 0 } array)
        {
            return;
        }

        var (values, median, lower, upper, nominal) = Figures(row, array);
        if (median <= 0 || (lower is null && upper is null) || values[0] < lower || values[^1] > upper)
        {
            return;
        }

        foreach (var (name, limit) in new[] { ("lowerLimit", lower), ("upperLimit", upper), ("nominal", nominal) })
        {
            if (limit is { } figure && figure >= median / 2 && figure <= median * 2
                && (name != "nominal" || (lower is { } l && upper is { } u && figure >= l && figure <= u)))
            {
                Settle(judged, name, row[name].ThresholdName, options);
            }
        }
    }

    /// <summary>A measured row's values in order, their median, and its limits and nominal as drafted.</summary>
    private static (List<decimal> Values, decimal Median, decimal? Lower, decimal? Upper, decimal? Nominal) Figures(Dictionary<string, FieldDraft> row, JsonArray array)
    {
        var values = array.Select(v => v!.GetValue<decimal>()).Order().ToList();
        return (values, values[values.Count / 2], Numbers.Of(row.GetValueOrDefault("lowerLimit")),
            Numbers.Of(row.GetValueOrDefault("upperLimit")), Numbers.Of(row.GetValueOrDefault("nominal")));
    }

    /// <summary>
    /// A limit guessed from a misread mark ("≦ 0.02" read "0.02", "≧ 8" read "28", "200～260" read "2007260": doubted
    /// as ambiguous) is settled as <see cref="LimitsHoldingTheValues"/> settles a faint one, with more asked of the row: no
    /// nominal (one-sided limits and ranges), an accepted pass, accepted values about the middle of a two-sided range
    /// ("11.90・18.10" held 11.96 to 12.06 in its lowest tenth), and no second reading against it.
    /// </summary>
    public static void GuessedLimitsHoldingTheValues(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (judged.GetValueOrDefault("result") is not { NeedsReview: false } result || result.Value?.GetValue<string>() != "pass"
            || judged.GetValueOrDefault("values") is not { NeedsReview: false, Value: JsonArray { Count: > 1 } array })
        {
            return;
        }

        var (values, median, lower, upper, nominal) = Figures(row, array);
        // A band about a nominal is GuessedBandHoldingTheValues's to settle: values on one side of it leave the other
        // side's deviation unknown, and even the near side's ("6.60 (+0.10/0)" read "6.60 10.170", a ± of 0.170 guessed:
        // 6.77 held 6.64 to 6.66 above the nominal, fresh seed 251's tune-059).
        if (nominal is not null || median <= 0 || (lower is null && upper is null) || values[0] < lower || values[^1] > upper
            || (lower is { } l && upper is { } u && (median < l + ((u - l) / 10) || median > u - ((u - l) / 10))))
        {
            return;
        }

        foreach (var (name, limit) in new[] { ("lowerLimit", lower), ("upperLimit", upper) })
        {
            // A second reading that disagrees is evidence against the figure, not a guess to settle.
            if (limit is { } figure && figure >= median / 2 && figure <= median * 2
                && row[name].SecondLook != SecondLookEvidence.Disagrees)
            {
                SettleDoubted(row, judged, name, options);
            }
        }
    }

    /// <summary>
    /// A pass guessed (from its look-alike, "&amp;" or "R" for 合 or 良, or placed in a column whose header was lost) on a
    /// row whose values all lie inside the limits read:
    /// the values, read apart, say the same. Over 61 cached sets (session 26) 309 such verdicts had been held back as
    /// ambiguous, none wrong (the one wrong guessed pass had no limits to judge by). Run last: a verdict settled so
    /// settles nothing else.
    /// </summary>
    public static void GuessedPassHeldByTheValues(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (judged.GetValueOrDefault("result") is not { NeedsReview: true } result || result.Value?.GetValue<string>() != "pass"
            || row.GetValueOrDefault("values")?.Value is not JsonArray { Count: > 0 } array)
        {
            return;
        }

        var lower = Numbers.Of(row.GetValueOrDefault("lowerLimit"));
        var upper = Numbers.Of(row.GetValueOrDefault("upperLimit"));
        if ((lower is not null || upper is not null)
            && array.All(v => CheckValues.Number(v) is { } d && (lower is null || d >= lower) && (upper is null || d <= upper)))
        {
            Settle(judged, "result", row["result"].ThresholdName, options, ambiguousToo: true);
        }
    }

    /// <summary>
    /// A passing row's values inside its accepted limits, all printed to one precision: the verdict, the limits and the
    /// values, read apart, agree. Run after <see cref="LimitsHoldingTheValues"/>, so limits settled by these very values
    /// count only when the verdict was accepted on its own. Over 20 sets (session 13) 32 such value lists held back for
    /// their OCR confidence alone were all right; with a doubted verdict or limit 2 of 23 were wrong (a shifted row
    /// whose values fell inside the next row's limits).
    /// </summary>
    public static void ValuesWithinTheirLimits(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (judged.GetValueOrDefault("result") is not { NeedsReview: false } result || result.Value?.GetValue<string>() != "pass"
            || judged.GetValueOrDefault("lowerLimit") is not { NeedsReview: false, Value: not null } lowerField
            || judged.GetValueOrDefault("upperLimit") is not { NeedsReview: false, Value: not null } upperField
            || row.GetValueOrDefault("values") is not { Value: JsonArray { Count: > 0 } array, Text: { } printed, ShortOfValues: false })
        {
            return;
        }

        var lower = lowerField.Value.GetValue<decimal>();
        var upper = upperField.Value.GetValue<decimal>();
        var tokens = printed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var places = tokens.Select(t => t.IndexOf('.', StringComparison.Ordinal) is var point and >= 0 ? t.Length - point - 1 : 0).Distinct().ToList();
        if (!array.All(v => v!.GetValue<decimal>() >= lower && v.GetValue<decimal>() <= upper))
        {
            return;
        }

        if (places.Count == 1)
        {
            Settle(judged, "values", row["values"].ThresholdName, options);
        }
        else if (places is [_, _] && places.Contains(0) && tokens.All(t => t.All(char.IsAsciiDigit) || DecimalFigure().IsMatch(t)))
        {
            // Values whose lost decimal point was put back (doubted for it) that then lie inside the limits beside the
            // others: over 30 sets (session 15) 148 such rows right, one wrong ("2001" for 20.11, a digit misread too).
            Settle(judged, "values", row["values"].ThresholdName, options, ambiguousToo: true);
        }
    }

    [GeneratedRegex(@"^[0-9]+\.[0-9]+$")]
    private static partial Regex DecimalFigure();

    /// <summary>
    /// A tolerance whose sign fax noise took ("20.00 0.05", "14.00 ! 0.05": ± guessed, so doubted as ambiguous) is
    /// settled by an accepted pass whose accepted values lie inside it on both sides of the nominal: the band reaches
    /// both ways, as ± does. Over 20 sets (session 13) 58 such limits and nominals were all right; without the both-sides
    /// test (and the tests of the remarks) one of 68 was wrong (+0.015/-0 read "+0.015/70", every value above the nominal).
    /// </summary>
    /// <remarks>
    /// Values on one side of the nominal settle the band too when it is of their spread and does not reach below zero
    /// about a positive nominal, and it is printed no finer than the nominal: a one-sided tolerance ("8.000 +0.015/0"
    /// holding 8.005 to 8.011) or a process run above its nominal. "+0.015/70" fails, as do "0.30 ± 0.70" (a range
    /// 0.30～0.70 whose ～ was read "+") and "6.60 10.170" ("(+0.10/0)" misread, fresh seed 251's tune-059). Over 61
    /// cached sets (session 27) 139 such rows (38 on 98-lpi faxes) were held back as ambiguous, all right.
    /// </remarks>
    public static void GuessedBandHoldingTheValues(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (judged.GetValueOrDefault("result") is not { NeedsReview: false } result || result.Value?.GetValue<string>() != "pass"
            || judged.GetValueOrDefault("values") is not { NeedsReview: false, Value: JsonArray { Count: > 1 } array }
            || Numbers.Of(row.GetValueOrDefault("nominal")) is not { } nominal
            || Numbers.Of(row.GetValueOrDefault("lowerLimit")) is not { } lower
            || Numbers.Of(row.GetValueOrDefault("upperLimit")) is not { } upper)
        {
            return;
        }

        // The band must be of the values' spread too: "250.00 ±0.10" read "250.00 +40.10" (fresh seed 257's tune-048) holds
        // 249.94 to 250.06 on both sides, yet a deviation forty times the farthest value's is a misread, not a tolerance.
        var values = array.Select(v => v!.GetValue<decimal>()).ToList();
        var farthest = values.Max(v => Math.Abs(v - nominal));
        var bothWays = values.Exists(v => v < nominal) && values.Exists(v => v > nominal);
        var oneWay = (lower >= 0 || nominal <= 0) && DeviationNoFinerThanNominal(row["nominal"].Text);
        if (values.TrueForAll(v => v >= lower && v <= upper) && (bothWays || oneWay)
            && farthest * 10 >= Math.Max(upper - nominal, nominal - lower))
        {
            foreach (var name in new[] { "lowerLimit", "upperLimit", "nominal" })
            {
                SettleDoubted(row, judged, name, options);
            }
        }
    }

    /// <summary>The spec's deviations printed to no more decimals than its nominal, its first figure.</summary>
    private static bool DeviationNoFinerThanNominal(string? spec)
    {
        var places = Figure().Matches(spec ?? string.Empty).Select(m => m.Groups[1].Length).ToList();
        return places.Count >= 2 && places.Skip(1).Max() <= places[0];
    }

    [GeneratedRegex(@"[0-9]+(?:\.([0-9]+))?")]
    private static partial Regex Figure();

    /// <summary>
    /// A range whose ～ fax noise took ("58.0て62.0", "0.30 0.70": guessed, so doubted as ambiguous) is settled by an
    /// accepted pass whose accepted values all lie inside it: the verdict, the values and the two limits, read apart,
    /// agree, and the limits are of the values' size. Over 24 sets (session 14) 21 such ranges were all right.
    /// </summary>
    public static void RangeHoldingTheValues(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        if (judged.GetValueOrDefault("result") is not { NeedsReview: false } result || result.Value?.GetValue<string>() != "pass"
            || judged.GetValueOrDefault("values") is not { NeedsReview: false, Value: JsonArray { Count: > 1 } array }
            || Numbers.Of(row.GetValueOrDefault("nominal")) is not null
            || Numbers.Of(row.GetValueOrDefault("lowerLimit")) is not { } lower
            || Numbers.Of(row.GetValueOrDefault("upperLimit")) is not { } upper)
        {
            return;
        }

        // Limits of the values' size only ("200~760" holds 223 and 241, but 760 was a 260 misread), and values about the
        // band's middle, as a process is run: "11.90・18.10" held 11.96 to 12.06 in its lowest fiftieth (a 2 read 8).
        var values = array.Select(v => v!.GetValue<decimal>()).Order().ToList();
        var median = values[values.Count / 2];
        var tenth = (upper - lower) / 10;
        if (values.TrueForAll(v => v >= lower && v <= upper) && lower >= median / 2 && upper <= median * 2
            && median >= lower + tenth && median <= upper - tenth)
        {
            SettleDoubted(row, judged, "lowerLimit", options);
            SettleDoubted(row, judged, "upperLimit", options);
        }
    }

    /// <summary>Line n in the n-th place, as printed: not a number guessed from the place (<see cref="Orders.LineNumbers"/>).</summary>
    /// <remarks>
    /// Also a number that leads its cell, the part number run in after a gap ("2 MT 3001", "1 WS-1405": the column
    /// boundary lost): over 61 cached sets (session 26) 112 more line numbers and units of such lines were accepted, none
    /// wrong.
    /// </remarks>
    private static bool InPlace(Dictionary<string, FieldDraft> line, int index) =>
        line.GetValueOrDefault("lineNo") is { Found: true, Text: { } printed }
        && (string.Concat(printed.Where(char.IsAsciiDigit)) == (index + 1).ToString(CultureInfo.InvariantCulture)
            || (LeadingNumber().Match(printed) is { Success: true } lead && lead.Groups[1].Value == (index + 1).ToString(CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^\s*([0-9]{1,3})\s+\S")]
    private static partial Regex LeadingNumber();

    /// <summary>A doubted figure of a measured row settled by its row's agreement, unless the row itself contradicts it.</summary>
    private static void SettleDoubted(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, string name, ExtractionOptions options)
    {
        if (!row[name].Contradicted)
        {
            Settle(judged, name, row[name].ThresholdName, options, ambiguousToo: true);
        }
    }

    /// <summary>Accepts a value doubted for its OCR confidence alone (or, with <paramref name="ambiguousToo"/>, as ambiguous).</summary>
    private static void Settle(Dictionary<string, Field> judged, string name, string thresholdName, ExtractionOptions options, bool ambiguousToo = false)
    {
        if (judged.GetValueOrDefault(name) is { NeedsReview: true } doubted
            && (doubted.Reasons is [ReviewReasons.LowOcrConfidence]
                || (ambiguousToo && doubted.Reasons.TrueForAll(r => r is ReviewReasons.Ambiguous or ReviewReasons.LowOcrConfidence))))
        {
            judged[name] = ConfidenceJudge.Accepted(doubted, Math.Max(doubted.Confidence, options.ThresholdFor(thresholdName)));
        }
    }
}
