using DocIntake.Core.Extraction;
using DocIntake.Core.Pages;
using DocIntake.Imaging.Cleanup;
using DocIntake.Ocr;

namespace DocIntake.Pipeline;

/// <summary>
/// The transmission header a fax machine prints across the top of each page, read again alone as one line. Read as
/// part of the page block, its small fixed-pitch zeros go wrong ("0566 48 7721" read "9566 48 7721" in 5 of 15 G4
/// headers of one generated set); read alone it comes out right. A page fed upside down was turned over to be read,
/// but the machine printed its header upright: that header is now the page's bottom strip, upside down, so the strip
/// is turned back before reading.
/// </summary>
internal static class FaxHeaderReread
{
    /// <summary>Share of the page height the header strip may take (generated and real headers sit in the top 2 %).</summary>
    private const double Band = 0.04;

    public static PageText Apply(PageText page, GrayImage image, OcrEnginePool engines, bool turnedOver)
    {
        var bandHeight = (int)(page.Height * Band);
        var inBand = page.Words
            .Where(w => turnedOver ? w.Box.CenterY > page.Height - bandHeight : w.Box.CenterY < bandHeight)
            .ToList();
        if (inBand.Count == 0)
        {
            return page;
        }

        // The strip from the page edge to the far side of the band's words, full width: the header's own ink only.
        // A line's height of margin below (or above) it: cut close, the first zero read "06566" for "0566".
        var pad = inBand.Max(w => w.Box.Height);
        var top = turnedOver ? Math.Max(0, inBand.Min(w => w.Box.Y) - pad) : 0;
        var bottom = turnedOver ? page.Height : Math.Min(page.Height, inBand.Max(w => w.Box.Bottom) + pad);
        var strip = image.Crop(new PixelBox(0, top, image.Width, bottom - top));
        if (turnedOver)
        {
            strip = ImageTransforms.Rotate(strip, 180);
        }

        PageText read;
        using (var lease = engines.Rent())
        {
            read = lease.Engine.Recognize(strip, new OcrRequest(page.Number, PageSegMode.SingleLine));
        }

        var before = SenderFax.HeaderEvidence(string.Join(' ', inBand.Select(w => w.Text)));
        var after = SenderFax.HeaderEvidence(string.Join(' ', read.Words.Select(w => w.Text)));
        if (after < Math.Max(2, before))
        {
            return page;
        }

        var header = read.Words.Select(w => w with { Box = ToPage(w.Box, top) }).ToList();
        var rest = page.Words.Except(inBand).ToList();
        return page.WithWords(turnedOver ? [.. rest, .. Relined(header, int.MaxValue)] : [.. Relined(header, -1), .. rest], "fax_header_reread");
    }

    /// <summary>
    /// A box read in the strip, in page pixels. A turned strip keeps its own left-to-right order rather than being
    /// mirrored: the words stay in reading order for the layout, and a header is never a field shown on the page.
    /// </summary>
    private static PixelBox ToPage(PixelBox box, int top) => box with { Y = top + box.Y };

    /// <summary>The header as one line of its own, ordered before (or after) the page's lines.</summary>
    private static IEnumerable<TextWord> Relined(List<TextWord> words, int line) =>
        words.OrderBy(w => w.Box.X).Select(w => w with { Line = line, Block = line });
}
