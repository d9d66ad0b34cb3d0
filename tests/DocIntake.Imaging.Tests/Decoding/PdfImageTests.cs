using DocIntake.Core.Errors;
using DocIntake.Core.Pages;
using DocIntake.Imaging.Decoding;
using DocIntake.Imaging.Decoding.Pdf;
using UglyToad.PdfPig.Tokens;
using static DocIntake.Imaging.Tests.Decoding.PdfTestFiles;

namespace DocIntake.Imaging.Tests.Decoding;

public sealed class PdfImageTests
{
    [Theory]
    [InlineData("ocrmypdf__jbig2.pdf", "jbig2")]
    [InlineData("ocrmypdf__lichtenstein.pdf", "jpx")]
    public void Decode_RendersWithPoppler_WhenImageIsJbig2OrJpx(string file, string reason)
    {
        var page = Samples.Decode(file).Single();

        Assert.Contains($"pdf_render_reason:{reason}", page.Operations);
        Assert.Contains("pdf_render:pdftoppm:300", page.Operations);
        Assert.Equal(300, page.Image!.DpiX);
        Assert.InRange(Samples.DarkFraction(page.Image), 0.01, 0.99); // drawn, not blank
    }

    [Theory]
    [InlineData("ocrmypdf__ccitt.pdf")]
    [InlineData("ocrmypdf__epson.pdf")]
    public void Decode_MatchesPopplersDecoding_ForCcittTakenOutAsStored(string file)
    {
        var page = Samples.Decode(file).Single();
        Assert.Contains("pdf_image:ccitt:pdfpig", page.Operations);

        // poppler's pdfimages writes the same stored image through its own CCITT decoder.
        var work = Directory.CreateTempSubdirectory("pdf-images-");
        try
        {
            var source = Path.Combine(work.FullName, "in.pdf");
            File.WriteAllBytes(source, Samples.Read(file));
            Run("pdfimages", "-png", source, Path.Combine(work.FullName, "img"));
            using var reference = SixLabors.ImageSharp.Image.Load<SixLabors.ImageSharp.PixelFormats.L8>(Path.Combine(work.FullName, "img-000.png"));
            var expected = new GrayImage(reference.Width, reference.Height);
            reference.CopyPixelDataTo(expected.Pixels);

            Assert.True(Mismatch(page.Image!, expected) < 0.001, "the extracted CCITT image differs from poppler's decoding");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public static TheoryData<string, int, int> Placements { get; } = new()
    {
        // Matrix mapping the image's unit square, page width, page height (image 60x30, one sample a point).
        { "60 0 0 30 0 0", 60, 30 },    // upright
        { "-60 0 0 30 60 0", 60, 30 },  // mirrored left-right
        { "60 0 0 -30 0 30", 60, 30 },  // mirrored top-bottom
        { "-60 0 0 -30 60 30", 60, 30 }, // turned 180
        { "0 -60 30 0 0 60", 30, 60 },  // turned 90
        { "0 60 -30 0 30 0", 30, 60 },  // turned 270
        { "0 60 30 0 0 0", 30, 60 },    // transposed
    };

    [Theory]
    [MemberData(nameof(Placements))]
    public void Decode_TurnsTheStoredImageAsDrawn_ForEveryRightAnglePlacement(string matrix, int pageWidth, int pageHeight)
    {
        const int width = 60, height = 30;
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        for (var y = 2; y < 12; y++)
        {
            for (var x = 3; x < 25; x++)
            {
                pixels[(y * width) + x] = 0; // a bar near the first sample, to see turns and mirrors
            }
        }

        pixels[(25 * width) + 55] = 0;
        var pdf = ImagePage(pageWidth, pageHeight, width, height, pixels, matrix);

        var page = DocumentDecoder.Open("placed.pdf", pdf).Pages().Single();
        var (render, _) = PdfRenderer.Render("placed.pdf", pdf, 1, 72, TimeSpan.FromSeconds(60));

        Assert.StartsWith("pdf_image:flate:pdfpig", page.Operations.First(o => o.StartsWith("pdf_image:", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal((render.Width, render.Height), (page.Image!.Width, page.Image.Height));
        Assert.Equal(72, page.Image.DpiX, 1);
        Assert.True(Mismatch(page.Image, render) < 0.02, $"the image differs from poppler's rendering for {matrix}");
    }

    [Fact]
    public void Decode_ReportsNonSquareResolution_WhenImageIsPlacedAt200By100()
    {
        var image = Samples.Decode("ocrmypdf__aspect.pdf").Single().Image!;

        Assert.Equal((1000, 400), (image.Width, image.Height));
        Assert.Equal(200, image.DpiX, 1);
        Assert.Equal(100, image.DpiY, 1);
    }

    [Fact]
    public void CcittByteAlignedOrUnknown_IsTrue_OnlyWhenEncodedByteAlignIsSet()
    {
        static DictionaryToken Image(IToken filter, IToken? parms)
        {
            var entries = new Dictionary<NameToken, IToken> { [NameToken.Filter] = filter };
            if (parms is not null)
            {
                entries[NameToken.DecodeParms] = parms;
            }

            return new DictionaryToken(entries);
        }

        static DictionaryToken Parms(bool aligned) => new(new Dictionary<NameToken, IToken>
        {
            [NameToken.Create("K")] = new NumericToken(-1),
            [NameToken.Create("EncodedByteAlign")] = aligned ? BooleanToken.True : BooleanToken.False,
        });

        var ccitt = NameToken.Create("CCITTFaxDecode");
        Assert.True(PdfImageDictionary.CcittByteAlignedOrUnknown(Image(ccitt, Parms(true))));
        Assert.False(PdfImageDictionary.CcittByteAlignedOrUnknown(Image(ccitt, Parms(false))));
        Assert.False(PdfImageDictionary.CcittByteAlignedOrUnknown(Image(ccitt, null)));
        Assert.True(PdfImageDictionary.CcittByteAlignedOrUnknown(Image(new ArrayToken([NameToken.Create("FlateDecode"), ccitt]), new ArrayToken([NullToken.Instance, Parms(true)]))));
        Assert.False(PdfImageDictionary.CcittByteAlignedOrUnknown(Image(NameToken.Create("FlateDecode"), Parms(true))));
        Assert.True(PdfImageDictionary.CcittByteAlignedOrUnknown(Image(NameToken.Create("CCF"), new IndirectReferenceToken(new UglyToad.PdfPig.Core.IndirectReference(9, 0)))));
    }

    [Fact]
    public void Decode_RendersInsteadOfPdfPig_WhenCcittImageHasEncodedByteAlign()
    {
        // No sample has EncodedByteAlign: a 16x8 all-white G4 image, each row a byte-aligned vertical-0 code (0x80).
        var data = new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x10, 0x01, 0x00, 0x10, 0x01 };
        var pdf = Build(
            Obj("<< /Type /Catalog /Pages 2 0 R >>"),
            Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 160 80] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>"),
            Stream("", Obj("q 160 0 0 80 0 0 cm /Im0 Do Q")),
            Stream("/Type /XObject /Subtype /Image /Width 16 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 16 /Rows 8 /EncodedByteAlign true >>", data));

        var page = DocumentDecoder.Open("aligned.pdf", pdf).Pages().Single();

        Assert.Contains("pdf_render_reason:ccitt_encoded_byte_align", page.Operations);
        Assert.Contains("pdf_render:pdftoppm:300", page.Operations);
        Assert.Equal(667, page.Image!.Width);
        Assert.InRange(page.Image.Height, 333, 334); // 80 pt at 300 dpi is 333.3 pixels
        Assert.All(page.Image.Pixels, p => Assert.True(p > 200, "the white image must render white"));
    }

    [Fact]
    public void Decode_RefusesBeforeDecoding_WhenImageDeclaresTooManyPixels()
    {
        var error = Assert.Throws<LimitExceededException>(() => Samples.Decode("ocrmypdf__hugemono.pdf"));

        Assert.Equal("pixels per page", error.Limit);
        Assert.Equal(35000L * 35000, error.Actual);
        Assert.Equal(1, error.Page);
    }

    [Fact]
    public void ChooseDpi_LowersResolutionForHugePages_AndRefusesAbsurdOnes()
    {
        Assert.Equal(300, PdfRenderer.ChooseDpi("a4.pdf", 1, 595, 842, 300, 100_000_000));

        var poster = PdfRenderer.ChooseDpi("poster.pdf", 1, 8400, 8400, 300, 100_000_000);
        Assert.InRange(poster, PdfRenderer.MinimumDpi, 299);
        Assert.True(Math.Pow(8400 * poster / 72.0, 2) <= 100_000_000);

        var error = Assert.Throws<LimitExceededException>(() => PdfRenderer.ChooseDpi("huge.pdf", 2, 14400, 14400, 300, 10_000_000));
        Assert.Equal("pixels per page", error.Limit);
        Assert.Equal(2, error.Page);
    }

    [Fact]
    public void Decode_GivesAWhitePage_WhenPageDrawsNothing()
    {
        var pdf = Build(
            Obj("<< /Type /Catalog /Pages 2 0 R >>"),
            Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"));

        var page = DocumentDecoder.Open("empty.pdf", pdf).Pages().Single();

        Assert.Contains("pdf_blank_page", page.Operations);
        Assert.Equal((850, 1100), (page.Image!.Width, page.Image.Height));
        Assert.All(page.Image.Pixels, p => Assert.Equal(255, p));
    }

    /// <summary>
    /// Share of pixels where one image is dark and the other light, at the best shift of up to a pixel each way
    /// (poppler may place a scan half a pixel off the sample grid; a turned or mirrored image would differ by far more).
    /// </summary>
    private static double Mismatch(GrayImage a, GrayImage b)
    {
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        var best = int.MaxValue;
        for (var dy = -1; dy <= 1; dy++)
        {
            for (var dx = -1; dx <= 1; dx++)
            {
                var differing = 0;
                for (var y = 1; y < a.Height - 1; y++)
                {
                    var rowA = a.Row(y);
                    var rowB = b.Row(y + dy);
                    for (var x = 1; x < a.Width - 1; x++)
                    {
                        if (rowA[x] < 128 != rowB[x + dx] < 128)
                        {
                            differing++;
                        }
                    }
                }

                best = Math.Min(best, differing);
            }
        }

        return (double)best / a.Pixels.Length;
    }
}
