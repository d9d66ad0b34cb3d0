using DocIntake.Core.Pages;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Util;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Words of a PDF text layer in page pixels. PdfPig already applies /Rotate, so its coordinates are those of
/// the upright page (points, origin bottom-left).
/// </summary>
internal static class PdfTextLayer
{
    /// <summary>
    /// Words from the (de-duplicated) letters, whitespace-only words dropped, long CJK runs split. PdfPig's default
    /// extractor is fast but leaves turned text (a page with /Rotate 90) as single letters; the nearest-neighbour
    /// one groups any direction.
    /// </summary>
    public static List<Word> ExtractWords(IReadOnlyList<Letter> letters)
    {
        var turned = letters.Count(l => l.TextOrientation != TextOrientation.Horizontal);
        IWordExtractor extractor = turned > letters.Count / 10 ? NearestNeighbourWordExtractor.Instance : DefaultWordExtractor.Instance;
        return extractor.GetWords(letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .SelectMany(CjkWordSplitter.Split)
            .ToList();
    }

    public static PageText Build(int number, double pageWidth, double pageHeight, int dpi, IReadOnlyList<Word> words, double confidence, int rotation)
    {
        var scale = PdfTextScale.PixelsPerPoint(dpi);
        var width = Math.Max(1, (int)Math.Round(pageWidth * scale));
        var height = Math.Max(1, (int)Math.Round(pageHeight * scale));
        return Build(number, width, height, words.Select(w => ToPixels(w, pageHeight, scale, width, height)).ToList(), confidence, rotation);
    }

    /// <summary>A page of words already placed in pixels (upright, <paramref name="width"/> × <paramref name="height"/>).</summary>
    public static PageText Build(int number, int width, int height, List<PlacedWord> placed, double confidence, int rotation)
    {
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
        // The box of turned text is itself turned: take the extent of its four corners.
        var box = word.BoundingBox;
        double[] xs = [box.TopLeft.X, box.TopRight.X, box.BottomLeft.X, box.BottomRight.X];
        double[] ys = [box.TopLeft.Y, box.TopRight.Y, box.BottomLeft.Y, box.BottomRight.Y];
        var left = Math.Clamp((int)Math.Floor(xs.Min() * scale), 0, width - 1);
        var right = Math.Clamp((int)Math.Ceiling(xs.Max() * scale), left + 1, width);
        var top = Math.Clamp((int)Math.Floor((pageHeight - ys.Max()) * scale), 0, height - 1);
        var bottom = Math.Clamp((int)Math.Ceiling((pageHeight - ys.Min()) * scale), top + 1, height);
        var pixels = PixelBox.FromCorners(left, top, right, bottom);

        // Reading frame: lines follow each other along "line", words along "along", both increasing in reading order.
        var startX = word.Letters[0].StartBaseLine.X * scale;
        var startY = (pageHeight - word.Letters[0].StartBaseLine.Y) * scale;
        var (orientation, line, along, size) = word.TextOrientation switch
        {
            TextOrientation.Rotate90 => (1, -startX, startY, pixels.Width),
            TextOrientation.Rotate180 => (2, -startY, -startX, pixels.Height),
            TextOrientation.Rotate270 => (3, startX, -startY, pixels.Width),
            _ => (0, startY, startX, pixels.Height),
        };
        return new PlacedWord(word.Text, pixels, orientation, line, along, size);
    }
}

/// <summary>A word in page pixels with its place in reading order (see <see cref="LineGrouper"/>).</summary>
internal sealed record PlacedWord(string Text, PixelBox Box, int Orientation, double Line, double Along, double Size);
