using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Masters;

namespace DocIntake.Core.Tests.Extraction;

public class MasterDataTests
{
    [Fact]
    public void Load_ReadsColumnsByHeaderName_WithQuotesAndOtherOrder()
    {
        var master = MasterData.Load(
            new StringReader("fax,name,tel,kana\n\"(0566)21-4411\",\"株式会社東海精機\",0566-21-4410,トウカイセイキ\n"),
            new StringReader("name,partNumber,unitPrice,unit\n\"シャフト, φ10\",MS-1001-A,320,本\n"));

        var customer = Assert.Single(master.Customers);
        Assert.Equal("株式会社東海精機", customer.Name);
        Assert.Equal("0566-21-4411", customer.Fax);
        var part = Assert.Single(master.Parts);
        Assert.Equal("シャフト, φ10", part.Name);
        Assert.Equal(320m, part.UnitPrice);
    }

    [Theory]
    [InlineData("MS-1001-A", "{a", "本", false)] // no unit at all beside a listed part, its number accepted: the master's
    [InlineData("MS-1001-A", "1,000°", "本", true)] // a quantity's figures: an order that prints no unit? (seed 491's tune-024)
    [InlineData("MS-1001-A", "本", "本", false)]
    [InlineData("MS-1001-A", "kg", "kg", false)] // another unit is the document's own: kept
    public void Extract_OffersTheMastersUnit_ForAUnitCellReadAsNoUnit(string part, string printed, string expected, bool reviewed)
    {
        var page = SampleOrders.JapaneseHeader().Table(700, (part, "シャフト φ10", "100", printed, "320", "32,000")).Build();

        var unit = Extract.Run(page, new ExtractionOptions { MasterData = Extract.Master() }).Lines[0]["unit"];

        Assert.Equal(expected, unit.Value!.GetValue<string>());
        Assert.Equal(reviewed, unit.NeedsReview);
    }

    [Theory]
    [InlineData("mm", "m")] // seed 233's tune-065.pdf: square tube sold by the metre, its "m" read "mm"
    [InlineData("μm", "m")]
    [InlineData("kg", "kg")] // another unit is the document's own: kept
    public void Extract_TakesTheMastersUnit_ForALatinUnitWithOneMarkTooMany(string printed, string expected)
    {
        var master = MasterData.Load(
            new StringReader("name,kana,tel,fax\n"),
            new StringReader("partNumber,name,unit,unitPrice\nMT-3002,角パイプ 40x40,m,1350\n"));
        var page = SampleOrders.JapaneseHeader().Table(700, ("MT-3002", "角パイプ 40x40", "30", printed, "1,350", "40,500")).Build();

        var unit = Extract.Run(page, new ExtractionOptions { MasterData = master }).Lines[0]["unit"];

        Assert.Equal(expected, unit.Value!.GetValue<string>());
    }

    [Fact]
    public void FromFolder_ReadsAPartsListAlone_AndNamesAFolderWithNeither()
    {
        var folder = Directory.CreateTempSubdirectory("master-").FullName;
        try
        {
            var empty = Assert.Throws<FileNotFoundException>(() => MasterData.FromFolder(folder));
            Assert.Contains(folder, empty.Message, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(folder, "parts.csv"), "partNumber,name\nMS-1001-A,シャフト φ10\n");
            var master = MasterData.FromFolder(folder);

            Assert.Empty(master.Customers);
            Assert.Equal("MS-1001-A", Assert.Single(master.Parts).PartNumber);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("(株)三河精密", "(株)三河精密")]
    [InlineData("帆三河精密", "(株)三河精密")] // (株) read as one kanji
    [InlineData("内ーー三河精密", "(株)三河精密")]
    [InlineData("(株)ーー河精密", "(株)三河精密")] // 三 lost in the rule beside it
    [InlineData("式会社三河精密", "株式会社三河精密")]
    [InlineData("株式会社二河精密", "株式会社三河精密")]
    [InlineData("三河精密", null)] // the legal form lost entirely: which one is a guess
    [InlineData("(株)三河精密工場", null)] // more text after the name: not only our name
    [InlineData("(株)三河精密FT", "(株)三河精密")] // Latin letters about a kanji name are the seal printed over it
    [InlineData("株式会社ーー三河テーキーオャ精審の", "株式会社三河精密")] // the seal read as kana between its characters
    [InlineData("(株)三ュー河イオ精密ュテャセテ", "(株)三河精密")]
    [InlineData("会社三河まき精密", "株式会社三河精密")] // two characters of 株式会社 left: the full form, not (株)
    [InlineData("人式人三河精密", "株式会社三河精密")] // 式, which (株) has not, among as many marks (seed 307's tune-047)
    [InlineData("(株)三河三河精密精密1", null)]
    [InlineData("株式会社東海精機", null)]
    [InlineData("Mikawa Precision Co., Tad.", "Mikawa Precision Co., Ltd.")]
    public void KnownCompany_MatchesTheInstallationsNameAsFaxOcrLeavesIt(string printed, string? expected)
    {
        Assert.Equal(expected, KnownCompany.Match(printed, "株式会社三河精密") ?? KnownCompany.Match(printed, "Mikawa Precision Co., Ltd."));
    }

    [Theory]
    [InlineData("高浜精客鋳造株式会社", "高浜精密鋳造株式会社")] // the legal form after the name
    [InlineData("高浜精密鋳造内", "高浜精密鋳造(株)")]
    [InlineData("高浜精密鋳造", null)]
    [InlineData("(株)高浜精密鋳造", null)] // a remnant on the wrong side
    public void KnownCompany_MatchesANameWhoseLegalFormFollowsIt(string printed, string? expected)
    {
        Assert.Equal(expected, KnownCompany.Match(printed, "高浜精密鋳造株式会社"));
    }

    [Fact]
    public void Extract_CorrectsAQualityRecordsIssuerToTheSuppliersName()
    {
        var page = SampleQuality.Japanese().Build();
        var words = page.Words.Select(w => w.Text == "株式会社碧海熱処理" ? w with { Text = "株式会社碧海府処理", Confidence = 0.6 } : w).ToList();
        var master = MasterData.Load(
            new StringReader(string.Empty), new StringReader(string.Empty), null, new StringReader("name\n株式会社碧海熱処理\n"));

        var issuer = Extract.Run(page.WithWords(words, "misread"), new ExtractionOptions { MasterData = master }).Fields["supplierName"];

        Assert.Equal("株式会社碧海熱処理", issuer.Value!.GetValue<string>());
        Assert.Equal("株式会社碧海府処理", issuer.Text);
    }

    [Theory]
    [InlineData("株式ats会社東海精機", "株式会社東海精機")] // the seal over the name read as letters: full form still in print
    [InlineData("帆 東海", "(株)東海精機")] // too little left to match; no full form in print
    [InlineData(null, "(株)東海精機")] // the name not read at all
    public void Extract_OffersTheCustomerWhoseNumberTheOrderGives_WhenItsNameWasNotRead(string? printed, string expected)
    {
        // Sent from another machine than the customer's FAX: only the TEL printed under the name points at the customer.
        var page = SampleOrders.JapaneseHeader(faxNumber: "0566 99 1234").Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000")).Build();
        var words = page.Words.Where(w => printed is not null || w.Text != "株式会社東海精機")
            .Select(w => w.Text == "株式会社東海精機" ? w with { Text = printed!, Confidence = 0.5 } : w).ToList();

        var buyer = Extract.Run(page.WithWords(words, "misread"), new ExtractionOptions { MasterData = Extract.Master() }).Fields["buyerName"];

        Assert.Equal(expected, buyer.Value!.GetValue<string>());
        Assert.True(buyer.NeedsReview);
        Assert.Contains(ReviewReasons.Ambiguous, buyer.Reasons);
    }

    [Theory]
    [InlineData("0566 92 3319", "(株)碧海熱処理")] // the supplier's own FAX sent it: its name, the seal over it unread
    [InlineData("0566 99 1234", null)] // another machine: nothing names the issuer
    public void Extract_OffersTheSupplierWhoseFaxSentTheRecord_WhenItsNameWasNotRead(string faxNumber, string? expected)
    {
        var page = SampleQuality.Japanese().Text(40, 20, $"2026/11/20 14:32 FROM {faxNumber} HEKIKAI P.001/001", 0.95).Build();
        var words = page.Words.Where(w => w.Text is not "株式会社碧海熱処理" and not "TEL" and not "0566-92-3318").ToList();
        var master = MasterData.Load(
            new StringReader(string.Empty), new StringReader(string.Empty), new StringReader("name\n株式会社三河精密\n"),
            new StringReader("name,kana,tel,fax\n株式会社碧海熱処理,ヘキカイネツショリ,0566-92-3318,0566-92-3319\n"));

        var issuer = Extract.Run(page.WithWords(words, "unread"), new ExtractionOptions { MasterData = master }).Fields["supplierName"];

        Assert.Equal(expected, issuer.Value?.GetValue<string>());
        Assert.True(issuer.NeedsReview);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // a 98-lpi page: its OCR doubt counts 1.25-fold, a match at 0.9125 went to review (115 times, all right)
    public void Extract_CorrectsTheAddresseeToTheInstallationsOwnName(bool coarse)
    {
        var page = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000")).Build();
        var words = page.Words.Select(w => w.Text == "株式会社三河精密" ? w with { Text = "帆三河精密", Confidence = 0.5 } : w).ToList();
        var master = MasterData.Load(
            new StringReader(string.Empty), new StringReader(string.Empty), new StringReader("name\n株式会社三河精密\n"));
        var misread = page.WithWords(words, "misread");
        misread = coarse ? ConfirmationTests.WithOperation(misread, "square_pixels:204x98->204x196") : misread;

        var with = Extract.Run(misread, new ExtractionOptions { MasterData = master }).Fields["supplierName"];
        var without = Extract.Run(misread).Fields["supplierName"];

        Assert.Equal("(株)三河精密", with.Value!.GetValue<string>());
        Assert.Equal("帆三河精密", with.Text);
        Assert.False(with.NeedsReview); // the garbled legal form no longer decides the value
        Assert.Equal("帆三河精密", without.Value!.GetValue<string>());
    }

    [Theory]
    [InlineData(true, "MS-1001-A")] // seed 113's tune-054: 品番 read "tei", the number beside it listed
    [InlineData(false, null)] // no parts master: nothing says the code is the part's
    public void Extract_TakesTheOneListedPartNumberOfARecord_WhenIts品番LabelWasNotRead(bool withMaster, string? expected)
    {
        var page = SampleQuality.Japanese().Build();
        var words = page.Words.Select(w => w.Text == "品番" ? w with { Text = "tei", Confidence = 0.3 } : w).ToList();
        var master = MasterData.Load(new StringReader(string.Empty), new StringReader("partNumber,name\nMS-1001-A,シャフト φ10\n"));

        var part = Extract.Run(page.WithWords(words, "misread"), new ExtractionOptions { MasterData = withMaster ? master : null }).Fields["partNumber"];

        Assert.Equal(expected, part.Value?.GetValue<string>());
        Assert.Equal(expected is null ? null : 1, part.Page);
    }

    [Theory]
    [InlineData("MS-100T-A", true)] // fresh seed 257's tune-032: one letter from MS-1001-A and from MS-1002-A
    [InlineData("MS-100I-A", false)] // one letter from MS-1001-A alone: corrected to it
    [InlineData("WS-1405", false)] // far from every listed number: a supplier's own, as read
    [InlineData("MS-1", true)] // the start of listed ones, its end lost (seed 569's tune-048, accepted)
    public void Extract_DoubtsARecordsPartNumber_BetweenTwoListedOnes(string printed, bool doubted)
    {
        var page = SampleQuality.Japanese().Build();
        var words = page.Words.Select(w => w.Text == "MS-1001-A" ? w with { Text = printed } : w).ToList();
        var master = MasterData.Load(new StringReader(string.Empty), new StringReader("partNumber,name\nMS-1001-A,シャフト φ10\nMS-1002-A,シャフト φ12\n"));

        var part = Extract.Run(page.WithWords(words, "misread"), new ExtractionOptions { MasterData = master }).Fields["partNumber"];

        Assert.Equal(doubted, part.NeedsReview);
        Assert.Equal(doubted, part.Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("株式会社三河精密", "株式会社三河精密", false, false)]
    [InlineData("精密", "(株)三河精密", true, true)] // seed 167's tune-049: 御中 split the name, half of it accepted at 0.94
    [InlineData("(株)三精密河", "(株)三河精密", true, true)] // seed 113's tune-038: two characters swapped
    [InlineData("株式会社ニ河精", "株式会社三河精密", true, true)] // too far to match: our name offered, in the form printed
    public void Extract_DoubtsAnAddresseeThatIsNoneOfOurNames_AndOffersOurs(string printed, string offered, bool reviewed, bool differs)
    {
        var page = SampleOrders.JapaneseHeader().Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000")).Build();
        var words = page.Words.Select(w => w.Text == "株式会社三河精密" ? w with { Text = printed } : w).ToList();
        var master = MasterData.Load(
            new StringReader(string.Empty), new StringReader(string.Empty), new StringReader("name\n株式会社三河精密\n"));

        var addressee = Extract.Run(page.WithWords(words, "misread"), new ExtractionOptions { MasterData = master }).Fields["supplierName"];

        Assert.Equal(offered, addressee.Value!.GetValue<string>());
        Assert.Equal(printed, addressee.Text);
        Assert.Equal(reviewed, addressee.NeedsReview);
        Assert.Equal(differs, addressee.Reasons.Contains(ReviewReasons.DiffersFromMasterData));
    }

    [Theory]
    [InlineData("0566 21 4411", "(株)東海精機", false)] // the customer's own FAX sent it (seed 127's tune-021: "大阪精工帆")
    [InlineData("0566 99 9999", "(株)東海精機", true)] // another machine: the garbled name matches no customer closely enough; the TEL offers it
    public void Extract_NamesTheBuyerByTheSendersFaxNumber_AsFaxOcrLeftTheName(string faxNumber, string expected, bool reviewed)
    {
        var page = SampleOrders.JapaneseHeader(faxNumber: faxNumber).Table(700, ("MS-1001-A", "シャフト φ10", "100", "本", "320", "32,000")).Build();
        var words = page.Words.Select(w => w.Text == "株式会社東海精機" ? w with { Text = "帆東海精機", Confidence = 0.5 } : w).ToList();

        var buyer = Extract.Run(page.WithWords(words, "misread"), new ExtractionOptions { MasterData = Extract.Master() }).Fields["buyerName"];

        Assert.Equal(expected, buyer.Value!.GetValue<string>());
        Assert.Equal("帆東海精機", buyer.Text);
        Assert.Equal(reviewed, buyer.NeedsReview);
    }

    [Theory]
    [InlineData("シャフトφ10", "シャフト φ10")] // seed 211's tune-064: a drawing number in the 品番 column, the name spaced by OCR
    [InlineData("シャフト φ10", "シャフト φ10")]
    [InlineData("シャフト φ12", "シャフト φ12")] // another name: as read
    public void Extract_SpacesAnUnlistedLinesNameAsTheMasterDoes(string printed, string expected)
    {
        var page = SampleOrders.JapaneseHeader().Table(700, ("D78-9834", printed, "100", "本", "320", "32,000")).Build();

        var line = Extract.Run(page, new ExtractionOptions { MasterData = Extract.Master() }).Lines[0];

        Assert.Equal(expected, line["description"].Value!.GetValue<string>());
        Assert.Contains(ReviewReasons.NotInMasterData, line["partNumber"].Reasons);
    }

    [Theory]
    [InlineData(0.6, "MS-1001-A", "シャフト φ10", false)] // read by OCR (seed 31's tune-021: "シャント pw") beside a listed number
    [InlineData(0.6, "MS-1001-Z", "シャフト φ10", true)] // the number a guess (corrected to a listed one, read unsurely)
    [InlineData(0.95, "MS-1001-A", "シャント pw", true)] // read clearly: another name, kept for a person to weigh
    [InlineData(1.0, "MS-1001-A", "シャント pw", true)] // a text layer says what was printed
    public void Extract_OffersTheMastersName_ForAGarbledNameBesideAListedNumber(double confidence, string number, string expected, bool reviewed)
    {
        var page = SampleOrders.JapaneseHeader().Table(700, (number, "シャント pw", "100", "本", "320", "32,000")).Build();
        var words = page.Words.Select(w => w.Text is "シャント" or "pw" ? w with { Confidence = confidence } : w.Text == "MS-1001-Z" ? w with { Confidence = 0.6 } : w).ToList();

        var line = Extract.Run(page.WithWords(words, "garbled"), new ExtractionOptions { MasterData = Extract.Master() }).Lines[0];

        Assert.Equal(expected, line["description"].Value!.GetValue<string>());
        Assert.Equal("シャント pw", line["description"].Text);
        Assert.Equal(reviewed, line["description"].NeedsReview);
    }

    [Theory]
    [InlineData("補強フラケット", "補強ブラケット", true)] // seed 419's tune-005: ブ read フ in a part not in the master
    [InlineData("補強ブラケット", "補強ブラケット", false)]
    [InlineData("ブラケット", "ブラケット", false)] // listed as it is
    [InlineData("フレーム", "フレーム", false)] // no listed word one voicing from it
    public void Extract_PutsBackAKanaVoicingLost_InAWordOfTheMastersNames(string read, string expected, bool doubted)
    {
        var master = MasterData.Load(new StringReader("name,kana,tel,fax\n"),
            new StringReader("partNumber,name,unit,unitPrice\nBR-3312-02,ブラケット,個,1250\nPL-4420,ベースプレート,枚,4600\n"));
        var page = SampleOrders.JapaneseHeader().Table(700, ("BR-3320", read, "10", "個", "1,250", "12,500")).Build();

        var description = Extract.Run(page, new ExtractionOptions { MasterData = master }).Lines[0]["description"];

        Assert.Equal(expected, description.Value!.GetValue<string>());
        Assert.Equal(doubted, description.Reasons.Contains(ReviewReasons.Ambiguous));
    }

    [Theory]
    [InlineData("Meiko Trading Co.,Ltd.", "Meiko Trading Co., Ltd.")] // seed 293's tune-010: the blank after the comma lost, accepted
    [InlineData("Meiko Trading Co., Ltd.", "Meiko Trading Co., Ltd.")]
    public void Extract_TakesTheListedSpellingOfAnEnglishBuyer_ReadWithABlankLost(string printed, string expected)
    {
        var master = MasterData.Load(new StringReader("name,kana,tel,fax\n\"Meiko Trading Co., Ltd.\",メイコウトレーディング,052-203-5521,052-203-5522\n"),
            new StringReader("partNumber,name,unit,unitPrice\n"));
        var page = new PageBuilder(source: "ocr")
            .Cut(140, 135, printed, 0.95).Text(1000, 135, "PURCHASE ORDER", 0.95)
            .Cut(140, 190, "3-15-2 Sakae, Naka-ku, Nagoya, Aichi 460-0008", 0.95)
            .Cut(140, 225, "Ph +81-52-203-5521 Fax: 052-203-5522", 0.95)
            .Cut(1060, 300, "Order Date 2026-04-27", 0.95)
            .Cut(140, 375, "Vendor: Mikawa Precision Co., Ltd.", 0.95)
            .Text(60, 700, "Item").Text(160, 700, "Part No.").Text(480, 700, "Description").Text(900, 700, "Qty")
            .Text(1180, 700, "Unit Price").Text(1420, 700, "Amount")
            .Text(70, 750, "1", 0.95).Text(160, 750, "AS-2001", 0.95).Text(480, 750, "Shaft", 0.95).Right(980, 750, "5", 0.95)
            .Right(1260, 750, "8,900", 0.95).Right(1500, 750, "44,500", 0.95)
            .Build();

        var buyer = Extract.Run(page, new ExtractionOptions { MasterData = master }).Fields["buyerName"];

        Assert.Equal(expected, buyer.Value!.GetValue<string>());
    }
}
