using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Pages;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Judging;

/// <summary>
/// Re-reads values the judge would send to review for low OCR confidence alone (not those a check or master data
/// already faults), and records whether the second reading gives the same value.
/// </summary>
internal static class SecondLookPass
{
    public static void Apply(DocumentDrafts drafts, ISecondLook look, ExtractionOptions options, Func<int, bool> isOcrPage, ReadContext context)
    {
        var specifications = new Dictionary<(int, PixelBox), Tolerance?>();
        foreach (var draft in drafts.All().Where(d => !d.CoarsePage))
        {
            if (!draft.Found || draft.Box is not { } box || draft.Page is not { } page || !isOcrPage(page) || draft.SecondLook == SecondLookEvidence.Gave
                || draft.Reasons.Count > 0 || draft.Master == MasterEvidence.Missing || draft.Value is System.Text.Json.Nodes.JsonArray
                || ConfidenceJudge.Score(draft) >= Math.Max(options.ThresholdFor(draft.ThresholdName), options.ReviewThreshold))
            {
                continue;
            }

            // (Up to the default threshold even where a field's own is lower: a disagreeing re-read still catches what a
            // closed-form field's confidence let through.)
            bool same;
            if (FromSpecification.Contains(draft.ThresholdName))
            {
                // A limit is one part of the 規格 text ("8.00 (+0.05/-0.02)"): the cell is re-read whole, without a digit
                // whitelist that would drop ±, + and /, parsed again, and the same part compared.
                if (!specifications.TryGetValue((page, box), out var tolerance))
                {
                    tolerance = look.Reread(page, box, ValueKind.Text) is { } spec ? ToleranceParser.Parse(spec) : null;
                    specifications[(page, box)] = tolerance;
                }

                // A limit made from a bare figure and its misread mark ("ミ 0.02": see MeasurementRepair.LostLimitMark) is
                // confirmed by a re-read of the same figure, which parses as bare again.
                var part = draft.Name switch { "nominal" => tolerance?.Nominal, "lowerLimit" => tolerance?.Lower, _ => tolerance?.Upper };
                var bare = draft.Inferred && tolerance is { Lower: null, Upper: null } ? tolerance.Nominal : null;
                same = (part is not null && part == Checks.Numbers.Of(draft)) || (bare is not null && bare == Checks.Numbers.Of(draft));
            }
            else
            {
                // Compared with the value and with the first reading: a value made from what was read (master data
                // corrected "1PL-4425-S", the line number run in, to PL-4425-S; "um" is μm) is confirmed by a re-read of
                // the same print, not contradicted.
                var text = JapaneseItem(draft) ? look.RereadJapanese(page, box) ?? look.Reread(page, box, draft.Kind) : look.Reread(page, box, draft.Kind);
                var value = text is null ? null : Reading(draft, text, context);
                var first = draft.Text is { } read ? Reading(draft, read, context) : null;
                same = value is not null && (Same(value.ToJsonString(), draft.Value!.ToJsonString(), draft.Kind)
                    || (first is not null && Same(value.ToJsonString(), first.ToJsonString(), draft.Kind))
                    || NearListedCode(draft, value));
            }

            draft.SecondLook = same ? SecondLookEvidence.Agrees : SecondLookEvidence.Disagrees;
        }
    }

    /// <summary>
    /// A value found as text that did not parse ("合" read as "台", an amount with a stray mark) is re-read from its crop
    /// with the settings of its kind; when that parses, it becomes the value, with no more than
    /// <see cref="RescuedConfidence"/> (one reading, no agreement), so it goes to review unless a check confirms it. It is
    /// not re-read again: the same crop read the same way agreed with itself and lifted "Ro8/01/11", a 98-lpi
    /// "RosO111", from 0.38 to an accepted 0.75 (seed 179's tune-046, printed R08/04/11).
    /// </summary>
    public static void Rescue(DocumentDrafts drafts, ISecondLook look, Func<int, bool> isOcrPage, ReadContext context)
    {
        foreach (var draft in drafts.All())
        {
            if (!draft.Unparsable || draft.Box is not { } box || draft.Page is not { } page || !isOcrPage(page)
                || FromSpecification.Contains(draft.ThresholdName) || box.Height < MinimumTextHeight)
            {
                continue;
            }

            var text = JapaneseVerdict(draft, context) ? look.RereadJapanese(page, box) ?? look.Reread(page, box, draft.Kind) : look.Reread(page, box, draft.Kind);
            var value = text is null ? null : ValueReader.Read(TextNormalizer.Normalize(text), draft.Kind, context);
            var guessed = value is null && draft.Kind == ValueKind.Result && ResultParser.LookAlike(text) is { } likely
                ? JsonValue.Create(likely)
                : null;
            if ((value ?? guessed) is { } read)
            {
                draft.Value = read;
                draft.Text = text;
                draft.Unparsable = false;
                draft.Ocr = Math.Min(draft.Ocr, RescuedConfidence) * (ValueReader.IsSpeckedMonthDay(text!) ? ValueReader.SpeckedMonthDayWeight : 1);
                draft.SecondLook = SecondLookEvidence.Gave;
                if (guessed is not null)
                {
                    draft.Reasons.Add(ReviewReasons.Ambiguous);
                }
            }
        }
    }

    /// <summary>
    /// A Japanese verdict box (総合判定 "不合格", bold, boxed) is re-read with the Japanese model alone: jpn+eng read the one
    /// of seed 127's tune-012 "RAB" on the page and "ARB" on its crop, jpn alone "不会格" (a look-alike of 不合格).
    /// </summary>
    private static bool JapaneseVerdict(FieldDraft draft, ReadContext context) => draft.Kind == ValueKind.Result && !context.English;

    /// <summary>
    /// A Japanese record's inspection item read as a few Latin letters ("外径" as "WE" at 0.91, "穴径" as "KE", "硬度" as
    /// "BE"): page OCR with jpn+eng took the kanji pair for English, too confidently for the page's own re-read of
    /// unsure Latin runs. Its crop is read with the Japanese model alone, and a Japanese reading replaces it (the known
    /// item it differs from by a kana mark or one character, when only one does). On seeds 101, 113 and 131 50 items
    /// changed, 39 of them to the printed item, the rest still garbled ("外儲": 外径 or 外観). A reading that is a whole
    /// known item is accepted: over eleven 80-document sets (session 9) all 90 such re-reads were the printed item. A
    /// guess (one character off) or an unknown word stays in review.
    /// </summary>
    public static void JapaneseItems(DocumentDrafts drafts, ISecondLook look, Func<int, bool> isOcrPage)
    {
        foreach (var item in drafts.Measurements.Select(m => m["item"]))
        {
            if (item is not { Found: true, Box: { } box, Page: { } page } || !isOcrPage(page) || box.Height < MinimumTextHeight
                || item.Value?.GetValue<string>() is not { } text || text.Any(TextNormalizer.IsKanaOrKanji) || !text.Any(char.IsAsciiLetter)
                || text.Count(c => !char.IsWhiteSpace(c)) > MisreadItemLength)
            {
                continue;
            }

            var read = look.RereadJapanese(page, box) is { } r ? TextNormalizer.Compact(TextNormalizer.Normalize(r)).TrimEnd('.', '・', '。', ',') : null;
            if (read is null || read.Count(TextNormalizer.IsKanaOrKanji) < 2)
            {
                continue;
            }

            item.Text = read;
            if (InspectionWords.IsWholeKnownItem(read))
            {
                // A known item word for word. The confidence of the Latin misreading says nothing of this reading, which
                // stands on its own (RescuedConfidence) and is confirmed by the vocabulary like any item read so.
                item.Value = JsonValue.Create(read);
                item.Ocr = RescuedConfidence;
                item.Master = MasterEvidence.Exact;
                item.Reasons.Remove(ReviewReasons.Ambiguous);
                continue;
            }

            item.Ocr = Math.Min(item.Ocr, RescuedConfidence);
            item.Value = JsonValue.Create(InspectionWords.CorrectJapaneseItem(read) ?? InspectionWords.OneCharacterOff(read) ?? read);
            item.Reasons.Add(ReviewReasons.Ambiguous);
        }
    }

    /// <summary>A two- or three-kanji item misread as Latin comes back as at most this many letters ("WME", "KRtE").</summary>
    private const int MisreadItemLength = 5;

    /// <summary>Limits come from the whole 規格 text through the tolerance parser, not from one number: not rescued so.</summary>
    private static readonly HashSet<string> FromSpecification = new(StringComparer.Ordinal)
    {
        "measurements.nominal", "measurements.lowerLimit", "measurements.upperLimit",
    };

    /// <summary>
    /// A crop lower than this holds no text: a speck ("・" of 2×2 px after 備考) re-read on its own, scaled up, came back
    /// as "LE" and became the notes.
    /// </summary>
    private const int MinimumTextHeight = 6;

    /// <summary>The most a value read only by the rescue re-read is trusted on its own.</summary>
    private const double RescuedConfidence = 0.8;

    /// <summary>
    /// An inspection item in kanji: re-read with the Japanese model, as jpn+eng takes a kanji pair on a small crop for
    /// Latin letters ("外径" as "WE") and would contradict every such item.
    /// </summary>
    private static bool JapaneseItem(FieldDraft draft) =>
        draft.ThresholdName == "measurements.item" && draft.Value?.GetValue<string>() is { } item && item.Any(TextNormalizer.IsKanaOrKanji);

    /// <summary>What a reading means for the draft: a unit by its spellings ("um", "wm" and "pm" are all μm), else by its kind.</summary>
    private static JsonNode? Reading(FieldDraft draft, string text, ReadContext context) =>
        draft.ThresholdName is "measurements.unit" or "lines.unit"
            ? Units.Read(text) is { } unit ? JsonValue.Create(unit.Unit) : null
            : ValueReader.Read(TextNormalizer.Normalize(text), draft.Kind, context); // OCR's spaces between kana and kanji dropped

    /// <summary>
    /// A part number read as the parts master lists it, re-read one character off: two readings of a real number, not a
    /// contradiction (the crop's edge takes in a rule or a neighbour's stroke, "MS-1002-4"). Over 16 evaluation sets
    /// (session 10) all 63 listed part numbers that went to review for a disagreeing re-read alone were right.
    /// </summary>
    private static bool NearListedCode(FieldDraft draft, JsonNode reread) =>
        draft is { Kind: ValueKind.Code, Master: MasterEvidence.Exact } && draft.Value?.GetValue<string>() is { Length: >= 6 } code
        && reread.GetValueKind() == System.Text.Json.JsonValueKind.String
        && Fuzzy.Distance(reread.GetValue<string>().ToUpperInvariant(), code.ToUpperInvariant()) <= 1;

    private static bool Same(string a, string b, ValueKind kind) =>
        kind is ValueKind.Text or ValueKind.Company
            ? string.Equals(Core.Text.TextNormalizer.Compact(a), Core.Text.TextNormalizer.Compact(b), StringComparison.Ordinal)
            : string.Equals(a, b, StringComparison.Ordinal);

}
