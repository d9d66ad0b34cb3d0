using System.Globalization;
using DocIntake.Core.Errors;
using DocIntake.Imaging.Decoding;

namespace DocIntake.Imaging.Tests.Decoding;

/// <summary>
/// Every PDF of shared/samples-external (and extended/) against its expected outcome per page, from the MANIFESTs:
/// "text:WxH" (text layer, size in pixels at 300 dpi), "image:WxH@dpiXxdpiY" (the page's image taken out as stored),
/// "render:…" (rendered by poppler), "blank:…"; "*N" repeats a page N times; or the error the file must raise.
/// </summary>
public sealed class PdfCorpusTests
{
    public static TheoryData<string, string> Expectations { get; } = new()
    {
        // Born-digital text layers (Japanese, Chinese, Estonian, French, English), one text page per PDF page; /Rotate 270 turns issue5747's page.
        { "pdfjs__issue15340.pdf", "text:2480x3508" },
        { "pdfjs__issue16063.pdf", "text:2550x3300" },
        { "pdfjs__issue8570.pdf", "text:1667x417" },
        { "pdfjs__javauninstall-7r.pdf", "text:2480x3508" },
        { "pdfjs__noembed-sjis.pdf", "text:2479x3508" },
        { "pdfpig__0000851.pdf", "text:2480x3508*5" },
        { "pdfpig__FICTIF_TABLE_INDEX.pdf", "text:2480x3508*14" },
        { "pdfpig__issue_1331.pdf", "text:2479x3508" },
        { "pdfpig__LKR824191.pdf", "text:2480x3507" },
        { "pdfpig__Motor_Insurance_claim_form.pdf", "text:2480x3508*3" },
        { "pdfpig__SPE8EF26T0545.pdf", "text:2550x3300*28" },
        { "pdfjs__vertical.pdf", "text:1039x1338|render:1040x1338@300x300|render:1040x1338@300x300" },

        // A scanner's invisible OCR layer: used when it reads as words (Ricoh Lorem ipsum), else the scan is taken (junk Russian-as-Latin, chart labels, a tiny 'pdf.js' stamp, byte-swapped text).
        { "pdfjs__issue5747.pdf", "text:1748x2480" },
        { "pdfjs__issue12963.pdf", "image:2480x3506@300x300|render:2480x3506@300x300|render:2480x3506@300x300|render:2480x3506@300x300|render:2480x3506@300x300|render:2480x3506@300x300|render:2480x3506@300x300|render:2480x3506@300x300" },
        { "ocrmypdf__graph_ocred.pdf", "image:958x400@96x96" },
        { "pdfjs__scan-bad.pdf", "image:2550x3300@300x300" },
        { "ocrmypdf__cmyk.pdf", "render:900x900@300x300" },

        // Scans taken out as stored, with the resolution of their placement (200x100 stays non-square; an SMask composited on white).
        { "ocrmypdf__2400dpi.pdf", "image:4000x2864@2400x2400" },
        { "ocrmypdf__3small.pdf", "image:640x682@230.4x230.4|image:400x50@200x200|image:4000x2864@1440x1440" },
        { "ocrmypdf__aspect.pdf", "image:1000x400@200x100" },
        { "ocrmypdf__c02-22.pdf", "image:800x981@150x150" },
        { "ocrmypdf__ccitt.pdf", "image:2550x3300@300x300" },
        { "ocrmypdf__epson.pdf", "image:2480x3507@300.1x300.2" },
        { "ocrmypdf__francais.pdf", "image:900x900@300x300" },
        { "ocrmypdf__graph.pdf", "image:958x400@96x96" },
        { "ocrmypdf__kcs.pdf", "image:1914x930@300.2x300.3" },
        { "ocrmypdf__multipage.pdf", "image:800x981@150x150|image:9000x9000@300x300|image:958x400@96x96|image:958x400@96x96|image:612x792@72x72|image:1258x1253@147.4x147.4" },
        { "ocrmypdf__palette.pdf", "image:640x682@96x96" },
        { "ocrmypdf__poster.pdf", "image:2550x3300@102x102" },
        { "pdfjs__issue7229.pdf", "image:1654x2338@200x200|image:1654x2338@200x200" },

        // Rendered by poppler: JBIG2, JPEG 2000, skewed placement, stencil mask.
        { "ocrmypdf__cardinal.pdf", "render:2550x3300@300x300|render:3300x2550@300x300|render:2550x3300@300x300|render:3300x2550@300x300" },
        { "ocrmypdf__jbig2.pdf", "render:2550x3300@300x300" },
        { "ocrmypdf__linn.pdf", "render:2550x3300@300x300" },
        { "ocrmypdf__lichtenstein.pdf", "render:1600x1600@300x300" },
        { "ocrmypdf__rotated_skew.pdf", "render:2550x3300@300x300" },
        { "ocrmypdf__skew.pdf", "render:2550x3300@300x300" },
        { "pdfjs__issue13372.pdf", "render:2480x3509@300x300" },

        // Empty page, broken file, decompression bomb.
        { "ocrmypdf__blank.pdf", "blank:850x1100@100x100" },
        { "ocrmypdf__invalid.pdf", "bad_input" },
        { "ocrmypdf__hugemono.pdf", "limit:pixels per page" },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Decode_GivesExpectedPagesOrError_ForEveryPdfSample(string file, string expected)
    {
        Assert.Equal(expected, Describe(file));
    }

    [Fact]
    public void Expectations_NameEveryPdfSample_InBothFolders()
    {
        var onDisk = new[] { Samples.Folder, Path.Combine(Samples.Folder, "extended") }
            .SelectMany(folder => Directory.GetFiles(folder, "*.pdf"))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = Expectations.Select(row => (string)row[0]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(onDisk, listed);
    }

    private static string Describe(string file)
    {
        List<DecodedPage> pages;
        try
        {
            var document = DocumentDecoder.Open(file, Samples.Read(file));
            pages = document.Pages().ToList();
            Assert.Equal(document.PageCount, pages.Count);
        }
        catch (LimitExceededException e)
        {
            return $"limit:{e.Limit}";
        }
        catch (BadInputException e)
        {
            Assert.Equal(file, e.FileName);
            return "bad_input";
        }

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal(i + 1, pages[i].Number);
            Assert.True(pages[i].Image is null != pages[i].TextLayer is null, "a page is either text or image");
            if (pages[i].TextLayer is { } text)
            {
                Assert.NotEmpty(text.Words);
                Assert.All(text.Words, w => Assert.True(w.Box.X >= 0 && w.Box.Y >= 0 && w.Box.Right <= text.Width && w.Box.Bottom <= text.Height));
            }
        }

        var described = pages.Select(Describe).ToList();
        return described.Count > 2 && described.Distinct().Count() == 1 ? $"{described[0]}*{described.Count}" : string.Join('|', described);
    }

    private static string Describe(DecodedPage page)
    {
        if (page.TextLayer is { } text)
        {
            return string.Create(CultureInfo.InvariantCulture, $"text:{text.Width}x{text.Height}");
        }

        var route = page.Operations.Any(o => o.StartsWith("pdf_render:", StringComparison.Ordinal)) ? "render"
            : page.Operations.Contains("pdf_blank_page") ? "blank"
            : "image";
        var image = page.Image!;
        return string.Create(CultureInfo.InvariantCulture, $"{route}:{image.Width}x{image.Height}@{image.DpiX:0.#}x{image.DpiY:0.#}");
    }
}
