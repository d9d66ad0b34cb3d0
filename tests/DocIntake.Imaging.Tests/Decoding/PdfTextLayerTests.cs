using DocIntake.Core.Pages;
using DocIntake.Imaging.Decoding;
using DocIntake.Imaging.Decoding.Pdf;

namespace DocIntake.Imaging.Tests.Decoding;

public sealed class PdfTextLayerTests
{
    [Theory]
    [InlineData("pdfjs__issue16063.pdf", 1, "電線接続端子部が次のいずれにも該当しないとき。", "ねじ止め端子であること。")]
    [InlineData("pdfpig__0000851.pdf", 1, "3月に退職される皆さんへ", "年金や医療保険は、")]
    [InlineData("pdfjs__noembed-sjis.pdf", 1, "あいうえお", "あいうえお")]
    public void Decode_GivesJapaneseWordsInsideThePage_ForBornDigitalJapanesePdf(string file, int page, string first, string later)
    {
        var text = Samples.Decode(file)[page - 1].TextLayer;

        Assert.NotNull(text);
        Assert.Equal("pdf_text", text.Source);
        var words = text.Words.Select(w => w.Text).ToList();
        Assert.Contains(first, words);
        Assert.Contains(later, words);
        Assert.True(words.IndexOf(first) <= words.IndexOf(later), "reading order: top to bottom");
        Assert.DoesNotContain(words, w => w.Contains("33月月", StringComparison.Ordinal)); // fake bold drawn twice
        Assert.All(text.Words, w => Assert.True(w.Box.Width > 0 && w.Box.Height > 0 && w.Box.Right <= text.Width && w.Box.Bottom <= text.Height));
        Assert.Equal(1.0, text.MeanConfidence);
    }

    [Fact]
    public void Decode_ReadsFakeBoldOnce_WhenALetterSpacedRunIsDrawnAgainSlightlyOffset()
    {
        // Fake bold as report generators write it: the whole run "P U R C H A S E" drawn, then drawn again 0.6 pt right.
        const string Run = "(P U R C H A S E  O R D E R) Tj";
        var content = $"BT /F1 20 Tf 100 700 Td {Run} ET BT /F1 20 Tf 100.6 700 Td {Run} ET BT /F1 10 Tf 100 650 Td (Qty 12) Tj ET";
        var pdf = PdfTestFiles.Build(
            PdfTestFiles.Obj("<< /Type /Catalog /Pages 2 0 R >>"),
            PdfTestFiles.Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            PdfTestFiles.Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            PdfTestFiles.Stream("", System.Text.Encoding.Latin1.GetBytes(content)),
            PdfTestFiles.Obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));

        var text = DocumentDecoder.Open("bold.pdf", pdf).Pages().Single().TextLayer!;

        var letters = string.Concat(text.Words.Select(w => w.Text));
        Assert.Equal("PURCHASEORDERQty12", letters);
    }

    [Fact]
    public void Decode_ReadsTheWholeTextLayerWithPoppler_WhenPdfPigLostGlyphsOfAStringStartingWithFeFf()
    {
        // Glyph codes FE FF open a string (font subsets number their glyphs): PdfPig takes them for a UTF-16
        // byte-order mark and shows nothing, so "Ref þÿ42" would read "Ref 42" at full confidence.
        const string Content = "BT /F1 12 Tf 100 700 Td (Ref ) Tj (\\376\\377) Tj (42) Tj ET BT /F1 12 Tf 100 650 Td (Qty 12) Tj ET";
        var pdf = PdfTestFiles.Build(
            PdfTestFiles.Obj("<< /Type /Catalog /Pages 2 0 R >>"),
            PdfTestFiles.Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            PdfTestFiles.Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            PdfTestFiles.Stream("", System.Text.Encoding.Latin1.GetBytes(Content)),
            PdfTestFiles.Obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));

        var page = DocumentDecoder.Open("lost.pdf", pdf).Pages().Single();

        Assert.Contains("pdf_text_lost_glyphs", page.Operations);
        Assert.Contains("pdf_text:pdftotext", page.Operations);
        var text = page.TextLayer!;
        Assert.Equal(["Ref", "þÿ42", "Qty", "12"], text.Words.Select(w => w.Text));
        Assert.True(text.Words[0].Box.X < text.Words[1].Box.X && text.Words[1].Box.Bottom < text.Words[2].Box.Y + 5);
    }

    [Fact]
    public void Decode_NumbersLinesTopToBottom_WithWordsLeftToRight()
    {
        var text = Samples.Decode("pdfpig__LKR824191.pdf")[0].TextLayer!;

        Assert.Equal(text.Lines.Count, text.Words.Max(w => w.Line) + 1);
        for (var i = 1; i < text.Lines.Count; i++)
        {
            Assert.True(text.Lines[i].Box.CenterY >= text.Lines[i - 1].Box.Y, $"line {i} is above line {i - 1}");
        }

        Assert.All(text.Lines, line => Assert.Equal(line.Words.OrderBy(w => w.Box.X).Select(w => w.Box.X), line.Words.Select(w => w.Box.X)));
        Assert.Contains(text.Lines, line => line.Text.Contains("Kreeditarve", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_KeepsAGoodScannerOcrLayer_AndItsWordsFallOnTheScannedInk()
    {
        // Ricoh MFP scan with an invisible OCR layer, page /Rotate 270.
        var file = "pdfjs__issue5747.pdf";
        var page = Samples.Decode(file)[0];

        Assert.Contains("pdf_text_layer:good", page.Operations);
        Assert.Equal(270, page.Rotation);
        Assert.Contains("consetetur", page.TextLayer!.Words.Select(w => w.Text)); // not "consetur": letters are not merged
        AssertWordsOnInk(file, page.TextLayer);
    }

    [Fact]
    public void Decode_GivesUprightWordBoxes_WhenPageHasRotate90()
    {
        var work = Directory.CreateTempSubdirectory("pdf-rotate-");
        try
        {
            var source = Path.Combine(work.FullName, "in.pdf");
            var rotated = Path.Combine(work.FullName, "rotated.pdf");
            File.WriteAllBytes(source, Samples.Read("pdfpig__issue_1331.pdf"));
            PdfTestFiles.Run("qpdf", "--rotate=+90", source, rotated);

            var upright = Samples.Decode("pdfpig__issue_1331.pdf")[0].TextLayer!;
            var page = DocumentDecoder.Open("rotated.pdf", File.ReadAllBytes(rotated)).Pages().Single();
            var turned = page.TextLayer!;

            Assert.Equal(90, page.Rotation);
            Assert.Equal((upright.Height, upright.Width), (turned.Width, turned.Height));
            var before = upright.Words.First(w => w.Text == "7008605").Box;
            var after = turned.Words.First(w => w.Text == "7008605").Box;

            // Turning clockwise by 90 maps (x, y) to (H - y, x); the word now runs down the page.
            Assert.InRange(after.X, upright.Height - before.Bottom - 3, upright.Height - before.Bottom + 3);
            Assert.InRange(after.Y, before.X - 3, before.X + 3);
            Assert.True(after.Height > after.Width);
            AssertWordsOnInk(File.ReadAllBytes(rotated), turned);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void AssertWordsOnInk(string sample, PageText text) => AssertWordsOnInk(Samples.Read(sample), text);

    /// <summary>Renders the page as poppler shows it and checks nearly every word box covers dark pixels.</summary>
    private static void AssertWordsOnInk(byte[] pdf, PageText text)
    {
        var (render, _) = PdfRenderer.Render("ink.pdf", pdf, text.Number, 300, TimeSpan.FromSeconds(60));
        Assert.InRange(render.Width, text.Width - 2, text.Width + 2);
        Assert.InRange(render.Height, text.Height - 2, text.Height + 2);
        var inked = text.Words.Count(w => HasInk(render, w.Box));
        Assert.True(inked >= 0.9 * text.Words.Count, $"only {inked} of {text.Words.Count} word boxes cover ink");
    }

    private static bool HasInk(GrayImage image, PixelBox box)
    {
        for (var y = box.Y; y < Math.Min(box.Bottom, image.Height); y++)
        {
            for (var x = box.X; x < Math.Min(box.Right, image.Width); x++)
            {
                if (image[x, y] < 128)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
