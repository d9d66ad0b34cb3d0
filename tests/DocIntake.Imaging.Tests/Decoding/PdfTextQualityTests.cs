using DocIntake.Imaging.Decoding.Pdf;

namespace DocIntake.Imaging.Tests.Decoding;

public sealed class PdfTextQualityTests
{
    [Theory]
    [InlineData("Lorem")]
    [InlineData("ipsum,")]
    [InlineData("PAGE")]
    [InlineData("Kreeditarve")]
    [InlineData("2026/11/25")]
    [InlineData("SPE8EF-26-T-0545")]
    [InlineData("Russell.Keiser@dla.mil")]
    [InlineData("PDFs")]
    [InlineData("Сумма")]
    [InlineData("注文番号：")]
    public void IsPlausible_AcceptsWordsNumbersAndCodes(string token) => Assert.True(WordShape.IsPlausible(token));

    [Theory]
    [InlineData("CyMMa")]     // Cyrillic "Сумма" read as Latin
    [InlineData("Cl>opMa")]
    [InlineData("vote{note")]
    [InlineData("KB8PT8n8")]
    [InlineData("CTp.")]
    [InlineData("sadiμ")]    // Latin with a Greek letter
    public void IsPlausible_RejectsOcrJunk(string token) => Assert.False(WordShape.IsPlausible(token));

    [Fact]
    public void Assess_RejectsByteSwappedText_AndTooLittleTextOverAScan()
    {
        // "Multicolor Black" as UTF-16 read with the wrong byte order (ocrmypdf__cmyk.pdf).
        var swapped = TextLayerQuality.Assess(["䴀甀氀琀椀挀漀氀漀爀", "䈀氀愀挀欀"], overImage: false);
        Assert.Equal("pdf_text_layer:rejected:byte_swapped_text", swapped.Operation);

        var stamp = TextLayerQuality.Assess(["pdf.js"], overImage: true);
        Assert.Equal("pdf_text_layer:rejected:too_little_text", stamp.Operation);

        var unmapped = TextLayerQuality.Assess(["\uE001\uE002\uE003", "ab"], overImage: false);
        Assert.Equal("pdf_text_layer:rejected:unmapped_glyphs", unmapped.Operation);
    }

    [Fact]
    public void Assess_AcceptsBornDigitalText_WithFullConfidence()
    {
        var verdict = TextLayerQuality.Assess(["注文書", "発注番号", "PO-2024-001", "合計", "123,456"], overImage: false);

        Assert.True(verdict.Good);
        Assert.Equal(1.0, verdict.Confidence);
        Assert.Equal("pdf_text_layer:good", verdict.Operation);
    }
}
