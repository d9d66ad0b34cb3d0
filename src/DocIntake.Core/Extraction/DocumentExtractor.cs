using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Classification;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Masters;
using DocIntake.Core.Extraction.Orders;
using DocIntake.Core.Extraction.Quality;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Pages;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction;

/// <summary>
/// Understands a read document: classify, pair labels and values, read tables, run the cross-field checks, match
/// master data, take a second look at doubtful values, and judge each field's confidence and review.
/// </summary>
public static class DocumentExtractor
{
    /// <summary>
    /// Fills <paramref name="document"/>'s type, language, fields (every field the type defines, null when not found),
    /// lines, measurements, problems and <c>source.senderFax</c> (when the fax header names it and it is not set yet).
    /// </summary>
    public static void Extract(ExtractedDocument document, IReadOnlyList<PageText> pages, ExtractionOptions options, ISecondLook? secondLook = null)
    {
        var layout = DocumentLayout.Build(pages);
        var language = LanguageDetector.Detect(layout);
        var (senderFax, sentOn) = FaxHeader(layout, options.MasterData);
        document.Source.SenderFax ??= senderFax;
        var type = DocumentClassifier.Classify(layout, options.DocumentTypeHint ?? SenderHint(document.Source.SenderFax, options.MasterData));

        document.DocumentType = type;
        document.Language = language;
        document.Fields = [];
        document.Lines = [];
        document.Measurements = [];
        document.Problems = [];

        var ctx = new ExtractionContext(layout, language, options, sentOn);
        var ocrPages = pages.Where(p => p.Source == TextSources.Ocr).Select(p => p.Number).ToHashSet();
        FieldSpec[] specs;
        DocumentDrafts drafts;
        switch (type)
        {
            case DocumentTypes.Order:
                specs = OrderSpecs.Fields;
                drafts = OrderExtractor.Extract(ctx);
                if (options.MasterData is { } known && options.DocumentTypeHint is null
                    && (MasterMatcher.AddressedToCustomer(drafts, known) || MasterMatcher.SentByNonCustomer(document.Source.SenderFax, known)))
                {
                    document.DocumentType = DocumentTypes.Unknown;
                    return;
                }

                Rescue(drafts, secondLook, ocrPages, ctx);
                foreach (var line in drafts.Lines)
                {
                    RunInAmountCell.Trim(line); // again: a re-read quantity or price may only now multiply out
                }

                LineEvidence.DoubtLineDatesBeforeTheOrder(drafts); // again: a re-read date (seed 263's "2025-04-21") is only now read
                LineEvidence.DoubtDatesFarFromTheOrder(drafts, ctx.TransmissionDate);

                LineNumbers.Settle(drafts);
                if (drafts.Fields["buyerFax"] is { Found: true } buyerFax && buyerFax.Value!.GetValue<string>() == document.Source.SenderFax)
                {
                    buyerFax.ChecksPassed++; // the fax header (or the mail) names the number it came from: read twice
                }

                YearByFaxHeader.Repair(drafts.Fields["orderDate"], ctx.TransmissionDate);
                GarbledYenMark.Strip(drafts);
                YenHasNoDecimals.Repair(drafts);
                ImpossibleTax.Unread(drafts);
                SubtotalByTaxAndTotal.Repair(drafts);
                DocumentChecks.Run(drafts, DocumentTypes.Order, ctx.TransmissionDate);
                ExpectedTotals.Mark(drafts);
                break;
            case DocumentTypes.QualityRecord:
                specs = QualitySpecs.Fields;
                drafts = QualityRecordExtractor.Extract(ctx);
                Rescue(drafts, secondLook, ocrPages, ctx);
                if (secondLook is not null && !ctx.English)
                {
                    SecondLookPass.JapaneseItems(drafts, secondLook, ocrPages.Contains);
                }

                YearByFaxHeader.Repair(drafts.Fields["inspectionDate"], ctx.TransmissionDate);
                DocumentChecks.Run(drafts, DocumentTypes.QualityRecord);
                break;
            default:
                return;
        }

        ExpectedValues.Mark(drafts, ocrPages.Count > 0, pages.Count > 0 && pages.All(IsCoarse));
        if (options.MasterData is { } master)
        {
            MasterMatcher.Apply(drafts, master, document.Source.SenderFax, ctx.English);
        }

        MarkCoarsePages(drafts, pages);
        if (secondLook is not null)
        {
            SecondLookPass.Apply(drafts, secondLook, options, ocrPages.Contains, ctx.Read());
        }

        foreach (var spec in specs)
        {
            document.Fields[spec.Name] = ConfidenceJudge.ToField(drafts.Fields[spec.Name], options);
        }

        SettledValues.ListedPartNumber(drafts.Fields, document.Fields, options);
        SettledValues.DatedBeforeSending(drafts.Fields, document.Fields, ctx.TransmissionDate, options);
        ConfidenceJudge.NamedByPart(drafts.Fields, document.Fields, "partName");
        var currency = drafts.Fields.GetValueOrDefault("currency")?.Value?.GetValue<string>();
        document.Lines = [.. drafts.Lines.Select((l, i) => ConfidenceJudge.NamedByPart(l, Settle(drafts.Lines, i, Judge(l, options), currency, options)))];
        if (type == DocumentTypes.Order)
        {
            SettledValues.AgreeingDeliveryDates(drafts, document.Lines, ctx.TransmissionDate, options);
            SettledValues.TotalsAddingUp(drafts, document.Fields, currency, options);
            CurrencyByFigures.Settle(drafts, document.Fields, options);
        }

        document.Measurements = [.. drafts.Measurements.Select(m => Settle(m, Judge(m, options), options))];
        document.Problems = drafts.Problems;
    }

    /// <summary>
    /// Customers fax us orders: a page from a listed customer's number that does not say clearly what it is leans toward
    /// an order, as one from a mailbox set aside for orders does. Over 18 evaluation sets (session 12) 272 documents came
    /// from a customer's number, every one an order; seed 157's tune-042, a 98-lpi order whose title, table header and
    /// totals OCR garbled, was taken for unknown without it.
    /// </summary>
    private static string? SenderHint(string? senderFax, MasterData? master) =>
        master is not null && senderFax is not null && master.Customers.Any(c => c.Fax == senderFax) ? DocumentTypes.Order : null;

    private static Dictionary<string, Field> Settle(List<Dictionary<string, FieldDraft>> lines, int index, Dictionary<string, Field> judged, string? currency, ExtractionOptions options)
    {
        var line = lines[index];
        SettledValues.ListedPartNumber(line, judged, options);
        SettledValues.ListedPartAndName(line, judged, options);
        SettledValues.MultipliedOut(line, index, judged, currency, options);
        SettledValues.LineNumberInPlace(lines, index, judged, options);
        SettledValues.KnownUnitInPlace(line, index, judged, options);
        SettledValues.ListedUnit(line, judged, options);
        return judged;
    }

    private static Dictionary<string, Field> Settle(Dictionary<string, FieldDraft> row, Dictionary<string, Field> judged, ExtractionOptions options)
    {
        SettledValues.KnownItem(row, judged, options);
        SettledValues.KnownMeasurementUnit(row, judged, options);
        SettledValues.LimitsHoldingTheValues(row, judged, options);
        SettledValues.ValuesWithinTheirLimits(row, judged, options);
        SettledValues.GuessedBandHoldingTheValues(row, judged, options);
        SettledValues.RangeHoldingTheValues(row, judged, options);
        SettledValues.GuessedLimitsHoldingTheValues(row, judged, options);
        SettledValues.GuessedPassHeldByTheValues(row, judged, options);
        return judged;
    }

    private static Dictionary<string, Field> Judge(Dictionary<string, FieldDraft> row, ExtractionOptions options) =>
        row.ToDictionary(kv => kv.Key, kv => ConfidenceJudge.ToField(kv.Value, options), StringComparer.Ordinal);

    /// <summary>Before the checks: text that did not parse is read once more on its own, so the checks can use it.</summary>
    private static void Rescue(DocumentDrafts drafts, ISecondLook? look, HashSet<int> ocrPages, ExtractionContext ctx)
    {
        if (look is not null)
        {
            SecondLookPass.Rescue(drafts, look, ocrPages.Contains, ctx.Read());
        }
    }

    /// <summary>Values read from a fax page sent at normal resolution (98 lines per inch, stretched to square pixels).</summary>
    private static void MarkCoarsePages(DocumentDrafts drafts, IReadOnlyList<PageText> pages)
    {
        var coarse = pages.Where(IsCoarse)
            .Select(p => p.Number)
            .ToHashSet();
        if (coarse.Count == 0)
        {
            return;
        }

        foreach (var draft in drafts.All().Where(d => d.Page is { } p && coarse.Contains(p)))
        {
            draft.CoarsePage = true;
        }
    }

    private static bool IsCoarse(PageText page) =>
        page.Operations.Any(o => o.StartsWith("square_pixels:", StringComparison.Ordinal) && o.Contains("x98", StringComparison.Ordinal));

    /// <summary>
    /// The sender's number and the transmission date from the first fax header row that names them; the number checked
    /// against those printed on the document and the fax numbers of the master's companies (customers, suppliers, our
    /// own: seed 193's tune-010, an invoice faxed from a supplier's "+81 566 92 3319" read "181 566 92 3319 1 2842").
    /// </summary>
    private static (string? Fax, DateOnly? Date) FaxHeader(DocumentLayout layout, MasterData? master)
    {
        string? fax = null;
        DateOnly? date = null;
        var printed = new Lazy<List<string>>(() =>
        [
            .. layout.Rows.Except(layout.FaxHeaderRows)
                .SelectMany(r => SenderNumber.FindAll(TextNormalizer.Normalize(string.Join(' ', r.Tokens.Select(t => t.Text)))))
                .Select(ValueReader.Phone)
                .OfType<string>(),
            .. master?.Customers.Concat(master.Suppliers).Concat(master.OwnCompany).Select(c => c.Fax).OfType<string>() ?? [],
        ]);
        foreach (var row in layout.FaxHeaderRows)
        {
            var text = string.Join(' ', row.Tokens.Select(t => t.Text));
            fax ??= SenderFax.Settle(text, printed.Value);
            if (date is null && DateParser.TryFind(text, out var m))
            {
                date = m.Date;
            }
        }

        return (fax, date);
    }
}
