using DocIntake.Core.Pages;

namespace DocIntake.Core.Tests.Extraction;

/// <summary>Builds a PageText the way a reader would deliver it: words with boxes laid out from text placed at (x, y).</summary>
internal sealed class PageBuilder(int number = 1, int width = 1700, int height = 2400, string source = "pdf_text")
{
    private const int CharHeight = 30;
    private readonly List<TextWord> words = [];
    private readonly List<RulingLine> rulings = [];
    private int line;

    /// <summary>Places text with its left edge at x and top at y; words are split at spaces.</summary>
    public PageBuilder Text(int x, int y, string text, double confidence = 1.0)
    {
        var cx = x;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = Width(word);
            words.Add(new TextWord(word, confidence, new PixelBox(cx, y, w, CharHeight), line, 0));
            cx += w + (CharHeight / 2);
        }

        line++;
        return this;
    }

    /// <summary>
    /// Places words as OCR cuts them: a single space is a cut where nothing is printed, a double space a blank the engine
    /// saw (<see cref="TextWord.SpaceBefore"/>).
    /// </summary>
    public PageBuilder Cut(int x, int y, string text, double confidence = 1.0)
    {
        var cx = x;
        foreach (var (group, g) in text.Split("  ", StringSplitOptions.RemoveEmptyEntries).Select((group, g) => (group, g)))
        {
            foreach (var (word, i) in group.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((word, i) => (word, i)))
            {
                var w = Width(word);
                words.Add(new TextWord(word, confidence, new PixelBox(cx, y, w, CharHeight), line, 0, SpaceBefore: g > 0 && i == 0));
                cx += w + (CharHeight / 4);
            }
        }

        line++;
        return this;
    }

    /// <summary>Places text so that it ends at x (right-aligned numbers).</summary>
    public PageBuilder Right(int x, int y, string text, double confidence = 1.0) => Text(x - Width(text.Replace(" ", string.Empty, StringComparison.Ordinal)), y, text, confidence);

    /// <summary>Places one word with a box of its own size (a ruling remnant read as "|", a word spanning two cells).</summary>
    public PageBuilder Word(int x, int y, int width, int height, string text, double confidence = 1.0)
    {
        words.Add(new TextWord(text, confidence, new PixelBox(x, y, width, height), line++, 0));
        return this;
    }

    /// <summary>Places words on one OCR line, each at its own x (a line read over another, as OCR can).</summary>
    public PageBuilder Line(int y, double confidence, params (int X, string Text)[] placed)
    {
        words.AddRange(placed.Select(p => new TextWord(p.Text, confidence, new PixelBox(p.X, y, Width(p.Text), CharHeight), line, 0)));
        line++;
        return this;
    }

    public PageBuilder Vertical(int x, int top, int bottom, int width = 2)
    {
        rulings.Add(new RulingLine(false, new PixelBox(x, top, width, bottom - top)));
        return this;
    }

    public PageBuilder Horizontal(int y, int left, int right)
    {
        rulings.Add(new RulingLine(true, new PixelBox(left, y, right - left, 2)));
        return this;
    }

    public PageText Build() => new()
    {
        Number = number,
        Width = width,
        Height = height,
        Source = source,
        Words = words,
        Lines = PageText.GroupLines(words),
        Rulings = rulings,
        MeanConfidence = words.Count == 0 ? 0 : words.Average(w => w.Confidence),
    };

    private static int Width(string word) => word.Sum(c => c < 0x2E80 ? CharHeight * 6 / 10 : CharHeight);
}
