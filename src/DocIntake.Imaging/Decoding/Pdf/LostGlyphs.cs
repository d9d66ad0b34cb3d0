using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// PdfPig 0.1.16 reads a literal string shown as text that starts with the bytes FE FF as UTF-16 with a byte-order
/// mark (right for metadata, wrong for glyph codes): "(\376\377) Tj", two glyphs of a font subset (特殊 in "特殊ナット"
/// from a ReportLab PDF), yields no letters, and the letters after it are placed where the lost ones stood
/// (UglyToad/PdfPig#688). Such a page's letters are incomplete though every one of them is right; poppler reads the
/// same page whole.
/// </summary>
internal static class LostGlyphs
{
    public static bool In(Page page) => page.Operations.Any(op => op switch
    {
        ShowText { Text: { } text } => Decoded(text),
        ShowTextsWithPositioning tj => tj.Array.Any(t => t is StringToken { Data: { } data } && Decoded(data)),
        _ => false,
    });

    /// <summary>Glyph codes come out as one Latin-1 character per byte; nothing, or anything wider, means UTF-16 decoding.</summary>
    private static bool Decoded(string text) => text.Length == 0 || text.Any(c => c > '\u00ff');
}
