using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Judging;
using DocIntake.Core.Extraction.Masters;
using DocIntake.Core.Pages;

namespace DocIntake.Core.Tests.Extraction;

public class JudgingTests
{
    [Fact]
    public void Extract_SendsToReview_WhenValueWasReadWithLowOcrConfidence()
    {
        var page = new PageBuilder(source: "ocr").Text(700, 100, "注文書", 0.95).Text(100, 200, "注文番号", 0.95).Text(400, 200, "PO-26-0112", 0.45).Build();

        var doc = Extract.Run(page);

        var field = doc.Fields["orderNumber"];
        Assert.Equal("PO-26-0112", field.Value!.GetValue<string>());
        Assert.True(field.NeedsReview);
        Assert.Contains(ReviewReasons.LowOcrConfidence, field.Reasons);
        Assert.True(field.Confidence < new ExtractionOptions().ReviewThreshold);
    }

    [Fact]
    public void Extract_AutoAccepts_WhenConfidenceIsAboveThreshold_AndRespectsPerFieldThreshold()
    {
        var page = new PageBuilder(source: "ocr").Text(700, 100, "注文書", 0.95).Text(100, 200, "注文番号", 0.95).Text(400, 200, "PO-26-0112", 0.95).Build();

        var normal = Extract.Run(page).Fields["orderNumber"];
        var strict = Extract.Run(page, new ExtractionOptions { FieldThresholds = new Dictionary<string, double> { ["orderNumber"] = 0.97 } }).Fields["orderNumber"];

        Assert.False(normal.NeedsReview);
        Assert.Equal(0.95, normal.Confidence, 3);
        Assert.True(strict.NeedsReview);
    }

    [Theory]
    [InlineData("PO 26 0112", true)] // the hyphens lost on the fax: what stood in the gaps is a guess
    [InlineData("PO-26 0112", true)]
    [InlineData("PO -26-0112", false)] // a space beside a hyphen joins nothing
    [InlineData("PO-26-0112", false)]
    public void Extract_ReviewsACodeReadAsSeparateWords(string printed, bool review)
    {
        var page = new PageBuilder(source: "ocr").Text(700, 100, "注文書", 0.95).Text(100, 200, "注文番号", 0.95).Text(400, 200, printed, 0.97).Build();

        var field = Extract.Run(page).Fields["orderNumber"];

        Assert.Equal(review, field.Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Fact]
    public void Extract_RaisesConfidence_WhenChecksHold()
    {
        var doc = Extract.Run(SampleOrders.Consistent());

        Assert.True(doc.Lines[0]["amount"].Confidence > 0.95);
        Assert.True(doc.Fields["total"].Confidence > 0.95);
    }

    [Fact]
    public void Extract_CorrectsPartNumberToMaster_KeepingRawText()
    {
        var page = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-X", "シャフト φ10", "100", "本", "320", "32,000")).Build();

        var doc = Extract.Run(page, new ExtractionOptions { MasterData = Extract.Master() });

        var part = doc.Lines[0]["partNumber"];
        Assert.Equal("MS-1001-A", part.Value!.GetValue<string>());
        Assert.Equal("MS-1001-X", part.Text);
        Assert.DoesNotContain(ReviewReasons.NotInMasterData, part.Reasons);
    }

    [Fact]
    public void Extract_DoesNotCorrectAPartNumberWithMorePartsThanTheMasters()
    {
        // Seed 127's tune-010: an unlisted CL-5590-T read "CL-5590-1" was "corrected" to the listed CL-5501 (two edits).
        var master = MasterData.Load(new StringReader(string.Empty), new StringReader("partNumber,name\nCL-5501,スペーサー\n"));
        var page = SampleOrders.JapaneseHeader().Table(700, ("CL-5590-1", "スペーサー", "50", "個", "85.5", "4,275")).Build();

        var part = Extract.Run(page, new ExtractionOptions { MasterData = master }).Lines[0]["partNumber"];

        Assert.Equal("CL-5590-1", part.Value!.GetValue<string>());
        Assert.Contains(ReviewReasons.NotInMasterData, part.Reasons);
    }

    [Theory]
    [InlineData("MS10018", "MS-1001-A")] // both hyphens lost and the A read 8 (98 lpi): one character off without them
    [InlineData("N11208", null)] // one off from no listed number
    public void Extract_CorrectsAPartNumberThatLostItsHyphensAndOneCharacter(string printed, string? listed)
    {
        var master = MasterData.Load(new StringReader(string.Empty), new StringReader("partNumber,name\nMS-1001-A,シャフト φ10\nNT-1206,ナット\n"));
        var page = SampleOrders.JapaneseHeader().Table(700, (printed, "シャフト", "50", "本", "320", "16,000")).Build();

        var part = Extract.Run(page, new ExtractionOptions { MasterData = master }).Lines[0]["partNumber"];

        Assert.Equal(listed ?? printed, part.Value!.GetValue<string>());
        Assert.Equal(printed, part.Text);
        Assert.True(part.NeedsReview);
        Assert.Equal(listed is null, part.Reasons.Contains(ReviewReasons.NotInMasterData));
    }

    [Theory]
    [InlineData("BU2040", true)] // the hyphen lost, as on 98-lpi faxes: that number, as sure as read whole
    [InlineData("BU-2041", false)] // one digit off: a correction
    public void Extract_ConfirmsAPartNumberThatLostOnlyItsHyphen(string printed, bool confirmed)
    {
        var page = SampleOrders.JapaneseHeader().Table(700, (printed, "ブッシュ", "50", "個", "85.5", "4,275")).Build();
        var words = page.Words.Select(w => w.Text == printed ? w with { Confidence = 0.6 } : w).ToList();

        var part = Extract.Run(page.WithWords(words, "misread"), new ExtractionOptions { MasterData = Extract.Master() }).Lines[0]["partNumber"];

        Assert.Equal("BU-2040", part.Value!.GetValue<string>());
        Assert.Equal(confirmed ? 0.86 : 0.8, part.Confidence, 3);
    }

    [Theory]
    [InlineData("RU-2040", "ブッシュ", false)] // a letter misread, the name the list gives BU-2040: number and name agree
    [InlineData("RU-2040", "シャフト φ10", true)] // another listed part's name: the corrected number may be that part's
    [InlineData("BU-2041", "ブッシュ", true)] // a digit off: an unlisted variant may share the name
    public void Extract_SettlesACorrectedPartNumber_WhenTheNameBesideItIsThatPartsName(string printed, string name, bool doubted)
    {
        // No amount: the line's product cannot confirm anything.
        var page = SampleOrders.JapaneseHeader().Table(700, (printed, name, "50", "個", "85.5", "")).Build();
        var words = page.Words.Select(w => w.Text == printed ? w with { Confidence = 0.6 } : w).ToList();

        var line = Extract.Run(page.WithWords(words, "misread"), new ExtractionOptions { MasterData = Extract.Master() }).Lines[0];

        Assert.Equal("BU-2040", line["partNumber"].Value!.GetValue<string>());
        Assert.Equal(doubted, line["partNumber"].NeedsReview);
    }

    [Theory]
    [InlineData(0.97, true, false)] // code accepted and in the master: the name it gives settles the garbled φ
    [InlineData(0.97, false, true)] // no master: "シャフト p10" read at 0.8 stays doubtful
    [InlineData(0.5, true, false)] // the code doubted for its OCR alone but listed: settled, and its name with it
    [InlineData(0.5, false, true)] // the code doubtful and no master to settle it: it may point at the wrong part
    public void Extract_AcceptsADescriptionTheMasterNamesForTheAcceptedPartNumber(double codeConfidence, bool master, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1040, 700, "単位")
            .Text(1180, 700, "単価").Text(1420, 700, "金額")
            .Text(70, 750, "1", 0.97).Text(160, 750, "MS-1001-A", codeConfidence).Text(480, 750, "シャフト p10", 0.8).Right(980, 750, "100", 0.97)
            .Text(1050, 750, "本", 0.97).Right(1260, 750, "320", 0.97).Right(1500, 750, "32,000", 0.97)
            .Build();

        var doc = Extract.Run(page, new ExtractionOptions { MasterData = master ? Extract.Master() : null });

        var description = doc.Lines[0]["description"];
        Assert.Equal(doubted, description.NeedsReview);
        Assert.Equal(master ? "シャフト φ10" : "シャフト p10", description.Value!.GetValue<string>());
        Assert.Equal("シャフト p10", description.Text);
    }

    [Theory]
    [InlineData("Shaft dia.10", ",Shaft dia.10", 0.8, "Shaft dia.10", false, false)] // the English name the list gives: settled like a Japanese one
    [InlineData("Shaft dia.10", ",", 0.8, "Shaft dia.10", true, false)] // no English name listed: OCR's word for it alone
    [InlineData("Bracket", ",Shaft dia.10", 0.95, "Bracket", true, true)] // another name, clearly read, than the list's for that number
    [InlineData("Bracket", ",Shaft dia.10", 0.6, "シャフト φ10", false, false)] // garbled beside a listed number: the list's name
    public void Extract_ComparesAnEnglishDescriptionWithTheListsEnglishName(
        string printed, string english, double confidence, string expected, bool doubted, bool differs)
    {
        var master = MasterData.Load(
            new StringReader(string.Empty),
            new StringReader($"partNumber,name,unit,unitPrice,nameEn\nMS-1001-A,シャフト φ10,本,320{english}\n"));
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1040, 700, "単位")
            .Text(1180, 700, "単価").Text(1420, 700, "金額")
            .Text(70, 750, "1", 0.97).Text(160, 750, "MS-1001-A", 0.97).Text(480, 750, printed, confidence).Right(980, 750, "100", 0.97)
            .Text(1050, 750, "本", 0.97).Right(1260, 750, "320", 0.97).Right(1500, 750, "32,000", 0.97)
            .Build();

        var description = Extract.Run(page, new ExtractionOptions { MasterData = master }).Lines[0]["description"];

        Assert.Equal(doubted, description.NeedsReview);
        Assert.Equal(differs, description.Reasons.Contains(ReviewReasons.DiffersFromMasterData));
        Assert.Equal(expected, description.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("MS-1001-A", true, false)] // listed: a misreading rarely lands on another listed number
    [InlineData("MS-1001-A", false, true)] // no master: nothing but the OCR's word for it
    [InlineData("MS-1001-Z", true, true)] // one character off a listed number: corrected to it, but still a guess
    public void Extract_AcceptsAListedPartNumberDoubtedForItsOcrAlone(string number, bool master, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .TableHeader(700)
            .Text(70, 750, "1", 0.97).Text(160, 750, number, 0.5).Text(480, 750, "シャフト p10", 0.95).Right(980, 750, "100", 0.97)
            .Text(1050, 750, "本", 0.97).Right(1260, 750, "320", 0.97).Right(1500, 750, "32,000", 0.97)
            .Build();

        var line = Extract.Run(page, new ExtractionOptions { MasterData = master ? Extract.Master() : null }).Lines[0];

        Assert.Equal(doubted, line["partNumber"].NeedsReview);
        Assert.True(line["partNumber"].NeedsReview || line["partNumber"].Confidence >= new ExtractionOptions().ThresholdFor("lines.partNumber"));
    }

    [Theory]
    [InlineData("1", "32,000", false)] // line 1 in the first place, 100 × 320 = 32,000: three readings agree
    [InlineData("2", "32,000", true)] // numbered 2 in the first place: a row may have been lost or its cells mixed
    [InlineData("1", "32,500", true)] // does not multiply out: a failed check
    public void Extract_AcceptsDoubtfulNumbersOfALine_WhenTheyMultiplyOutInTheirPlace(string lineNo, string amount, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .TableHeader(700)
            .Text(70, 750, lineNo, 0.97).Text(160, 750, "MS-1001-A", 0.97).Text(480, 750, "シャフト φ10", 0.97).Right(980, 750, "100", 0.5)
            .Text(1050, 750, "本", 0.97).Right(1260, 750, "320", 0.5).Right(1500, 750, amount, 0.5)
            .Build();

        var line = Extract.Run(page).Lines[0];

        Assert.Equal(doubted, line["quantity"].NeedsReview);
        Assert.Equal(doubted, line["unitPrice"].NeedsReview);
        Assert.Equal(doubted, line["amount"].NeedsReview);
    }

    [Theory]
    [InlineData("1", false)] // line 1 in the first place: the place reads it a second time
    [InlineData("7", true)] // numbered 7 in the first place: the OCR's word against the place's
    [InlineData("1.1520", true)] // the number run into the next cell: 1 is the place's guess, not a reading
    public void Extract_AcceptsADoubtfulLineNumber_WhenItIsTheLinesPlace(string lineNo, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .TableHeader(700)
            .Text(70, 750, lineNo, 0.2).Text(160, 750, "MS-1001-A", 0.97).Text(480, 750, "シャフト φ10", 0.97).Right(980, 750, "100", 0.97)
            .Text(1050, 750, "本", 0.97).Right(1260, 750, "320", 0.97).Right(1500, 750, "32,000", 0.97)
            .Build();

        var line = Extract.Run(ConfirmationTests.WithOperation(page, "square_pixels:204x98->204x196")).Lines[0];

        Assert.Equal(doubted, line["lineNo"].NeedsReview);
    }

    [Theory]
    [InlineData("1 WS-1405", 0, false)] // the part number run into the number's cell (seed 317's tune-057): 1 leads it
    [InlineData("1 WS-1405", 1, true)] // leading a cell out of its place
    [InlineData("WS-1405", 0, true)]
    public void LineNumberInPlace_AcceptsANumberThatLeadsItsCellInItsPlace(string cell, int place, bool doubted)
    {
        var options = new ExtractionOptions();
        var lines = Enumerable.Range(0, 2).Select(_ => new Dictionary<string, FieldDraft>
        {
            ["lineNo"] = new() { Name = "lineNo", ThresholdName = "lines.lineNo", Kind = ValueKind.Number, Value = JsonValue.Create(1m), Text = cell, Ocr = 0.3 },
            ["partNumber"] = FieldDraft.Missing("partNumber", "lines.partNumber", ValueKind.Code, required: false),
            ["quantity"] = FieldDraft.Missing("quantity", "lines.quantity", ValueKind.Number, required: true),
        }).ToList();
        var judged = lines[place].ToDictionary(kv => kv.Key, kv => ConfidenceJudge.ToField(kv.Value, options));

        SettledValues.LineNumberInPlace(lines, place, judged, options);

        Assert.Equal(doubted, judged["lineNo"].NeedsReview);
    }

    [Theory]
    [InlineData("60.8", false)] // every value inside 58～62: the values say pass too
    [InlineData("63.8", true)] // one outside: the guess and the values disagree
    public void Extract_AcceptsAPassGuessedFromItsLookAlike_WhenTheRowsValuesLieInsideItsLimits(string third, bool doubted)
    {
        var doc = Extract.Run(SampleQuality.Japanese(secondResult: "&", thirdHardness: third).Build());

        var result = doc.Measurements[1]["result"];

        Assert.Equal("pass", result.Value?.GetValue<string>());
        Assert.Equal(doubted, result.NeedsReview);
    }

    [Theory]
    [InlineData("1", "本", false)] // a unit as printed, on a line in its place
    [InlineData("1", "木", true)] // not a unit anyone prints
    [InlineData("2", "本", true)] // a line out of its place may carry a neighbour's cell
    public void Extract_AcceptsADoubtfulUnitReadAsPrinted_OnALineInItsPlace(string lineNo, string unit, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .TableHeader(700)
            .Text(70, 750, lineNo, 0.97).Text(160, 750, "MS-1001-A", 0.97).Text(480, 750, "シャフト φ10", 0.97).Right(980, 750, "100", 0.97)
            .Text(1050, 750, unit, 0.4).Right(1260, 750, "320", 0.97).Right(1500, 750, "32,000", 0.97)
            .Build();

        var line = Extract.Run(page).Lines[0];

        Assert.Equal(doubted, line["unit"].NeedsReview);
    }

    [Theory]
    [InlineData("2026/11/20", false)] // sent the day it is dated: the header reads the date a second time
    [InlineData("2026/11/22", false)] // two days later
    [InlineData("2026/11/30", true)] // ten days later: nothing said about the date printed
    [InlineData("2026/11/19", true)] // sent before it is dated: one of the two is misread
    public void Extract_AcceptsADoubtfulOrderDate_WhenTheFaxWasSentThatDayOrSoonAfter(string sent, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000")).Build();
        var words = page.Words
            .Select(w => w.Text.StartsWith("2026/11/20", StringComparison.Ordinal) ? w with { Text = sent } : w)
            .Select(w => w.Text.Contains("2026年11月20日", StringComparison.Ordinal) ? w with { Confidence = 0.5 } : w)
            .ToList();

        var orderDate = Extract.Run(page.WithWords(words, "misread")).Fields["orderDate"];

        Assert.Equal("2026-11-20", orderDate.Value!.GetValue<string>());
        Assert.Equal(doubted, orderDate.NeedsReview);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Extract_AcceptsAQualityRecordsPartNameTheMasterNamesForItsPartNumber(bool master, bool doubted)
    {
        var page = SampleQuality.Japanese(partName: "シャフト p10", partNameConfidence: 0.8).Build();

        var doc = Extract.Run(page, new ExtractionOptions { MasterData = master ? Extract.Master() : null });

        Assert.Equal(doubted, doc.Fields["partName"].NeedsReview);
        Assert.Equal(master ? "シャフト φ10" : "シャフト p10", doc.Str("partName"));
    }

    [Theory]
    [InlineData("シャフト", true)] // φ10 lost by OCR, the rest read at 0.97
    [InlineData("Shaft dia.10", false)] // an English name beside a Japanese master says nothing
    public void Extract_DoubtsAJapanesePartNameUnlikeTheMastersNameForItsPartNumber(string printed, bool doubted)
    {
        var page = SampleQuality.Japanese(partName: printed, partNameConfidence: 0.97).Build();

        var partName = Extract.Run(page, new ExtractionOptions { MasterData = Extract.Master() }).Fields["partName"];

        Assert.Equal(printed, partName.Value!.GetValue<string>());
        Assert.Equal(doubted, partName.NeedsReview);
        Assert.Equal(doubted, partName.Reasons.Contains(ReviewReasons.DiffersFromMasterData));
    }

    [Fact]
    public void Extract_FlagsPartNumber_WhenNotInMaster()
    {
        var page = SampleOrders.JapaneseHeader().Table(700, ("KX-0417", "ガイドレール", "10", "本", "5,300", "53,000")).Build();

        var doc = Extract.Run(page, new ExtractionOptions { MasterData = Extract.Master() });

        var part = doc.Lines[0]["partNumber"];
        Assert.Equal("KX-0417", part.Value!.GetValue<string>());
        Assert.True(part.NeedsReview);
        Assert.Contains(ReviewReasons.NotInMasterData, part.Reasons);
    }

    [Fact]
    public void Extract_ConfirmsBuyerAndContacts_WhenTheyMatchMaster()
    {
        var withMaster = Extract.Run(SampleOrders.Consistent(), new ExtractionOptions { MasterData = Extract.Master() });
        var without = Extract.Run(SampleOrders.Consistent());

        Assert.True(withMaster.Fields["buyerName"].Confidence > without.Fields["buyerName"].Confidence);
        Assert.True(withMaster.Fields["buyerFax"].Confidence > without.Fields["buyerFax"].Confidence);
    }

    [Theory]
    [InlineData("12/10", false)] // the header's 納期 2026年12月10日 read again in another spelling
    [InlineData("12/11", true)]
    [InlineData("2026年12月10日", false)] // the same spelling read again in another place
    public void Extract_ConfirmsALinesDeliveryDate_WhenTheHeadersAgrees(string date, bool reviewed)
    {
        var page = OneLine(date, 0.65);

        var line = Extract.Run(page).Lines[0]["deliveryDate"];

        Assert.Equal(reviewed, line.NeedsReview);
    }

    [Theory]
    [InlineData("12/15 ・", true)] // seed 157's tune-068: 5/25 read "9/25 ・", a speck beside it, accepted at 0.80
    [InlineData("12/15", false)] // read clean, as sure as OCR says
    [InlineData("12/10 ・", false)] // the header's 納期 again: the agreement settles it
    public void Extract_WeighsAMonthDayReadBesideSpecksLess(string date, bool reviewed)
    {
        var page = OneLine(date, 0.8);

        Assert.Equal(reviewed, Extract.Run(page).Lines[0]["deliveryDate"].NeedsReview);
    }

    [Theory]
    [InlineData("320", true)] // the master's list price
    [InlineData("330", false)] // agreed otherwise for this order: no confirmation, and no error either
    public void Extract_ConfirmsAUnitPriceEqualToTheMastersListPrice(string price, bool confirmed)
    {
        // No amount printed, so no check confirms the price; read at 0.9, below the threshold on its own.
        var page = SampleOrders.JapaneseHeader()
            .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1040, 700, "単位").Text(1180, 700, "単価")
            .Text(70, 750, "1", 0.95).Text(160, 750, "MS-1001-A", 0.95).Text(480, 750, "シャフト φ10", 0.95).Right(980, 750, "100", 0.95)
            .Text(1050, 750, "本", 0.95).Right(1260, 750, price, 0.9)
            .Build();

        var unitPrice = Extract.Run(page, new ExtractionOptions { MasterData = Extract.Master() }).Lines[0]["unitPrice"];

        Assert.Equal(confirmed, !unitPrice.NeedsReview);
        Assert.DoesNotContain(ReviewReasons.NotInMasterData, unitPrice.Reasons);
    }

    [Theory]
    [InlineData("株式会社東海精機")] // the customer named
    [InlineData("株式会社 ap 精~")] // the name unreadable: its TEL names the customer
    public void Extract_CorrectsAFaxNumberOneDigitOffTheCustomersToMaster(string buyer)
    {
        var page = new PageBuilder(source: "ocr")
            .Text(700, 120, "注文書", 0.95)
            .Text(1100, 200, "注文番号: PO-26-0112", 0.95)
            .Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(1100, 330, buyer, 0.93)
            .Text(1100, 430, "TEL 0566-21-4410 FAX 0566-24-4411", 0.97)
            .Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000"))
            .Build();

        var fax = Extract.Run(page, new ExtractionOptions { MasterData = Extract.Master() }).Fields["buyerFax"];

        Assert.Equal("0566-21-4411", fax.Value!.GetValue<string>());
        Assert.Equal("0566-24-4411", fax.Text);
    }

    [Fact]
    public void Extract_AcceptsDoubtfulValue_WhenSecondLookAgrees()
    {
        var look = new FakeSecondLook("PO-26-0112");

        var field = Extract.Run(LowConfidenceOrder(), look: look).Fields["orderNumber"];

        Assert.Equal(ValueKind.Code, look.Kinds.Single(k => k == ValueKind.Code));
        Assert.False(field.NeedsReview);
        Assert.True(field.Confidence >= new ExtractionOptions().ReviewThreshold);
    }

    [Fact]
    public void Extract_DoesNotDoubtAMasterCorrection_WhenSecondLookReadsThePrintTheSame()
    {
        var page = SampleOrders.JapaneseHeader()
            .TableHeader(700)
            .Text(70, 750, "1", 0.95).Text(160, 750, "MS-1001-X", 0.8).Text(480, 750, "シャフト φ10", 0.95).Right(980, 750, "100", 0.95)
            .Text(1050, 750, "本", 0.95).Right(1260, 750, "320", 0.95).Right(1500, 750, "32,000", 0.95)
            .Build();

        var doc = Extract.Run(page, new ExtractionOptions { MasterData = Extract.Master() }, new FakeSecondLook("MS-1001-X"));

        var part = doc.Lines[0]["partNumber"];
        Assert.Equal("MS-1001-A", part.Value!.GetValue<string>());
        Assert.DoesNotContain(ReviewReasons.Ambiguous, part.Reasons);
    }

    [Theory]
    [InlineData("MS-1001-4", false)] // one character off a listed number read whole: two readings of it
    [InlineData("MS-1007-B", true)] // two off: a contradiction
    public void Extract_DoesNotDoubtAListedPartNumber_WhenSecondLookReadsItOneCharacterOff(string reread, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .TableHeader(700)
            .Text(70, 750, "1", 0.95).Text(160, 750, "MS-1001-A", 0.7).Text(480, 750, "シャフト φ10", 0.95).Right(980, 750, "100", 0.95)
            .Text(1050, 750, "本", 0.95).Right(1260, 750, "320", 0.95).Right(1500, 750, "32,000", 0.95)
            .Build();

        var part = Extract.Run(page, new ExtractionOptions { MasterData = Extract.Master() }, new FakeSecondLook(reread)).Lines[0]["partNumber"];

        Assert.Equal(doubted, part.Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Fact]
    public void Extract_MarksAmbiguous_WhenSecondLookDisagrees()
    {
        var field = Extract.Run(LowConfidenceOrder(), look: new FakeSecondLook("PO-26-0172")).Fields["orderNumber"];

        Assert.True(field.NeedsReview);
        Assert.Contains(ReviewReasons.Ambiguous, field.Reasons);
        Assert.Equal("PO-26-0112", field.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData("8.00 (+0.05/-0.02)", false)]
    [InlineData("8.00 (+0.06/-0.02)", true)]
    public void Extract_ComparesLimitsWithTheSpecificationReadAgainWhole(string reread, bool upperDisagrees)
    {
        // The limits come from the 規格 cell as a whole: a digit-only re-read ("8.00 0.05-0.02") cannot confirm them.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95)
            .Text(80, 550, "検査項目", 0.95).Text(300, 550, "規格", 0.95).Text(750, 550, "n1", 0.95).Text(1300, 550, "判定", 0.95)
            .Text(80, 600, "寸法B", 0.95).Text(300, 600, "8.00 (+0.05/-0.02)", 0.6).Text(750, 600, "8.02", 0.95).Text(1310, 600, "合", 0.95)
            .Build();
        var look = new SpecificationLook(reread);

        var row = Extract.Run(page, look: look).Measurements[0];

        Assert.Equal(1, look.Reads); // one re-read of the cell for its three limits
        Assert.DoesNotContain(ReviewReasons.Ambiguous, row["lowerLimit"].Reasons);
        Assert.Equal(upperDisagrees, row["upperLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("ミ 0.02", false)] // the same bare figure: the limit made of it stands
    [InlineData("ミ 0.03", true)]
    public void Extract_ConfirmsALimitMadeOfABareFigure_WithTheSameFigureReadAgain(string reread, bool doubted)
    {
        // Seed 31's tune-017: "≦ 0.02" read "ミ 0.02" is an upper limit by its values; the re-read, "ミ 0.02" again,
        // has no limit in it and used to count as disagreeing.
        var page = new PageBuilder(source: "ocr")
            .Text(700, 100, "検査成績書", 0.95)
            .Text(80, 550, "検査項目", 0.95).Text(300, 550, "規格", 0.95).Text(750, 550, "n1", 0.95).Text(900, 550, "n2", 0.95).Text(1300, 550, "判定", 0.95)
            .Text(80, 600, "振れ", 0.95).Text(300, 600, "ミ 0.02", 0.7).Text(750, 600, "0.010", 0.95).Text(900, 600, "0.012", 0.95).Text(1310, 600, "合", 0.95)
            .Build();

        var row = Extract.Run(page, look: new SpecificationLook(reread)).Measurements[0];

        Assert.Equal(0.02m, row["upperLimit"].Num());
        Assert.Equal(doubted, row["upperLimit"].Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("0566 21 4411", false)] // the header names the buyer's FAX: two readings agree
    [InlineData("0566 21 4499", true)]
    public void Extract_ConfirmsTheBuyersFax_WhenTheFaxHeaderNamesIt(string header, bool reviewed)
    {
        var page = SampleOrders.JapaneseHeader(faxNumber: header, contactConfidence: 0.85).Build();

        var fax = Extract.Run(page).Fields["buyerFax"];

        Assert.Equal("0566-21-4411", fax.Value!.GetValue<string>());
        Assert.Equal(reviewed, fax.NeedsReview);
    }

    [Fact]
    public void Extract_AcceptsAVerdictAtLowerConfidenceThanFreeText()
    {
        // Per-field thresholds (ExtractionOptions.FieldThresholds): 合 read at 0.75 is a verdict of a closed set; an item
        // name read as unsurely, and not one of the known terms, is not.
        var page = SampleQuality.Japanese()
            .Text(80, 750, "段付部", 0.75).Text(300, 750, "≦ 0.05", 0.95).Text(600, 750, "mm", 0.95)
            .Text(750, 750, "0.01", 0.95).Text(900, 750, "0.02", 0.95).Text(1050, 750, "0.03", 0.95).Text(1310, 750, "合", 0.75)
            .Build();

        var row = Extract.Run(page).Measurements.Single(m => m["item"].Value?.GetValue<string>() == "段付部");

        Assert.False(row["result"].NeedsReview);
        Assert.True(row["item"].NeedsReview);
    }

    [Theory]
    [InlineData("平面度", false)] // a known term: a garbled reading does not make one
    [InlineData("段付部", true)] // not one: the OCR's word alone
    [InlineData("Flatness", false)]
    public void Extract_AcceptsADoubtfulItem_WhenItIsAKnownTerm(string item, bool doubted)
    {
        var page = SampleQuality.Japanese()
            .Text(80, 750, item, 0.4).Text(300, 750, "≦ 0.05", 0.95).Text(600, 750, "mm", 0.95)
            .Text(750, 750, "0.01", 0.95).Text(900, 750, "0.02", 0.95).Text(1050, 750, "0.03", 0.95).Text(1310, 750, "合", 0.95)
            .Build();

        var row = Extract.Run(ConfirmationTests.WithOperation(page, "square_pixels:204x98->204x196")).Measurements
            .Single(m => m["item"].Value?.GetValue<string>() == item);

        Assert.Equal(doubted, row["item"].NeedsReview);
    }

    [Theory]
    [InlineData("2026/12/10", "2026/12/20", false)] // the header's 納期 (2026-12-10) read a second time
    [InlineData("2026/12/20", "2026/12/20", false)] // the other line's date read a second time
    [InlineData("2026/12/11", "2026/12/20", true)] // no other reading of it
    [InlineData("2076/12/20", "2076/12/20", true)] // two readings, but fifty years after the order: one misreading made twice
    public void Extract_AcceptsADoubtfulLineDeliveryDate_ThatAnotherReadingGives(string first, string second, bool doubted)
    {
        var page = SampleOrders.JapaneseHeader()
            .TableHeader(700).Text(1650, 700, "納期")
            .Text(70, 750, "1", 0.97).Text(160, 750, "MS-1001-A", 0.97).Text(480, 750, "シャフト φ10", 0.97).Right(980, 750, "100", 0.97)
            .Text(1050, 750, "本", 0.97).Right(1260, 750, "320", 0.97).Right(1500, 750, "32,000", 0.97).Text(1650, 750, first, 0.4)
            .Text(70, 800, "2", 0.97).Text(160, 800, "BU-2040", 0.97).Text(480, 800, "ブッシュ", 0.97).Right(980, 800, "50", 0.97)
            .Text(1050, 800, "個", 0.97).Right(1260, 800, "85.5", 0.97).Right(1500, 800, "4,275", 0.97).Text(1650, 800, second, 0.97)
            .Build();

        var line = Extract.Run(page).Lines[0];

        Assert.Equal(doubted, line["deliveryDate"].NeedsReview);
    }

    [Theory]
    [InlineData("2026/12/23", true)] // seed 349's tune-011: "11月23日" read "1月23日" in two cells of five; the others say otherwise
    [InlineData("2027/01/23", false)] // every line gives it
    public void Extract_AcceptsADoubtfulLineDeliveryDate_OnlyOnTheDateMostLinesGive(string others, bool doubted)
    {
        (string Code, string Name, string Date, double Confidence)[] rows =
            [("MS-1001-A", "シャフト φ10", "2027/01/23", 0.4), ("BU-2040", "ブッシュ", others, 0.97), ("CL-5501", "カラー", others, 0.97),
             ("PN-7012", "ノックピン", "2027/01/23", 0.4), ("SP-9120", "圧縮ばね", others, 0.97)];
        var line = Extract.Run(OrderWithLineDates(rows)).Lines[0];

        Assert.Equal("2027-01-23", line["deliveryDate"].Value?.GetValue<string>());
        Assert.Equal(doubted, line["deliveryDate"].NeedsReview);
    }

    [Theory]
    [InlineData("令和8年2月HH", 0.2, true)] // seed 419's tune-011: "12月14日" read "12月1日" in two cells of five, against the header's 納期
    [InlineData("2026/12/01", 0.97, false)] // most lines give it
    public void Extract_AcceptsALineDeliveryDateOtherThanTheHeaders_OnlyWhenMostLinesGiveIt(string others, double confidence, bool doubted)
    {
        (string Code, string Name, string Date, double Confidence)[] rows =
            [("MS-1001-A", "シャフト φ10", "2026/12/01", 0.4), ("BU-2040", "ブッシュ", others, confidence), ("CL-5501", "カラー", others, confidence),
             ("PN-7012", "ノックピン", "2026/12/01", 0.4), ("SP-9120", "圧縮ばね", "全和8年12月11晶", 0.1)];
        var line = Extract.Run(OrderWithLineDates(rows)).Lines[0];

        Assert.Equal("2026-12-01", line["deliveryDate"].Value?.GetValue<string>());
        Assert.Equal(doubted, line["deliveryDate"].NeedsReview);
    }

    /// <summary>An order (納期 2026年12月10日 in its header) whose lines each carry a delivery date read at a confidence.</summary>
    private static PageText OrderWithLineDates((string Code, string Name, string Date, double Confidence)[] rows)
    {
        var page = SampleOrders.JapaneseHeader().TableHeader(700).Text(1650, 700, "納期");
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 750 + (50 * i);
            page.Text(70, y, $"{i + 1}", 0.97).Text(160, y, rows[i].Code, 0.97).Text(480, y, rows[i].Name, 0.97).Right(980, y, "100", 0.97)
                .Text(1050, y, "本", 0.97).Right(1260, y, "320", 0.97).Right(1500, y, "32,000", 0.97).Text(1650, y, rows[i].Date, rows[i].Confidence);
        }

        return page.Build();
    }

    [Theory]
    [InlineData("2026/11/20 14:32 FROM 0566 21 4411 TOKAI SEIKI P.001/001", false)] // the fax was sent three weeks before
    [InlineData("", true)] // no date to hold the year against
    public void Extract_AcceptsADoubtfulLineDeliveryDate_ThatAnotherReadingGives_ByTheFaxDateWhenTheOrderDateWasLost(string faxHeader, bool doubted)
    {
        var page = new PageBuilder(source: "ocr");
        if (faxHeader.Length > 0)
        {
            page.Text(40, 20, faxHeader, 0.95);
        }

        page.Text(700, 120, "注文書", 0.95).Text(1100, 200, "注文番号: PO-26-0112", 0.95).Text(80, 300, "株式会社三河精密 御中", 0.95)
            .Text(80, 500, "納期", 0.95).Text(300, 500, "2026年12月10日", 0.95)
            .TableHeader(700).Text(1650, 700, "納期")
            .Text(70, 750, "1", 0.97).Text(160, 750, "MS-1001-A", 0.97).Text(480, 750, "シャフト φ10", 0.97).Right(980, 750, "100", 0.97)
            .Text(1050, 750, "本", 0.97).Right(1260, 750, "320", 0.97).Right(1500, 750, "32,000", 0.97).Text(1650, 750, "2026/12/10", 0.05);

        var line = Extract.Run(page.Build()).Lines[0];

        Assert.Equal(doubted, line["deliveryDate"].NeedsReview);
    }

    [Theory]
    [InlineData("3,627", false)] // lines 36,275, plus tax 3,627: the total read three times over
    [InlineData("3,6?7", true)] // the tax unread: the total's only other reading is the lines' sum, which the tax breaks
    public void Extract_AcceptsADoubtfulTotal_WhenTheLinesAddUpToIt(string tax, bool doubted)
    {
        var page = SampleOrders.Order("4,275", "36,275", tax, "¥39,902")[0];
        var words = page.Words.Select(w => w.Text.Contains("39,902", StringComparison.Ordinal) ? w with { Confidence = 0.5 } : w).ToList();

        var total = Extract.Run(page.WithWords(words, "misread")).Fields["total"];

        Assert.Equal(39902m, total.Value!.GetValue<decimal>());
        Assert.Equal(doubted, total.NeedsReview);
    }

    [Theory]
    [InlineData("200~260", "合", false)] // 223, 241, 238 inside, and the row passed: three readings agree
    [InlineData("200~260", "否", true)] // the verdict says otherwise
    [InlineData("200~760", "合", true)] // 760 holds the values but is no limit of their size (260 read 760)
    public void Extract_AcceptsDoubtfulLimits_ThatHoldAPassingRowsValues(string spec, string result, bool doubted)
    {
        var page = SampleQuality.Japanese()
            .Text(80, 750, "芯部硬度", 0.95).Text(300, 750, spec, 0.4).Text(600, 750, "HV", 0.95)
            .Text(750, 750, "223", 0.95).Text(900, 750, "241", 0.95).Text(1050, 750, "238", 0.95).Text(1310, 750, result, 0.95)
            .Build();

        var row = Extract.Run(ConfirmationTests.WithOperation(page, "square_pixels:204x98->204x196")).Measurements
            .Single(m => m["item"].Value?.GetValue<string>() == "芯部硬度");

        Assert.Equal(doubted, row["upperLimit"].NeedsReview);
    }

    [Theory]
    [InlineData("HRC", false)] // a unit records print: a garbled cell does not read as one
    [InlineData("IIRC", true)] // not a unit: the OCR's word alone
    [InlineData("m", true)] // μm with its μ lost, as likely as metres
    public void Extract_AcceptsADoubtfulMeasurementUnit_WhenItIsAKnownUnit(string unit, bool doubted)
    {
        var page = SampleQuality.Japanese()
            .Text(80, 750, "芯部硬度", 0.95).Text(300, 750, "58.0~62.0", 0.95).Text(600, 750, unit, 0.4)
            .Text(750, 750, "60.1", 0.95).Text(900, 750, "59.8", 0.95).Text(1050, 750, "60.4", 0.95).Text(1310, 750, "合", 0.95)
            .Build();

        var row = Extract.Run(ConfirmationTests.WithOperation(page, "square_pixels:204x98->204x196")).Measurements
            .Single(m => m["item"].Value?.GetValue<string>() == "芯部硬度");

        Assert.Equal(doubted, row["unit"].NeedsReview);
    }

    [Theory]
    [InlineData("1", true)] // a scrap of a garbled row paired with the label (seed 127 tune-060's report number)
    [InlineData("PO-1", false)]
    [InlineData("ー74885", true)] // S-74885 with its letter lost, the hyphen read as a long vowel mark (seed 127's tune-065)
    [InlineData("260204ー", true)]
    [InlineData("908554/", true)] // 9085547, its 7 read as a slash (seed 257's tune-057)
    [InlineData("260/092", true)] // 2607092, its 7 read as a slash inside (seed 401's tune-021's lot number, accepted)
    [InlineData("SO/A-118", false)] // a slash between letters is printed
    [InlineData("Po-26-8721", true)] // PO-26-8721, its O read small (seed 577's tune-055, accepted)
    [InlineData("KS26081/-05", true)] // KS260817-05, its 7 read as a slash before the hyphen (seed 509's tune-026, accepted)
    [InlineData("41.59106", true)] // 41-59106, its hyphen read as a point (fresh seed 631's tune-074, accepted)
    [InlineData("41-59106", false)]
    public void Extract_DoubtsACodeOfOneOrTwoCharacters_OrOneEndingInItsSeparator(string number, bool reviewed)
    {
        var page = new PageBuilder(source: "ocr").Text(700, 100, "注文書", 0.95).Text(100, 300, "注文番号", 0.97).Text(400, 300, number, 0.97).Build();

        var field = Extract.Run(page).Fields["orderNumber"];

        Assert.Equal(reviewed, field.NeedsReview);
    }

    [Fact]
    public void SenderFax_FromSubject_FormatsTheNumberNamed()
    {
        Assert.Equal("0566-12-3456", SenderFax.FromSubject("FAX受信 0566-12-3456"));
        Assert.Equal("0566-12-3456", SenderFax.FromSubject("Fax from +81 566 12 3456"));
        Assert.Equal("0566-12-3456", SenderFax.FromSubject("2026/11/20 14:32 受信 0566123456 P.1/2"));
        Assert.Null(SenderFax.FromSubject("Order for November"));
    }

    [Theory]
    [InlineData("12/15 ・", true)] // seed 157's tune-068: "5/25 -" unread, its re-read "9/25 ・" accepted at 0.80
    [InlineData("12/15", false)]
    public void Extract_WeighsARescuedMonthDayReadBesideSpecksLess(string reread, bool reviewed)
    {
        var page = OneLine("1?/1?", 0.95);

        var date = Extract.Run(page, look: new DateLook(reread)).Lines[0]["deliveryDate"];

        Assert.Equal(new DateOnly(2026, 12, 15).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.Value!.GetValue<string>());
        Assert.Equal(reviewed, date.NeedsReview);
    }

    private sealed class DateLook(string text) : ISecondLook
    {
        public string? Reread(int page, PixelBox box, ValueKind kind) => kind == ValueKind.Date ? text : null;
    }

    /// <summary>An order of one line under No. 品番 品名 数量 単位 単価 金額 納期, its 納期 cell read as given.</summary>
    private static PageText OneLine(string date, double confidence) => SampleOrders.JapaneseHeader()
        .Text(60, 700, "No.").Text(160, 700, "品番").Text(480, 700, "品名").Text(900, 700, "数量").Text(1040, 700, "単位")
        .Text(1180, 700, "単価").Text(1420, 700, "金額").Text(1600, 700, "納期")
        .Text(70, 750, "1", 0.95).Text(160, 750, "MS-1001-A", 0.95).Text(480, 750, "シャフト φ10", 0.95).Right(980, 750, "100", 0.95)
        .Text(1050, 750, "本", 0.95).Right(1260, 750, "320", 0.95).Right(1500, 750, "32,000", 0.95).Text(1600, 750, date, confidence)
        .Build();

    private static PageText LowConfidenceOrder() =>
        new PageBuilder(source: "ocr").Text(700, 100, "注文書", 0.95).Text(100, 200, "注文番号", 0.95).Text(400, 200, "PO-26-0112", 0.85).Build();

    private sealed class FakeSecondLook(string text) : ISecondLook
    {
        public List<ValueKind> Kinds { get; } = [];

        public string? Reread(int page, PixelBox box, ValueKind kind)
        {
            Kinds.Add(kind);
            return kind == ValueKind.Code ? text : null;
        }
    }

    private sealed class SpecificationLook(string text) : ISecondLook
    {
        public int Reads { get; private set; }

        public string? Reread(int page, PixelBox box, ValueKind kind)
        {
            if (kind != ValueKind.Text || box.X != 300)
            {
                return null;
            }

            Reads++;
            return text;
        }
    }
}
