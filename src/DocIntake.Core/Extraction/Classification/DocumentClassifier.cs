using DocIntake.Core.Contract;
using DocIntake.Core.Text;
using DocIntake.Core.Extraction.Layout;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Classification;

/// <summary>
/// Decides order / quality_record / unknown by scoring evidence: the title (fuzzy, so one misread character does not
/// flip the type; documents that look like orders but are not — 注文請書, 見積書, 請求書, 納品書 — win when their title
/// matches at least as well), then table headers and field labels.
/// </summary>
internal static class DocumentClassifier
{
    private static readonly (string Type, string[] Titles)[] Titles =
    [
        (DocumentTypes.Order, ["注文書", "発注書", "御注文書", "ご注文書", "注文伝票", "発注伝票", "発注明細書", "PURCHASEORDER", "ORDERSHEET", "ORDERFORM"]),
        (DocumentTypes.QualityRecord, ["検査成績書", "検査成績表", "出荷検査成績書", "出荷検査成績表", "品質記録", "出荷検査記録", "検査記録", "検査報告書", "品質検査表", "ミルシート",
            "INSPECTIONREPORT", "FINALINSPECTIONREPORT", "INSPECTIONCERTIFICATE", "TESTREPORT", "INSPECTIONRECORD", "QUALITYRECORD", "MILLCERTIFICATE"]),
        (DocumentTypes.Unknown, ["注文請書", "請書", "注文確認書", "見積書", "御見積書", "請求書", "御請求書", "納品書", "受領書", "領収書", "送付状", "FAX送付状", "送信票",
            "QUOTATION", "INVOICE", "DELIVERYNOTE", "ORDERACKNOWLEDGEMENT", "ORDERCONFIRMATION", "ESTIMATE", "RECEIPT"]),
    ];

    /// <summary>Field labels one character from a title (納品先 / 納品書): a row holding one is a label, not the title.</summary>
    private static readonly string[] FieldLabelsLikeTitles = ["納品先", "納品日", "納品場所", "納品予定", "請求先", "請求日"];

    private static readonly string[] OrderWords =
    [
        "注文番号", "発注番号", "注文日", "発注日", "納期", "納入場所", "単価", "金額", "小計", "消費税", "合計金額", "御中",
        "PONO", "ORDERNO", "PONUMBER", "ORDERDATE", "SHIPTO", "TOTALAMOUNT", "GRANDTOTAL", "DELIVERYDATE", "UNITPRICE", "AMOUNT", "SUBTOTAL", "SHIPTO",
    ];

    private static readonly string[] QualityWords =
    [
        "検査項目", "規格", "規格値", "測定値", "判定", "総合判定", "ロット", "検査日", "検査者", "検査員", "抜取数", "測定器", "合格",
        "LOTNO", "LOTNUMBER", "INSPECTIONDATE", "DATEOFINSPECTION", "INSPECTEDBY", "PARTNAME", "INSPECTOR", "SPECIFICATION", "RESULT", "JUDGEMENT", "SAMPLESIZE", "OVERALLRESULT",
    ];

    public static string Classify(DocumentLayout layout, string? hint)
    {
        var title = TitleEvidence(layout);
        var orderWords = WordEvidence(layout, OrderWords);
        var qualityWords = WordEvidence(layout, QualityWords);

        // The acknowledgement's set phrase decides even over a title read as 注文書: 注文請書 with 請 read "nw" or lost
        // ("注文ss書", seed 277's tune-034) is no order, and no order says it accepts itself.
        // With no title read at all, one such label is enough: a quotation's table and totals are an order's, and taken
        // for one its lines are accepted as ordered (seed 479's tune-044: 見積書 lost on a 98-lpi fax, its only label left
        // "発行日より30日" of 見積有効期限). An order sent to a person as unknown loses nothing; a quotation read as an order would.
        if (title is { Type: DocumentTypes.Unknown } || AcknowledgesOrder(layout)
            || OrderArithmetic.OtherDocumentLabels(layout) >= (title is null ? 1 : title.Value.Distance == 0 ? int.MaxValue : 2))
        {
            return DocumentTypes.Unknown;
        }

        // A table header of the type's own kind (品番 品名 数量 単価 金額 / 検査項目 規格 測定値 判定) is strong evidence.
        orderWords += HasHeader(layout, Orders.OrderSpecs.Lines) ? 3 : 0;
        orderWords += title is null && !OrderArithmetic.MentionsOtherDocument(layout) ? ArithmeticEvidence(layout, orderWords) : 0;
        qualityWords += HasHeader(layout, Quality.QualitySpecs.Measurements) ? 3 : 0;
        qualityWords += title is null && MeasuredRows.Count(layout) >= 2 ? 3 : 0;
        var order = orderWords + (title is { Type: DocumentTypes.Order } ? 6 - (2 * title.Value.Distance) : 0);
        var quality = qualityWords + (title is { Type: DocumentTypes.QualityRecord } ? 6 - (2 * title.Value.Distance) : 0);
        if (hint is DocumentTypes.Order)
        {
            order += 1.5;
        }
        else if (hint is DocumentTypes.QualityRecord)
        {
            quality += 1.5;
        }

        // Without a title, label evidence alone must be clear: several labels of one kind and few of the other.
        var best = Math.Max(order, quality);
        var clear = best >= 3 || (best >= 2.5 && Math.Min(order, quality) <= 0.5);
        if (!clear || Math.Abs(order - quality) < 1.5)
        {
            return hint is DocumentTypes.Order or DocumentTypes.QualityRecord ? hint : DocumentTypes.Unknown;
        }

        return order > quality ? DocumentTypes.Order : DocumentTypes.QualityRecord;
    }

    /// <summary>
    /// Numbers that behave like an order's: two item rows that multiply out, totals that add up with their tax, or line
    /// amounts summing to a total, are strong evidence; a single row that multiplies out (the others misread on a 98-lpi
    /// fax, seed 113's tune-034 and tune-069) is half of it, and only beside three order labels or more: an order
    /// acknowledgement with one item and its title lost (seed 97's tune-023) has 御中 and little else.
    /// </summary>
    private static double ArithmeticEvidence(DocumentLayout layout, double orderWords)
    {
        var priced = OrderArithmetic.PricedRows(layout);
        return priced >= 2 || OrderArithmetic.TaxedTotals(layout) || OrderArithmetic.LinesAddUp(layout) ? 3
            : priced == 1 && orderWords >= 1.5 ? 1.5 : 0;
    }

    /// <summary>The set phrase of an acknowledgement (下記の通り御注文をお請け致します), when its title was not read.</summary>
    private static bool AcknowledgesOrder(DocumentLayout layout) =>
        layout.Rows.Any(r => r.Compact.Contains("お請け", StringComparison.Ordinal) || r.Compact.Contains("御請け", StringComparison.Ordinal)
            || r.Compact.Contains("請け致", StringComparison.Ordinal));

    /// <summary>The best title match among the rows of the upper part of the first page: type and edit distance.</summary>
    internal static (string Type, int Distance)? TitleEvidence(DocumentLayout layout)
    {
        (string Type, int Distance, int Length)? best = null;
        var firstPage = layout.Rows.Count == 0 ? 0 : layout.Rows[0].Page;
        var rows = layout.Rows.Where(r => r.Page == firstPage).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var page = layout.Page(row.Page);
            if (row.Box.Y > page.Height * 0.4)
            {
                break;
            }

            // Titles are often letter-spaced ("注 文 書"): the row is tried whole as well as segment by segment, and with
            // a last letter OCR boxed smaller and so put on a row of its own ("往文" then "書", seed 223's tune-061).
            var keys = row.Segments.Select(s => TitleKey(s.Compact)).Append(TitleKey(row.Compact));
            if (i + 1 < rows.Count && rows[i + 1] is var next && next.Box.CenterY > row.Box.Y && next.Box.CenterY < row.Box.Bottom && next.Box.X > row.Box.X)
            {
                keys = keys.Append(TitleKey(row.Compact + next.Compact));
            }

            // A row of three words or more is a row of labels and values ("納人日 | R8.12.11 | 納品外 | 本社倉庫", seed 233's
            // tune-036): there a word one letter from a title is a misread label (納品先 read 納品外), not the title. So is
            // one beside a single value when the title it resembles is no order's ("納品外 | 弊社木社場", seed 491's
            // tune-014); an order's title may share its row with the date ("御注文 Fす | 発注 R08/06/22", seed 409's tune-079).
            var words = row.Segments.Count(s => s.Compact.Count(char.IsLetterOrDigit) >= 2);
            foreach (var key in keys.Distinct())
            {
                // A title word before 番号 is a number's label, not the title: 成績書番号 read "成納書番号" (seed 359's tune-047)
                // was one letter from 納品書 and made a record "unknown".
                if (key.Length > 24 || FieldLabelsLikeTitles.Any(l => key.Contains(l, StringComparison.Ordinal)) || key.Contains("番号", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var (type, titles) in Titles)
                {
                    foreach (var t in titles)
                    {
                        // Fax noise in a Japanese title is read as Latin letters ("御Fala注文==書"), and the reverse.
                        var script = ScriptOf(key, t);
                        if (script.Length > t.Length + 3)
                        {
                            continue; // a sentence that mentions a title ("検査成績書を添付のこと") is not the title
                        }

                        var d = BestSubstringDistance(script, t);
                        var allowed = t.Length <= 2 ? 0 : t.Length <= 8 ? 1 : 2;
                        if (d > allowed || (d > 0 && (words >= 3 || (words == 2 && type == DocumentTypes.Unknown))))
                        {
                            continue;
                        }

                        if (best is null || d < best.Value.Distance || (d == best.Value.Distance && Prefer(type, t.Length, best.Value.Type, best.Value.Length)))
                        {
                            best = (type, d, t.Length);
                        }
                    }
                }
            }
        }

        return best is { } b ? (b.Type, b.Distance) : null;
    }

    /// <summary>
    /// Whether the text is an order's title, one letter off at most ("御注文" with its 書 lost). A date's label holds 日 or
    /// 期 (注文日 is one letter from 注文書 too), a number's 番号, a title none of them.
    /// </summary>
    internal static bool IsOrderTitle(string text)
    {
        var key = TitleKey(TextNormalizer.Compact(text));
        if (key.Contains('日', StringComparison.Ordinal) || key.Contains('期', StringComparison.Ordinal) || key.Contains("番号", StringComparison.Ordinal))
        {
            return false;
        }

        return Titles[0].Titles.Any(t => ScriptOf(key, t) is { Length: > 0 } script && script.Length <= t.Length + 1
            && BestSubstringDistance(script, t) <= (t.Length <= 8 ? 1 : 2));
    }

    /// <summary>
    /// Between two titles read equally well, a document type beats "not an order": 注文請書 is 注文書 with one more
    /// character, so noise inside 注文書 ("注文P書") matches both at distance 1; the acknowledgement's own phrase (お請け)
    /// still decides then. Otherwise the longer title is the more specific reading.
    /// </summary>
    private static bool Prefer(string type, int length, string bestType, int bestLength) =>
        type == DocumentTypes.Unknown != (bestType == DocumentTypes.Unknown)
            ? bestType == DocumentTypes.Unknown
            : length > bestLength;

    /// <summary>The key's letters in the title's script: ASCII for an English title, the others for a Japanese one.</summary>
    private static string ScriptOf(string key, string title) =>
        char.IsAscii(title[0]) ? string.Concat(key.Where(char.IsAscii)) : string.Concat(key.Where(c => !char.IsAscii(c)));

    /// <summary>Letters only, upper case: OCR noise between spaced title letters ("注文 | 書") does not count.</summary>
    private static string TitleKey(string compact) =>
        string.Concat(compact.EnumerateRunes().Where(System.Text.Rune.IsLetter).Select(r => System.Text.Rune.ToUpperInvariant(r).ToString()));

    /// <summary>Edit distance of <paramref name="word"/> to the best-matching substring of <paramref name="text"/>.</summary>
    internal static int BestSubstringDistance(string text, string word)
    {
        if (text.Contains(word, StringComparison.Ordinal))
        {
            return 0;
        }

        var best = int.MaxValue;
        for (var len = Math.Max(1, word.Length - 1); len <= word.Length + 1; len++)
        {
            for (var i = 0; i + len <= text.Length; i++)
            {
                best = Math.Min(best, Fuzzy.Distance(text.Substring(i, len), word));
            }
        }

        return best;
    }

    /// <summary>
    /// A header row of the spec. For the type alone a row of mostly garbled text will do when it still holds enough of
    /// the labels ("No. RA CLIT | MAR A Mr nl n2 ns m no 判定" on a 98-lpi fax): reading its columns needs the stricter test.
    /// </summary>
    private static bool HasHeader(DocumentLayout layout, Tables.TableSpec spec) =>
        layout.Rows.Any(r => Tables.TableReader.Header(layout, r, spec, minLabelled: 0.35) is { Count: >= 4 } || Tables.TableReader.Header(layout, r, spec) is not null);

    private static double WordEvidence(DocumentLayout layout, string[] words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in layout.Rows)
        {
            var key = LabelKey.Of(row.Compact);
            foreach (var w in words)
            {
                // Labels of three or more characters may carry one OCR slip ("検査中日" for 検査項目 is two: not taken).
                if (key.Contains(w, StringComparison.Ordinal) || (w.Length >= 3 && !seen.Contains(w) && BestSubstringDistance(key, w) <= 1))
                {
                    seen.Add(w);
                }
            }
        }

        return Math.Min(seen.Count * 0.5, 4);
    }
}
