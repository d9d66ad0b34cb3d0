using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Tables;
using DocIntake.Core.Extraction.Values;
using DocIntake.Core.Pages;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Orders;

/// <summary>Reads an order (注文書 / 発注書 / Purchase Order): header fields, parties, line table and totals.</summary>
internal static partial class OrderExtractor
{
    public static DocumentDrafts Extract(ExtractionContext ctx)
    {
        var drafts = new DocumentDrafts();
        var table = TableReader.Read(ctx.Layout, OrderSpecs.Lines, IsItem) ?? HeaderlessTable.Read(ctx.Layout);
        var tableRows = table?.RowIndexes ?? new HashSet<int>();
        var locator = new ValueLocator(ctx.Layout, OrderSpecs.Labels, tableRows);

        var orderDate = locator.Locate(OrderSpecs.OrderDate, ctx.Read());
        var reference = Numbers.DateOf(orderDate);
        drafts.Fields["orderNumber"] = locator.Locate(OrderSpecs.OrderNumber, ctx.Read());
        drafts.Fields["orderDate"] = orderDate;

        var supplier = PartyFinder.Addressee(ctx, locator, OrderSpecs.SupplierName, tableRows);
        var buyer = PartyFinder.Issuer(ctx, locator, OrderSpecs.BuyerName, supplier, tableRows);
        drafts.Fields["buyerName"] = buyer;
        drafts.Fields["buyerPhone"] = PartyFinder.Contact(ctx, locator, OrderSpecs.BuyerPhone, buyer, "buyerPhone");
        drafts.Fields["buyerFax"] = PartyFinder.Contact(ctx, locator, OrderSpecs.BuyerFax, buyer, "buyerFax");
        drafts.Fields["supplierName"] = supplier;

        drafts.Fields["deliveryDate"] = locator.Locate(OrderSpecs.DeliveryDate, ctx.Read(reference));
        drafts.Fields["deliveryLocation"] = locator.Locate(OrderSpecs.DeliveryLocation, ctx.Read());
        if (drafts.Fields["deliveryLocation"] is { Found: false, Unparsable: false, LabelSeen: false } && UnlabelledDeliveryLocation.Find(ctx.Layout, table) is { } place)
        {
            drafts.Fields["deliveryLocation"] = place;
        }

        UnlabelledDeliveryLocation.RepairOwner(drafts.Fields["deliveryLocation"]);
        drafts.Fields["subtotal"] = locator.Locate(OrderSpecs.Subtotal, ctx.Read());
        drafts.Fields["tax"] = locator.Locate(OrderSpecs.Tax, ctx.Read());
        var total = locator.Locate(OrderSpecs.Total, ctx.Read());
        drafts.Fields["total"] = total;
        drafts.Fields["currency"] = Currency(ctx, total);
        drafts.Fields["notes"] = locator.Locate(OrderSpecs.Notes, ctx.Read());
        // Also where the label was seen but nothing beside or below it read as its value: the remark may stand past the
        // totals' row that cut the label's box off ("Remarks" over "Grand Total", the remark below both: seed 577's tune-001).
        if (!drafts.Fields["notes"].Found && !drafts.Fields["notes"].Unparsable && table is not null)
        {
            drafts.Fields["notes"] = UnlabelledNote.Find(ctx.Layout, table) ?? drafts.Fields["notes"];
        }

        NoteRunOn.Join(ctx.Layout, drafts.Fields["notes"], ctx.Read());

        if (drafts.Fields["notes"] is { Value: not null } note && TextNormalizer.Compact(note.Value.GetValue<string>()).Length <= 2)
        {
            // A remark is a sentence: one or two characters are what OCR kept of one ("図" of 図面Rev.Cにて製作のこと, fresh
            // seed 251's tune-026, accepted). Over 33 sets (session 17) 22 notes of three characters or fewer, none right;
            // a real short remark (至急) is for a person to confirm.
            note.Reasons.Add(ReviewReasons.Ambiguous);
        }

        ExpectPrinted(drafts);
        if (table is not null)
        {
            var reader = ctx.Read(reference);
            for (var i = 0; i < table.Rows.Count; i++)
            {
                drafts.Lines.Add(Line(table.Rows[i], i, reader));
            }

            if (table.Headerless)
            {
                foreach (var field in drafts.Lines.SelectMany(l => l.Values))
                {
                    // Placed by the row's grammar, no header above it; a cell it did not find may well be printed.
                    field.Inferred = field.Found;
                    field.LabelSeen = !field.Found;
                }
            }

            UnlabelledTotals.Apply(ctx.Layout, table, drafts);
            UnlabelledTotals.LoneTotal(ctx.Layout, table, drafts);
            UnlabelledTotals.SubtotalAboveTotal(ctx.Layout, table, drafts);
            LineEvidence.DropSpeckedMinus(drafts);
            LineEvidence.ConfirmAgreeingDeliveryDates(drafts);
            LineEvidence.DeliveryDateFromLines(drafts);
            LineEvidence.DoubtLineDatesBeforeTheOrder(drafts);
            LostLeadingLines.Insert(drafts.Lines);
            LineEvidence.DoubtShiftedLines(drafts.Lines);
            LineEvidence.DoubtUnplacedLines(drafts.Lines);
            LineEvidence.DoubtLostDecimalPoint(drafts.Lines, "unitPrice");
            LineEvidence.DoubtLostDecimalPoint(drafts.Lines, "amount");
            LineEvidence.DoubtADigitThePageMisreads(drafts.Lines);
        }

        if (orderDate is { Found: false, Unparsable: false }
            && UnlabelledOrderDate.Find(ctx.Layout, table, drafts, ctx.Read()) is { } unlabelledOrderDate)
        {
            drafts.Fields["orderDate"] = unlabelledOrderDate;
        }

        if (drafts.Fields["deliveryDate"] is { Found: false, Unparsable: false }
            && UnlabelledDeliveryDate.FindInHeader(ctx.Layout, table, orderDate, ctx.Read(reference)) is { } unlabelled)
        {
            drafts.Fields["deliveryDate"] = unlabelled;
            if (drafts.Fields["orderDate"] is { Found: false, Unparsable: false }
                && UnlabelledOrderDate.Find(ctx.Layout, table, drafts, ctx.Read()) is { } orderDateBeforeIt)
            {
                drafts.Fields["orderDate"] = orderDateBeforeIt; // the delivery date it needed was found only now
            }
        }

        return drafts;
    }

    /// <summary>
    /// Optional fields that must be printed when others are, so a null means "not read", not "absent": a contact block
    /// with a FAX has a TEL, and an unread buyer block hides its TEL and FAX. (Totals: <see cref="ExpectedTotals"/>, after
    /// the re-reads.)
    /// </summary>
    private static void ExpectPrinted(DocumentDrafts drafts)
    {
        var f = drafts.Fields;
        Expect(f["buyerPhone"], f["buyerFax"].Found || !f["buyerName"].Found);
        Expect(f["buyerFax"], !f["buyerName"].Found); // the buyer block was not read: its TEL and FAX were not either
    }

    private static void Expect(FieldDraft draft, bool expected)
    {
        if (expected && !draft.Found)
        {
            draft.LabelSeen = true;
        }
    }

    internal static bool IsItem(TableRow row)
    {
        var hasNumber = ValueReader.Number(row.Text("quantity")) is not null || ValueReader.Money(row.Text("amount")) is not null;
        var hasName = row.Text("partNumber").Length > 0 || row.Text("description").Length > 0;
        return hasNumber && hasName && !IsTotalsRow(row);
    }

    /// <summary>A totals row whose label was not at its start (noise before "Total Amount"): no quantity, a totals word.</summary>
    private static bool IsTotalsRow(TableRow row)
    {
        if (ValueReader.Number(row.Text("quantity")) is not null)
        {
            return false;
        }

        return NamesTotals(row.Row.Compact);
    }

    /// <summary>Whether a row's text holds a totals word (合計, 小計, 消費税, Total, Subtotal).</summary>
    internal static bool NamesTotals(string compact)
    {
        var upper = compact.ToUpperInvariant();
        return TotalsWords.Any(w => upper.Contains(w, StringComparison.Ordinal));
    }

    private static readonly string[] TotalsWords = ["合計", "小計", "消費税", "TOTAL", "SUBTOTAL"];

    private static Dictionary<string, FieldDraft> Line(TableRow row, int index, ReadContext reader)
    {
        var line = new Dictionary<string, FieldDraft>(StringComparer.Ordinal);
        var lineNo = Cell(row, "lineNo", ValueKind.Number, false, reader);
        if (!lineNo.Found && !lineNo.Unparsable)
        {
            // Not printed: the position in the table, certain by construction. Under a No. column a row without one was
            // not read whole, or is no line ("以下余白" read "DhARE | 7", seed 307's tune-027): the position is a guess.
            lineNo.Value = JsonValue.Create((decimal)(index + 1));
            lineNo.Ocr = 1;
            lineNo.Page = row.Row.Page;
            lineNo.Box = row.Row.Box;
            if (row.Columns.Any(c => c.Key == "lineNo"))
            {
                lineNo.Inferred = true;
                lineNo.Reasons.Add(ReviewReasons.Ambiguous);
            }
        }

        line["lineNo"] = lineNo;
        line["partNumber"] = Cell(row, "partNumber", ValueKind.Code, true, reader);
        line["description"] = Cell(row, "description", ValueKind.Text, true, reader);
        LeadingCode.Split(line);
        LeadingCode.SplitFromLineNumber(line);
        DiameterMark.Repair(line["description"]);
        if (line["description"].Value?.GetValue<string>() is { } description && TrailingSpeck().Match(description) is { Success: true } speck)
        {
            // A speck of fax noise read as a word of its own after the name ("Base plate .", "Flanged bushing -").
            line["description"].Value = JsonValue.Create(description[..speck.Index]);
        }

        if (line["description"].Value?.GetValue<string>() is { } named && BlankInKatakana().IsMatch(named))
        {
            // No name prints a blank inside a katakana word; the engine saw one where a letter was faint ("ガイ ドレール",
            // "テーパーカ ラー": over 30 sets (session 23) 15 such names, none so printed, two accepted). Joined, doubted: a
            // lost ー leaves its blank too ("ガイドレ ル").
            line["description"].Value = JsonValue.Create(BlankInKatakana().Replace(named, "$1$2"));
            line["description"].Reasons.Add(ReviewReasons.Ambiguous);
        }

        line["quantity"] = Cell(row, "quantity", ValueKind.Number, true, reader);
        if (line["quantity"].Value?.GetValue<decimal>() is < 0 and var negative)
        {
            // Nobody orders a negative quantity: the minus was a speck before the number ("・240").
            line["quantity"].Value = JsonValue.Create(-negative);
            line["quantity"].Reasons.Add(ReviewReasons.Ambiguous);
        }

        line["unit"] = Unit(row, reader);
        StrayQuantity.Split(row, line);
        line["unitPrice"] = Cell(row, "unitPrice", ValueKind.Money, true, reader);
        line["amount"] = Cell(row, "amount", ValueKind.Money, true, reader);
        PriceInAmountCell.Split(line);
        RunInAmountCell.Trim(line);
        if (HasLoneGroup(row.Row))
        {
            // Figures split at their thousands commas ("2 400 720 000" for 2,400 and 720,000) spread over the price,
            // amount and date cells and may still multiply out by chance (200 × 2 = 400: seed 173's tune-026).
            line["unitPrice"].Reasons.Add(ReviewReasons.Ambiguous);
            line["amount"].Reasons.Add(ReviewReasons.Ambiguous);
        }
        line["deliveryDate"] = Cell(row, "deliveryDate", ValueKind.Date, false, reader);
        if (line["deliveryDate"] is { Found: true } lineDate && ValueReader.IsSpeckedMonthDay(lineDate.Text))
        {
            // Another reading that agrees (the header's 納期, another line's) still settles it.
            lineDate.Ocr *= ValueReader.SpeckedMonthDayWeight;
        }

        if (row.Cell("deliveryDate") is null && UnlabelledDeliveryDate.Find(row, reader) is { } date)
        {
            line["deliveryDate"] = date;
        }

        return line;
    }

    private static FieldDraft Cell(TableRow row, string key, ValueKind kind, bool required, ReadContext reader)
    {
        var threshold = "lines." + key;
        if (row.Cell(key) is not { } cell)
        {
            return FieldDraft.Missing(key, threshold, kind, required);
        }

        var text = kind == ValueKind.Number ? ValueReader.DotThousands(cell.Text) : cell.Text;
        if (kind == ValueKind.Number && QuantityParser(text) is { } q)
        {
            return FieldDraft.FromSegment(key, threshold, kind, required, cell, JsonValue.Create(q));
        }

        return FieldDraft.FromSegment(key, threshold, kind, required, cell, ValueReader.Read(text, kind, reader));
    }

    private static decimal? QuantityParser(string text) => Core.Text.QuantityParser.Parse(text)?.Value;

    /// <summary>The unit column, else a unit printed after the quantity ("100 個"), else null.</summary>
    private static FieldDraft Unit(TableRow row, ReadContext reader)
    {
        _ = reader;
        var cell = row.Cell("unit") ?? row.Cell("quantity");
        if (cell is not null && Units.Read(row.Cell("unit") is null ? Core.Text.QuantityParser.Parse(cell.Text)?.Unit : cell.Text) is { } unit)
        {
            var draft = FieldDraft.FromSegment("unit", "lines.unit", ValueKind.Text, false, cell, JsonValue.Create(unit.Unit));
            if (!unit.Exact)
            {
                draft.Ocr *= 0.5; // not a unit we know as printed: a person should look
            }

            return draft;
        }

        // A unit cell holding a letter or figure that is no unit is a unit misread (個 read "4" between the quantity and
        // the price: seed 439's tune-060), not a blank cell: it goes to review with its text.
        if (row.Cell("unit") is { } misread && misread.Text.Any(char.IsLetterOrDigit))
        {
            return FieldDraft.FromSegment("unit", "lines.unit", ValueKind.Text, false, misread, null);
        }

        // An empty cell under a unit column its header named: lost, unless the column was left blank (ExpectedValues
        // weighs which). The cell is where to look.
        var missing = FieldDraft.Missing("unit", "lines.unit", ValueKind.Text, false);
        if (row.Columns.FirstOrDefault(c => c.Key == "unit") is { } column)
        {
            missing.LabelSeen = true;
            missing.Page = row.Row.Page;
            missing.Box = PixelBox.FromCorners(column.Left, row.Row.Box.Y, column.Right, row.Row.Box.Bottom);
        }

        return missing;
    }

    /// <summary>The currency printed with the total (¥, 円, $, USD), else JPY — the default for Japanese orders.</summary>
    private static FieldDraft Currency(ExtractionContext ctx, FieldDraft total)
    {
        var printed = ValueReader.Currency(total.Text);
        if (printed is not null && total.Box is not null)
        {
            return new FieldDraft
            {
                Name = "currency", ThresholdName = "currency", Kind = ValueKind.Text, Required = true,
                Value = JsonValue.Create(printed), Text = total.Text, Page = total.Page, Box = total.Box,
                Ocr = printed == "JPY" && !ctx.English ? 1 : total.Ocr,
            };
        }

        // A lone "$" on a Japanese order is fax noise far more often than dollars ("$P9120" for SP-9120): there only
        // "USD" says so (over 16 sets, session 11, 8 of 8 Japanese orders guessed USD from a "$" were in yen).
        var tokens = ctx.Layout.Rows.SelectMany(r => r.Tokens).ToList();
        var usd = tokens.Any(t => t.Text.Contains("USD", StringComparison.Ordinal));
        var dollars = usd || (ctx.English && tokens.Any(t => t.Text.Contains('$', StringComparison.Ordinal)));
        if (!ctx.English && !dollars)
        {
            // A Japanese order in yen needs no mark: the contract's default holds unless another currency is printed.
            return new FieldDraft { Name = "currency", ThresholdName = "currency", Kind = ValueKind.Text, Required = true, Value = JsonValue.Create("JPY"), Ocr = 1 };
        }

        return new FieldDraft
        {
            Name = "currency", ThresholdName = "currency", Kind = ValueKind.Text, Required = true,
            Value = JsonValue.Create(dollars ? "USD" : "JPY"),
            // No mark on an English order: yen is only a guess (a lost "$").
            Ocr = dollars ? 0.5 : 0.8,
            Inferred = true,
        };
    }

    /// <summary>A group of three digits led by a zero ("000", "050") standing alone after a figure: only a split figure leaves one.</summary>
    private static bool HasLoneGroup(Row row) =>
        row.Tokens.Skip(1).Where((t, k) => LoneGroup().IsMatch(t.Text) && Figure().IsMatch(row.Tokens[k].Text)).Any();

    [GeneratedRegex(@"^0\d\d$")]
    private static partial Regex LoneGroup();

    [GeneratedRegex(@"^[\d,]+$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?:\s+[.,\-_'`・。、])+$")]
    private static partial Regex TrailingSpeck();

    [GeneratedRegex("([\\u30A1-\\u30FAー]) ([\\u30A1-\\u30FAー])")]
    private static partial Regex BlankInKatakana();
}
