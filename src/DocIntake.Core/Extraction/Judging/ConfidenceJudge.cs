using DocIntake.Core.Contract;
using System.Text.RegularExpressions;

namespace DocIntake.Core.Extraction.Judging;

/// <summary>
/// Combines the evidence of a value into one confidence and decides review. The doubt (1 − OCR confidence) shrinks
/// with every independent confirmation: a cross-field check that held, an exact master-data match, a second reading
/// that agrees. Anything that contradicts the value (failed check, unknown part, disagreeing re-read) sends it to review
/// whatever the score.
/// </summary>
internal static partial class ConfidenceJudge
{
    /// <summary>How much of the doubt remains after each kind of confirmation.</summary>
    private const double CheckKeeps = 0.35;
    private const double MasterKeeps = 0.35;
    private const double SecondLookKeeps = 0.4;

    /// <summary>A value placed by layout alone (no label beside it) carries this much extra doubt.</summary>
    private const double InferredDoubt = 0.08;

    /// <summary>
    /// A normal-resolution fax page (98 lines per inch) loses thin horizontal strokes: hyphens in codes, the bars of
    /// 二/三, decimal points. OCR stays confident about what is left (character error rate 0.25 there vs 0.12 at 196 lpi,
    /// with "PN-7010" read "PN7010" at 0.95), so its doubt is doubled; a re-read of the same lost strokes is no evidence
    /// (the second look skips these pages) but a check or master data still is. Tripled until session 5: once the rules
    /// for joined codes and lost decimal points were in, five 80-document sets (80 G3 faxes) showed no wrong
    /// auto-accept at 2, 1.5 or 3, and 2 kept a margin (G3 review 0.92 → 0.82). Session 6, seven sets (112 G3 faxes):
    /// 2 → 1.5 accepts 207 more G3 fields (G3 review 0.72 → 0.67 of all fields), two of them wrong — a line of a
    /// table shifted by lost rows (now doubted whole) and a USD amount whose decimal point was lost with its unit
    /// price's, so that the line still multiplied out. Session 10, sixteen sets (256 G3 faxes): 1.5 → 1.25 accepts 351
    /// more G3 fields (G3 review 0.577 → 0.541), four of them wrong ("S-74885" read "-74885", now doubted as a broken
    /// code; a limit 50 read 30; a value 0.021 read 0.071; a part number run into another that is in the master);
    /// 1.0 would accept 806 with 17 wrong, 2 % of them, too many.
    /// </summary>
    private const double CoarsePageDoubt = 1.25;

    /// <summary>Ceiling for text that was found but does not parse as its kind.</summary>
    private const double UnparsableCeiling = 0.2;

    public static double Score(FieldDraft d)
    {
        if (!d.Found)
        {
            return d.Unparsable ? Math.Min(d.Ocr, UnparsableCeiling) : 0;
        }

        var doubt = 1 - Math.Clamp(d.Ocr, 0, 1);
        if (d.Inferred)
        {
            doubt += InferredDoubt;
        }

        if (d.CoarsePage && d.Ocr < 1)
        {
            doubt *= CoarsePageDoubt;
        }

        // Each independent check that held keeps a share of the doubt (a line amount in its line's product and in the
        // subtotal's sum); more than two add nothing new.
        doubt *= Math.Pow(CheckKeeps, Math.Min(d.ChecksPassed, 2));

        doubt *= d.Master switch
        {
            MasterEvidence.Exact => MasterKeeps,
            MasterEvidence.Corrected => 0.5,
            _ => 1,
        };
        if (d.SecondLook == SecondLookEvidence.Agrees)
        {
            doubt *= SecondLookKeeps;
        }

        return Math.Round(Math.Clamp(1 - doubt, 0, 1), 3);
    }

    /// <summary>
    /// A 品名 (a line's description, a quality record's part name) that is, or is within a few letters of, the name the
    /// part master gives the part number beside it, when that number was accepted, is read twice over: code and name point at the same part, so OCR doubt about the name (a φ
    /// read "p", a second reading that differs) is spent. Over 13 evaluation sets (session 8) 191 such descriptions had
    /// gone to review for low confidence or a disagreeing re-read alone, all right; the two wrong ones stood on lines whose
    /// part number was doubted too (a shifted row). Failed checks still send it to review. A name OCR garbled past
    /// matching is offered as the master's (<see cref="MasterEvidence.Offered"/>) and accepted so too: over 30 sets
    /// (session 15) 189 line descriptions and 34 part names of inspection records so offered beside an accepted number
    /// were all the master's; the 4 wrong of 219 descriptions all sat beside a number held back (misread into another
    /// listed one).
    /// </summary>
    public static Dictionary<string, Field> NamedByPart(Dictionary<string, FieldDraft> line, Dictionary<string, Field> judged, string nameKey = "description")
    {
        if (line.GetValueOrDefault(nameKey) is { Master: MasterEvidence.Exact or MasterEvidence.Corrected or MasterEvidence.Offered } name
            && line.GetValueOrDefault("partNumber") is { Master: MasterEvidence.Exact or MasterEvidence.Corrected }
            && judged.GetValueOrDefault("partNumber") is { NeedsReview: false } number
            && judged.GetValueOrDefault(nameKey) is { NeedsReview: true } description
            && description.Reasons.TrueForAll(r => r is ReviewReasons.Ambiguous or ReviewReasons.LowOcrConfidence
                || (r is ReviewReasons.DiffersFromMasterData && name.Master == MasterEvidence.Offered)))
        {
            judged[nameKey] = Accepted(description, Math.Max(description.Confidence, number.Confidence));
        }

        return judged;
    }

    internal static Field Accepted(Field field, double confidence) => new()
    {
        Value = field.Value?.DeepClone(),
        Text = field.Text,
        Confidence = confidence,
        NeedsReview = false,
        Reasons = [],
        Page = field.Page,
        Box = field.Box,
    };

    /// <summary>
    /// A report, order or lot number of one or two characters ("1"): a scrap of a garbled label's row, not a code. One
    /// that starts or ends with its separator ("-74885" for S-74885, "260204-" for 260204-A) lost what stood beside it:
    /// 9 of 9 such codes over 16 evaluation sets (session 10) were wrong. So did one ending in a slash: a 7 or 1 read so
    /// ("908554/" for 9085547, seed 257's tune-057). A slash between figures is the same 7 or 1 inside the code ("260/092" for
    /// lot 2607092, seed 401's tune-021, accepted): over 26 sets (session 22) no printed code held one, and six read so
    /// were all misread. Likewise one between a figure and the code's hyphen ("KS26081/-05", seed 509's tune-026). A capital
    /// followed by a small letter is a capital misread ("Po-26-8721" for PO-26-8721, seed 577's tune-055, accepted): over
    /// 46 cached sets (session 25) 39 codes read so, none right. (A listed part number printed so stands as listed.)
    /// </summary>
    private static bool IsBrokenCode(FieldDraft d) =>
        d.Kind == ValueKind.Code && d.Value?.GetValue<string>() is { } code
        && (code.Count(char.IsLetterOrDigit) < 3 || code.StartsWith('-') || code.EndsWith('-') || code.StartsWith('/') || code.EndsWith('/')
            || SlashBetweenFigures().IsMatch(code) || ((CapitalThenSmall().IsMatch(code) || PointBetweenFigures().IsMatch(code)) && d.Master != MasterEvidence.Exact));

    /// <summary>
    /// A point between figures in a code is a hyphen a fax thinned ("41.59106" for 41-59106, fresh seed 631's tune-074,
    /// accepted at 0.95): no order, report, lot or part number of the cached sets or master data has one.
    /// </summary>
    [GeneratedRegex("[0-9]\\.[0-9]")]
    private static partial Regex PointBetweenFigures();

    [GeneratedRegex("[0-9]/[0-9-]|-/[0-9]")]
    private static partial Regex SlashBetweenFigures();

    [GeneratedRegex("[A-Z][a-z]")]
    private static partial Regex CapitalThenSmall();

    public static Field ToField(FieldDraft d, ExtractionOptions options)
    {
        if (!d.Found && !d.Unparsable)
        {
            var missing = Field.NotFound(d.Required || d.LabelSeen);
            if (d.LabelSeen)
            {
                missing.Page = d.Page;
                missing.Box = d.Box?.ToArray();
            }

            return missing;
        }

        var confidence = Score(d);
        var reasons = new List<string>();
        if (d.Unparsable)
        {
            reasons.Add(ReviewReasons.Unparsable);
        }

        if (d.Master == MasterEvidence.Missing)
        {
            d.Reasons.Add(ReviewReasons.NotInMasterData);
        }

        if (d.SecondLook == SecondLookEvidence.Disagrees || JoinedCode.IsGuess(d) || IsBrokenCode(d) || GarbledText.Seen(d))
        {
            d.Reasons.Add(ReviewReasons.Ambiguous);
        }

        reasons.AddRange(d.Reasons.Order(StringComparer.Ordinal));
        if (reasons.Count == 0 && d.Ocr < 1 && d.ChecksPassed == 0 && d.Master != MasterEvidence.Exact && options.ConfirmedByChecks.Contains(d.ThresholdName))
        {
            reasons.Add(ReviewReasons.Unconfirmed);
        }

        // A lower threshold of a closed-form field trusts what was read in its labelled place, not a value placed there
        // by layout alone.
        var threshold = d.Inferred ? Math.Max(options.ThresholdFor(d.ThresholdName), options.ReviewThreshold) : options.ThresholdFor(d.ThresholdName);
        if (confidence < threshold && reasons.Count == 0)
        {
            reasons.Add(ReviewReasons.LowOcrConfidence);
        }

        return new Field
        {
            Value = d.Value?.DeepClone(),
            Text = d.Text,
            Confidence = confidence,
            NeedsReview = reasons.Count > 0,
            Reasons = reasons,
            Page = d.Page,
            Box = d.Box?.ToArray(),
        };
    }
}
