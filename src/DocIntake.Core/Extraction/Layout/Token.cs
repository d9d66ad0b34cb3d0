using DocIntake.Core.Pages;
using DocIntake.Core.Text;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>
/// A word as the extractor sees it: NFKC text without spaces, its box and confidence, and its page; whether it comes
/// from a PDF's text layer, where a gap between Japanese words is a space the author typed, not OCR's habit; and the
/// text line OCR put it on (-1 when none).
/// </summary>
internal sealed record Token(string Text, PixelBox Box, double Confidence, int Page, bool Typed = false, bool SpaceBefore = false, int Line = -1)
{
    public static Token From(TextWord word, int page, bool typed = false) =>
        new(TextNormalizer.Nfkc(word.Text).Replace(" ", string.Empty, StringComparison.Ordinal), word.Box, word.Confidence, page, typed, word.SpaceBefore, word.Line);

    /// <summary>Splits at a character index; the boxes are shared out in proportion to the characters.</summary>
    public (Token Left, Token Right) SplitAt(int index)
    {
        var cut = Box.X + (int)Math.Round(Box.Width * (double)index / Math.Max(1, Text.Length));
        var left = this with { Text = Text[..index], Box = PixelBox.FromCorners(Box.X, Box.Y, cut, Box.Bottom) };
        var right = this with { Text = Text[index..], Box = PixelBox.FromCorners(cut, Box.Y, Box.Right, Box.Bottom), SpaceBefore = false };
        return (left, right);
    }
}
