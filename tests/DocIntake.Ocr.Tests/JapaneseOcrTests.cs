namespace DocIntake.Ocr.Tests;

public sealed class JapaneseOcrTests(JapaneseEngineFixture fixture) : IClassFixture<JapaneseEngineFixture>
{
    private readonly OcrEngine engine = fixture.Engine;

    [Fact]
    public void Recognize_ReadsJapaneseOrderForm_WhenLanguageIsJpn()
    {
        var image = TestImages.Fixture("order-ja.png");

        var page = engine.Recognize(image, new OcrRequest(PageSegMode: PageSegMode.Auto));

        var text = string.Join('\n', page.Lines.Select(l => l.Text));
        Assert.Contains("注文書", TextAssert.Squash(text), StringComparison.Ordinal);
        Assert.Contains("株式会社山田商事", TextAssert.Squash(text), StringComparison.Ordinal);
        Assert.Contains("東京精密工業株式会社", TextAssert.Squash(text), StringComparison.Ordinal);
        Assert.Contains("03-1234-5678", text, StringComparison.Ordinal);
        Assert.InRange(page.MeanConfidence, 0.6, 1.0);
    }

    [Fact]
    public void Recognize_MarksTheWordAfterAPrintedSpace_NotTheCutsBetweenJapaneseWords()
    {
        // "納品先　当社第二工場 資材受入": Tesseract cuts the run into several words (当社|第|二|工場…); only the blanks
        // that are printed are marked.
        var page = engine.Recognize(TestImages.Fixture("delivery-place-ja.png"), new OcrRequest(PageSegMode: PageSegMode.SingleBlock));

        var spaced = string.Concat(page.Words.Select(w => (w.SpaceBefore ? " " : string.Empty) + w.Text));
        Assert.True(page.Words.Count > 3, spaced);
        Assert.Matches("工場 資材", spaced);
        Assert.Matches("当社第.工場", spaced);
        Assert.False(page.Words[0].SpaceBefore);
    }

    [Fact]
    public void Recognize_OnlyReturnsWhitelistedCharacters_WhenWhitelistIsSetForARegion()
    {
        const string Whitelist = "0123456789-";
        var image = TestImages.Fixture("order-ja.png");
        var full = engine.Recognize(image, new OcrRequest());
        var telLine = full.Lines.Single(l => l.Text.Contains("TEL", StringComparison.Ordinal));
        var region = OcrEngineTests.Pad(telLine.Box, 6);

        var unrestricted = engine.Recognize(image, new OcrRequest(PageSegMode: PageSegMode.SingleLine, Region: region));
        var restricted = engine.Recognize(image, new OcrRequest(PageSegMode: PageSegMode.SingleLine, CharWhitelist: Whitelist, Region: region));
        var afterwards = engine.Recognize(image, new OcrRequest(PageSegMode: PageSegMode.SingleLine, Region: region));

        var restrictedText = string.Concat(restricted.Words.Select(w => w.Text));
        Assert.Contains("03-1234-5678", restrictedText, StringComparison.Ordinal);
        Assert.All(restrictedText, c => Assert.Contains(c, Whitelist));
        Assert.Contains(unrestricted.Words, w => w.Text.Any(char.IsLetter)); // "TEL", "FAX": the whitelist is what removed them
        Assert.Equal(
            string.Join(' ', unrestricted.Words.Select(w => w.Text)),
            string.Join(' ', afterwards.Words.Select(w => w.Text))); // and it was reset after the call
    }
}
