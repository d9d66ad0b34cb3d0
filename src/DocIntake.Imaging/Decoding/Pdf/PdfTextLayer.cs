using DocIntake.Core.Pages;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Words of a PDF text layer in page pixels. PdfPig already applies /Rotate, so its coordinates are those of
/// the upright page (points, origin bottom-left).
/// </summary>
internal static class PdfTextLayer
{
    /// <summary>Words from the (de-duplicated) letters, whitespace-only words dropped, long CJK runs split.</summary>
    public static List<Word> ExtractWords(IReadOnlyList<Letter> letters) =>
        DefaultWordExtractor.Instance.GetWords(letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .SelectMany(CjkWordSplitter.Split)
            .ToList();

    public static PageText Build(int number, double pageWidth, double pageHeight, int dpi, IReadOnlyList<Word> words, double confidence, int rotation)
    {
        var scale = PdfTextScale.PixelsPerPoint(dpi);
        var width = Math.Max(1, (int)Math.Round(pageWidth * scale));
        var height = Math.Max(1, (int)Math.Round(pageHeight * scale));

        var placed = words.Select(w => ToPixels(w, pageHeight, scale, width, height)).ToList();
        var textWords = LineGrouper.Group(placed)
            .SelectMany((line, index) => line.Select(p => new TextWord(p.Text, confidence, p.Box, index, 0)))
            .ToList();

        return new PageText
        {
            Number = number,
            Width = width,
            Height = height,
            Source = "pdf_text",
            Words = textWords,
            Lines = PageText.GroupLines(textWords),
            MeanConfidence = textWords.Count == 0 ? 0 : confidence,
            Rotation = rotation,
        };
    }

    private static PlacedWord ToPixels(Word word, double pageHeight, double scale, int width, int height)
    {
        var box = word.BoundingBox;
        var left = Math.Clamp((int)Math.Floor(box.Left * scale), 0, width - 1);
        var right = Math.Clamp((int)Math.Ceiling(box.Right * scale), left + 1, width);
        var top = Math.Clamp((int)Math.Floor((pageHeight - box.Top) * scale), 0, height - 1);
        var bottom = Math.Clamp((int)Math.Ceiling((pageHeight - box.Bottom) * scale), top + 1, height);
        var baseline = (pageHeight - word.Letters[0].StartBaseLine.Y) * scale;
        return new PlacedWord(word.Text, PixelBox.FromCorners(left, top, right, bottom), baseline);
    }
}

/// <summary>A word in page pixels with its baseline (pixels from the top).</summary>
internal sealed record PlacedWord(string Text, PixelBox Box, double Baseline);
