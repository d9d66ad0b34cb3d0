using DocIntake.Core.Pages;

namespace DocIntake.Ocr.Tests;

public sealed class OcrEngineTests(EnglishEngineFixture fixture) : IClassFixture<EnglishEngineFixture>
{
    private readonly OcrEngine engine = fixture.Engine;

    [Fact]
    public void Recognize_ReadsWordsInReadingOrder_WhenGivenAnEnglishPage()
    {
        var image = TestImages.Sample("tesseract__eurotext.tif");

        var page = engine.Recognize(image, new OcrRequest(PageNumber: 3));

        var text = string.Join('\n', page.Lines.Select(l => l.Text));
        TextAssert.ContainsInOrder(text, ["quick", "brown", "fox", "jumps", "lazy", "dog", "duck", "spam", "Fuchs", "Hund", "renard", "perezoso", "raposa"]);
        Assert.Equal(3, page.Number);
        Assert.Equal("ocr", page.Source);
        Assert.Equal((image.Width, image.Height), (page.Width, page.Height));
        Assert.InRange(page.MeanConfidence, 0.5, 1.0);
        Assert.All(page.Words, w =>
        {
            Assert.False(string.IsNullOrWhiteSpace(w.Text));
            Assert.InRange(w.Confidence, 0.0, 1.0);
            Assert.True(w.Box.X >= 0 && w.Box.Y >= 0 && w.Box.Right <= image.Width && w.Box.Bottom <= image.Height, $"{w.Box} outside the image");
            Assert.True(w.Box.Width > 0 && w.Box.Height > 0);
        });
    }

    [Fact]
    public void Recognize_StopsAtTheDeadline_WhenThePageTakesLonger()
    {
        var image = TestImages.Sample("tesseract__eurotext.tif");

        var error = Assert.Throws<OcrTimeoutException>(() => engine.Recognize(image, new OcrRequest(Deadline: TimeSpan.FromMilliseconds(1))));

        Assert.Equal(TimeSpan.FromMilliseconds(1), error.Deadline);
        var page = engine.Recognize(image, new OcrRequest(Deadline: TimeSpan.FromMinutes(1)));
        Assert.Contains("quick", string.Join(" ", page.Words.Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_NumbersLinesAsIndexesIntoLines_WhenPageHasSeveralLines()
    {
        var image = TestImages.Sample("tesseract__eurotext.tif");

        var page = engine.Recognize(image, new OcrRequest());

        Assert.InRange(page.Lines.Count, 10, 14); // eurotext.txt has 12 lines
        for (var i = 0; i < page.Lines.Count; i++)
        {
            Assert.All(page.Lines[i].Words, w => Assert.Equal(i, w.Line));
        }

        // Lines go down the page; words in a line go to the right.
        Assert.True(page.Lines.Zip(page.Lines.Skip(1)).All(p => p.First.Box.CenterY < p.Second.Box.CenterY));
        Assert.All(page.Lines, l => Assert.True(l.Words.Zip(l.Words.Skip(1)).All(p => p.First.Box.X < p.Second.Box.X)));
        Assert.Equal(Enumerable.Range(0, page.Words.Max(w => w.Block) + 1), page.Words.Select(w => w.Block).Distinct().Order());
    }

    [Fact]
    public void Recognize_ReturnsNoWordsAndZeroConfidence_WhenPageIsBlank()
    {
        var blank = new GrayImage(400, 300, Enumerable.Repeat((byte)255, 400 * 300).ToArray(), 200, 200);

        var page = engine.Recognize(blank, new OcrRequest());

        Assert.Empty(page.Words);
        Assert.Empty(page.Lines);
        Assert.Equal(0, page.MeanConfidence);
    }

    [Fact]
    public void Recognize_ReadsOnlyTheRegion_WhenRegionIsGiven()
    {
        var image = TestImages.Sample("tesseract__eurotext.tif");
        var full = engine.Recognize(image, new OcrRequest());
        var secondLine = full.Lines[1];
        var region = Pad(secondLine.Box, 8);

        var page = engine.Recognize(image, new OcrRequest(PageSegMode: PageSegMode.SingleLine, Region: region));

        Assert.Equal(secondLine.Words.Count, page.Words.Count);
        Assert.Equal(secondLine.Text, string.Join(' ', page.Words.Select(w => w.Text)));
        Assert.All(page.Words, w => Assert.True(
            w.Box.X >= region.X && w.Box.Y >= region.Y && w.Box.Right <= region.Right && w.Box.Bottom <= region.Bottom,
            $"{w.Box} is outside {region}: boxes must stay in whole-image pixels"));
    }

    [Fact]
    public void Recognize_Throws_WhenRegionIsOutsideTheImage()
    {
        var image = new GrayImage(100, 100);

        Assert.Throws<ArgumentOutOfRangeException>(() => engine.Recognize(image, new OcrRequest(Region: new PixelBox(200, 200, 50, 50))));
    }

    [Fact]
    public void RecognizeText_ReturnsPlainLines_WhenGivenAnEnglishPage()
    {
        var text = engine.RecognizeText(TestImages.Sample("extended/tesseract__phototest.tif"));

        TextAssert.ContainsInOrder(text, ["This is a lot of 12 point text", "\n", "The quick brown dog jumped", "lazy fox."]);
    }

    [Theory]
    [InlineData(0, 300)]
    [InlineData(double.NaN, 300)]
    [InlineData(50, 70)]
    [InlineData(196, 196)]
    [InlineData(97.9, 98)]
    [InlineData(4800, 1200)]
    public void SourceResolution_UsesDpiYWithinSaneRange_WhenDpiIsOddOrMissing(double dpiY, int expected)
    {
        Assert.Equal(expected, OcrEngine.SourceResolution(new GrayImage(10, 10, dpiX: 300, dpiY: dpiY)));
    }

    [Fact]
    public void Recognize_Throws_AfterDispose()
    {
        var own = new OcrEngine(new OcrOptions { Languages = "eng" });
        own.Dispose();
        own.Dispose();

        Assert.Throws<ObjectDisposedException>(() => own.Recognize(new GrayImage(10, 10), new OcrRequest()));
    }

    internal static PixelBox Pad(PixelBox box, int margin) =>
        PixelBox.FromCorners(box.X - margin, box.Y - margin, box.Right + margin, box.Bottom + margin);
}
