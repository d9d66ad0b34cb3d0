using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Judging;

/// <summary>
/// Optional fields left empty where the rest of the document says a value is printed: such a null means "not read",
/// so it goes to review as not found instead of being accepted as absent.
/// </summary>
internal static partial class ExpectedValues
{
    /// <summary>Required header fields missing at which the page counts as badly read (noise, a lost block of text).</summary>
    private const int BadlyReadMissing = 2;

    public static void Mark(DocumentDrafts drafts, bool ocr, bool coarse)
    {
        // An inspection record goes out with the goods, addressed to the customer (御中): with the issuer read and the
        // addressee not, the 御中 line was lost.
        if (drafts.Fields.GetValueOrDefault("customerName") is { Found: false } customer && drafts.Fields.GetValueOrDefault("supplierName") is { Found: true })
        {
            customer.LabelSeen = true;
        }

        // A 備考 box is printed on every form and left empty on most: its label over nothing is no sign of a lost
        // remark. Over eleven 80-document sets (session 9) all 132 such empty boxes outside 98-lpi faxes were empty in
        // print; on 98-lpi faxes 3 of 52 held a remark OCR lost, so those stay doubtful (below).
        if (!coarse && drafts.Fields.GetValueOrDefault("notes") is { Found: false, Unparsable: false, LabelSeen: true } notes)
        {
            notes.LabelSeen = false;
        }

        // On a page that lost two required fields, a missing optional field is far more likely lost than not printed;
        // on a normal-resolution fax (98 lpi) whole labels are lost so often that no absence can be trusted.
        // A text layer loses nothing: what it lacks is not printed.
        if (coarse || (ocr && drafts.Fields.Values.Count(d => d.Required && (!d.Found || d.Unparsable)) >= BadlyReadMissing))
        {
            foreach (var draft in drafts.Fields.Values.Where(d => !d.Required && !d.Found))
            {
                draft.LabelSeen = true;
            }
        }

        if (coarse)
        {
            // Unit columns lose their short words first at 98 lpi ("mm", "個", "式"): a missing unit is doubtful. (Not
            // on an order line: units are printed on every line or none, see below, and an order with no unit read on
            // any line had none printed: 136 such lines over twelve 80-document sets, session 9, none with a unit.)
            // A dimension read as a known item (not guessed from a misreading), on a record where no other dimension
            // shows a unit, is one of a list that gives dimensions in mm unsaid: over 16 sets (session 10) 53 such G3
            // rows, none with a unit printed.
            var measured = drafts.Measurements.Where(m => m.TryGetValue("values", out var v) && v.Found).ToList();
            // A hardness scale or μm beside an item OCR garbled ("RE" for 硬度 over "200て260 HV") is no dimension's unit:
            // over 57 cached sets (session 26) 34 dimensions printed without one are no longer doubted, no lost unit accepted.
            var dimensionsHaveUnits = measured.Any(m => !CarriesUnit(m) && m.GetValueOrDefault("unit") is { Found: true } unit
                && !ScaleOrMicrometres().IsMatch(unit.Value!.GetValue<string>()));
            foreach (var row in measured)
            {
                if (row.TryGetValue("unit", out var unit) && !unit.Found
                    && (dimensionsHaveUnits || CarriesUnit(row) || Item(row) is not { } item || !InspectionWords.IsKnownItem(item)
                        || row["item"].Reasons.Contains(Contract.ReviewReasons.Ambiguous)))
                {
                    unit.LabelSeen = true;
                }

                // A limit made from a bare figure may be half of a range read as one figure here (3 of 12 over 16 sets).
                if (row.GetValueOrDefault("lowerLimit") is { } lower && row.GetValueOrDefault("upperLimit") is { } upper
                    && (lower.Found ^ upper.Found) && (lower.Found ? lower : upper).Inferred)
                {
                    (lower.Found ? upper : lower).LabelSeen = true;
                }
            }
        }

        // A measured value is judged against a limit: a row with values and neither limit lost its 規格 cell, and with
        // it whatever nominal was printed there. An item holding figures took that cell in ("重度 58.0--62.0", its header
        // lost): the unit printed beside the limits went with it (3 of 7 such rows over 39 sets had one, all accepted as
        // none).
        foreach (var row in drafts.Measurements.Where(m => m.TryGetValue("values", out var v) && v.Found))
        {
            if (row.GetValueOrDefault("lowerLimit") is { Found: false } lower && row.GetValueOrDefault("upperLimit") is { Found: false } upper)
            {
                lower.LabelSeen = true;
                upper.LabelSeen = true;
                if (row.GetValueOrDefault("nominal") is { Found: false } nominal)
                {
                    nominal.LabelSeen = true;
                }

                if (row.GetValueOrDefault("unit") is { Found: false } unit && Item(row) is { } item && item.Any(char.IsAsciiDigit))
                {
                    unit.LabelSeen = true;
                }
            }
        }

        // A unit column is printed for every line of an order or for none: with no unit read on any line, none was
        // printed, whatever else made it look lost (a header row read as noise): over 16 sets (session 11) 50 such G3
        // lines, none with a unit. (Not so for delivery dates: 22 of 69 such were printed.)
        // A quantity cell that held text but no quantity ("フト 2.000 本", a column cut in the wrong place: seed 443's
        // tune-009; a re-read of its crop may since have made one of it) may hold the unit too: that line's unit is
        // unknown, not absent. So is the empty cell of a one-line
        // order under a unit column its header named (the order extractor placed it: it has a box): one 個 lost (seed
        // 409's tune-026) looks the same as a column left blank, which two or more empty cells show.
        if (!drafts.Lines.Any(l => l.GetValueOrDefault("unit") is { } u && (u.Found || u.Unparsable)))
        {
            foreach (var line in drafts.Lines.Where(l => l.ContainsKey("unit")))
            {
                line["unit"].LabelSeen = line.GetValueOrDefault("quantity") is { Found: false, Unparsable: true } or { SecondLook: SecondLookEvidence.Gave }
                    || (drafts.Lines.Count == 1 && line["unit"].Box is not null);
            }
        }

        // Units and delivery dates are printed for every line of an order or for none: one without was not read (nor
        // was one whose cell held text that did not parse).
        foreach (var name in new[] { "unit", "deliveryDate" })
        {
            if (drafts.Lines.Any(l => l.TryGetValue(name, out var v) && (v.Found || v.Unparsable || v.LabelSeen)))
            {
                foreach (var missing in drafts.Lines.Select(l => l.GetValueOrDefault(name)).OfType<FieldDraft>().Where(v => !v.Found))
                {
                    missing.LabelSeen = true;
                }
            }
        }
    }

    [GeneratedRegex("^(?:HR[A-Z]?|HV|HB|HS|μm)$")]
    private static partial Regex ScaleOrMicrometres();

    private static bool CarriesUnit(Dictionary<string, FieldDraft> row) => Item(row) is { } item && InspectionWords.CarriesUnit(item);

    private static string? Item(Dictionary<string, FieldDraft> row) =>
        row.GetValueOrDefault("item")?.Value is JsonValue v && v.TryGetValue<string>(out var item) ? item : null;
}
