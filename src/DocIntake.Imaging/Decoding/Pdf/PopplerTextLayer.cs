using System.Globalization;
using System.Xml;
using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// The words of one page's text layer as poppler reads them (<c>pdftotext -bbox</c>: word boxes in points, origin top
/// left), for pages whose letters PdfPig lost (<see cref="LostGlyphs"/>). Upright pages only.
/// </summary>
internal static class PopplerTextLayer
{
    public static List<PlacedWord>? Read(byte[] pdf, int page, double scale, int width, int height, TimeSpan timeout)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var run = PdfRenderer.Run("pdftotext", ["-f", number, "-l", number, "-bbox", "-enc", "UTF-8", "-", "-"], pdf, timeout);
        if (run.Output is not { } xhtml)
        {
            return null;
        }

        var words = new List<PlacedWord>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xhtml), settings);
            while (reader.ReadToFollowing("word", "http://www.w3.org/1999/xhtml"))
            {
                double At(string name) => double.Parse(reader.GetAttribute(name) ?? "0", CultureInfo.InvariantCulture) * scale;
                var (left, top, right, bottom) = (At("xMin"), At("yMin"), At("xMax"), At("yMax"));
                var text = reader.ReadElementContentAsString();
                if (!string.IsNullOrWhiteSpace(text))
                {
                    words.AddRange(Split(text, left, top, right, bottom, width, height));
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        return words;
    }

    /// <summary>
    /// A Japanese run split where <see cref="CjkWordSplitter"/> splits PdfPig's words (after 。：）, before （), each
    /// part given its share of the box by characters: full-width text is evenly spaced.
    /// </summary>
    private static IEnumerable<PlacedWord> Split(string text, double left, double top, double right, double bottom, int width, int height)
    {
        var cuts = new List<int> { 0 };
        for (var i = 1; i < text.Length; i++)
        {
            if (text.Any(CjkWordSplitter.IsCjk) && CjkWordSplitter.IsBoundary(text[i - 1].ToString(), text[i].ToString()))
            {
                cuts.Add(i);
            }
        }

        cuts.Add(text.Length);
        var perChar = (right - left) / text.Length;
        for (var c = 0; c + 1 < cuts.Count; c++)
        {
            var x0 = left + (cuts[c] * perChar);
            var x1 = left + (cuts[c + 1] * perChar);
            var l = Math.Clamp((int)Math.Floor(x0), 0, width - 1);
            var r = Math.Clamp((int)Math.Ceiling(x1), l + 1, width);
            var t = Math.Clamp((int)Math.Floor(top), 0, height - 1);
            var b = Math.Clamp((int)Math.Ceiling(bottom), t + 1, height);
            var box = PixelBox.FromCorners(l, t, r, b);
            yield return new PlacedWord(text[cuts[c]..cuts[c + 1]], box, 0, bottom, x0, box.Height);
        }
    }
}
