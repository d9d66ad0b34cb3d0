using System.Globalization;
using System.Runtime.CompilerServices;
using DocIntake.Core.Errors;
using DocIntake.Imaging.Decoding;

namespace DocIntake.Imaging.Tests.Decoding;

/// <summary>
/// Every raster sample of shared/samples-external (and extended/) against its expected outcome, written out per file
/// from the MANIFESTs and checked against libtiff's tiffinfo: pages as "WxH@dpiXxdpiY" joined by '|' (upright size,
/// resolution as the file states it, 0 when absent), or the error kind. PDFs belong to the PDF decoder's tests.
/// </summary>
public sealed class SampleCorpusTests
{
    public static TheoryData<string, string> Expectations { get; } = new()
    {
        // Fax: G3 1-D standard 204x98, fine 204x196 multi-page (PageNumber total 0 quirk), G3 MH (compression 2), G4.
        { "libtiffnet__g3test.tif", "1728x1103@204x98" },
        { "libtiffnet__fax2d.tif", "1728x1082@204x98" },
        { "pillow__total-pages-zero.tif", "1728x2156@204x196|1728x2156@204x196|1728x2156@204x196" },
        { "commonsimaging__1pagefax.tif", "1728x1146@204x98" },
        { "twelvemonkeys__g3aoe.tif", "1728x2328@204x196" }, // premature EOLs: libtiff route
        { "libtiffnet__G3_Premature_EOL.tif", "1728x2320@300x300" }, // ImageSharp fails, libtiff reads the whole form
        { "libtiffnet__CCITT_1.TIF", "1728x2376@200x200" },
        { "libtiffnet__CCITT_2.TIF", "1728x2376@200x200" },
        { "libtiffnet__CCITT_3.TIF", "1728x2376@200x200" },
        { "libtiffnet__CCITT_4.TIF", "1728x2376@200x200" },
        { "libtiffnet__CCITT_5.TIF", "1728x2376@200x200" },
        { "libtiffnet__CCITT_6.TIF", "1728x2376@200x200" },
        { "libtiffnet__CCITT_7.TIF", "1728x2376@200x200" },
        { "libtiffnet__CCITT_8.TIF", "1728x2376@200x200" },
        { "libtiffnet__G31D.TIF", "2464x3248@300x300" },
        { "libtiffnet__G32DS.TIF", "2464x3248@300x300" }, // G3 2-D: libtiff route
        { "libtiffnet__G4.TIF", "2464x3248@300x300" },
        { "commonsimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_small_CCITT_T.4_1D_fill.tiff", "300x225@0x0" },
        { "commonsimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_small_CCITT_T.4_2D_fill.tiff", "300x225@0x0" },
        { "commonsimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_small_CCITT_T.4_2D_no_fill.tiff", "300x225@0x0" },
        { "commonsimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_small_CCITT_T.6.tiff", "300x225@0x0" },

        // Bilevel scans: G4 at various resolutions, wrong DPI tags kept as stated, min-is-black, StripByteCounts=0.
        { "libtiffnet__2.tif", "2040x3360@240x240" },
        { "libtiffnet__bitonal.tif", "1710x709@200x200" },
        { "leptonica__feyn.tif", "2528x3300@300x300" },
        { "leptonica__form1.tif", "390x516@300x300" },
        { "leptonica__form2.tif", "394x510@300x300" },
        { "leptonica__pageseg1.tif", "2560x3300@300x300" },
        { "leptonica__pageseg2.tif", "2560x3300@300x300" },
        { "leptonica__scots-frag.tif", "2900x3200@300x300" },
        { "leptonica__table.15.tif", "1172x1600@150x150" },
        { "leptonica__table.27.tif", "1187x1625@150x150" },
        { "leptonica__tickets.tif", "4123x5556@72x72" },
        { "leptonica__witten.tif", "2293x3106@1200x1200" },
        { "libtiffnet__StripoffsetsAboveShortMaxValue.tif", "4963x3609@300x300" },
        { "pillow__g4-multi.tiff", "3307x4677@400x400|3307x4677@400x400|3307x4677@400x400" },
        { "pillow__pport_g4.tif", "2548x3296@200x200" },
        { "tesseract__8071_093.3B.tif", "3312x2550@300x300" },
        { "tesseract__8087_054.3B.tif", "2560x3300@300x300" }, // no ResolutionUnit tag: inch, the TIFF default
        { "tesseract__eurotext.tif", "1024x800@300x300" },
        { "tesseract__phototest.tif", "640x480@200x200" },
        { "twelvemonkeys__scan-mono-iccgray.tif", "2408x3436@300x300" },
        { "twelvemonkeys__CCITT-G4-300dpi-StripByteCounts0.tif", "2480x3507@300x300" },
        { "twelvemonkeys__fivepages-scan-causingerrors.tif", "2480x3518@300x300|2480x3520@300x300|2480x3517@300x300|2480x3513@300x300|2484x3515@300x300" },
        { "commonsimaging__Imaging247.TIFF", "2388x1700@200x200" },

        // Orientation tag 1-8: all upright 590x88 (5-8 are stored 88x590).
        { "pillow__g4_orientation_1.tif", "590x88@96x96" },
        { "pillow__g4_orientation_2.tif", "590x88@96x96" },
        { "pillow__g4_orientation_3.tif", "590x88@96x96" },
        { "pillow__g4_orientation_4.tif", "590x88@96x96" },
        { "pillow__g4_orientation_5.tif", "590x88@96x96" },
        { "pillow__g4_orientation_6.tif", "590x88@96x96" },
        { "pillow__g4_orientation_7.tif", "590x88@96x96" },
        { "pillow__g4_orientation_8.tif", "590x88@96x96" },

        // Colour, palette and JPEG-in-TIFF.
        { "twelvemonkeys__scan-lzw-8bit-colormap.tiff", "2550x3300@300x300" },
        { "libtiffnet__multipage.tif", "184x808@150x150|149x140@96x96|128x128@300x300" },
        { "libtiffnet__doc-1211625-8-1.tiff", "1216x380@152x152|1216x380@152x152" },
        { "libtiffnet__0002.tif", "4961x7016@600x600" }, // old-style JPEG, 35 Mpx: libtiff route
        { "twelvemonkeys__xerox-jpeg-ycbcr-weird-coefficients.tif", "2482x3520@300x300" },
        { "tesseract__phototestrot.tif", "480x640@200x200" },

        // Old-style JPEG whose strips libtiff cannot reassemble (native tiffcp fails too): a clean refusal.
        { "twelvemonkeys__old-style-jpeg-multiple-strips.tif", "bad_input" },

        // PNG: pHYs in px/m converted; no pHYs or unit "unknown" gives 0.
        { "invoice2data__FlipkartInvoice.png", "789x557@96x96" },
        { "invoice2data__SammyMaystoneLinesTest.png", "1700x2200@200x200" },
        { "invoice2data__AmazonWebServices.png", "2975x3850@350x350" },
        { "invoice2data__oyo.png", "2892x4093@350x350" },
        { "leptonica__patent.png", "2320x3408@300x300" },
        { "leptonica__keystone.png", "1135x1768@0x0" },
        { "leptonica__rabi.png", "2528x3300@0x0" },
        { "ocrmypdf__baiona_colormapped.png", "640x682@0x0" },
        { "ocrmypdf__baiona_alpha.png", "640x682@0x0" },
        { "ocrmypdf__typewriter.png", "4000x2864@0x0" },
        { "rapidocr__text_vertical_words.png", "834x2036@144x144" },
        { "tesseract__phototest-rotated-180.png", "640x480@200x200" },
        { "tesseract__phototest-rotated-L.png", "480x640@200x200" },
        { "tesseract__phototest-rotated-R.png", "480x640@200x200" },

        // JPEG: JFIF density in dpi, JFIF aspect-only gives 0 unless EXIF states a resolution; CMYK; EXIF orientation 3.
        { "easyocr__japanese.jpg", "555x418@240x240" },
        { "leptonica__1555.003.jpg", "927x1390@0x0" },
        { "leptonica__1555.007.jpg", "944x1472@0x0" },
        { "leptonica__boxedpage.jpg", "412x486@75x75" },
        { "leptonica__contrast-orig-60.jpg", "506x660@0x0" },
        { "leptonica__lighttext.jpg", "1404x840@0x0" },
        { "leptonica__underline1.jpg", "640x480@0x0" },
        { "leptonica__w91frag.jpg", "844x628@0x0" },
        { "leptonica__zanotti-78.jpg", "1052x1524@150x150" },
        { "ndl__1029114_5.jpg", "1600x1200@0x0" },
        { "ndl__1029114_7.jpg", "1600x1200@0x0" },
        { "ocrmypdf__baiona_cmyk.jpg", "640x682@200x200" },
        { "rapidocr__img_exif_orientation.jpg", "752x306@72x72" },
        { "rapidocr__japan.jpg", "976x424@144x144" },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Decode_GivesExpectedPagesOrError_ForEverySample(string file, string expected)
    {
        var bytes = Samples.Read(file);
        if (expected == "bad_input")
        {
            var error = Assert.ThrowsAny<BadInputException>(() => DocumentDecoder.Open(file, bytes).Pages().ToList());
            Assert.IsNotType<LimitExceededException>(error);
            Assert.Equal(file, error.FileName);
            return;
        }

        var document = DocumentDecoder.Open(file, bytes);
        var pages = document.Pages().ToList();
        var actual = string.Join('|', pages.Select(p => string.Create(
            CultureInfo.InvariantCulture, $"{p.Image!.Width}x{p.Image.Height}@{p.Image.DpiX}x{p.Image.DpiY}")));

        Assert.Equal(expected, actual);
        Assert.Equal(pages.Count, document.PageCount);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            Assert.Equal(i + 1, page.Number);
            Assert.Null(page.TextLayer);
            Assert.Contains(page.Operations, o => o.StartsWith("decode:", StringComparison.Ordinal));
            Assert.True(Samples.DarkFraction(page.Image!) < 0.99, $"page {page.Number} is all black: an inverted or garbage decode");
        }
    }

    [Fact]
    public void Expectations_NameEveryRasterSample_InBothFolders()
    {
        string[] extensions = [".tif", ".tiff", ".png", ".jpg", ".jpeg", ".bmp", ".gif"];
        var onDisk = new[] { Samples.Folder, Path.Combine(Samples.Folder, "extended") }
            .SelectMany(Directory.GetFiles)
            .Where(f => extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = Expectations.Select(row => (string)row[0]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(onDisk, listed);
    }
}

/// <summary>The shared real-world samples (next to the repository on developer machines and in CI).</summary>
internal static class Samples
{
    public static string Folder { get; } = Find();

    public static byte[] Read(string name)
    {
        var direct = Path.Combine(Folder, name);
        return File.ReadAllBytes(File.Exists(direct) ? direct : Path.Combine(Folder, "extended", name));
    }

    public static List<DecodedPage> Decode(string name, DecodeOptions? options = null) =>
        DocumentDecoder.Open(name, Read(name), options).Pages().ToList();

    public static double DarkFraction(Core.Pages.GrayImage image) =>
        (double)image.Pixels.Count(p => p < 128) / image.Pixels.Length;

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOCINTAKE_SAMPLES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "samples-external");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("shared/samples-external not found above the repository; set DOCINTAKE_SAMPLES.");
    }
}
