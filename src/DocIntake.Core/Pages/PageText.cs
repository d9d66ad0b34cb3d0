namespace DocIntake.Core.Pages;

/// <summary>A word as read from the page: text, confidence 0..1 and box in page pixels.</summary>
/// <param name="Line">Index into <see cref="PageText.Lines"/>.</param>
/// <param name="SpaceBefore">
/// The engine saw a blank before this word on its line. Tesseract cuts Japanese into words where no space is printed
/// (当社|第|二|工場); only its line text (preserve_interword_spaces) tells the printed space ("当社第二工場 資材受入").
/// </param>
public sealed record TextWord(string Text, double Confidence, PixelBox Box, int Line, int Block, bool SpaceBefore = false);

/// <summary>A text line: its words in reading order.</summary>
public sealed record TextLine(PixelBox Box, int Block, IReadOnlyList<TextWord> Words)
{
    /// <summary>The words joined; Japanese fragments are joined without spaces by the text normaliser later.</summary>
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>A table ruling line found on the page (kept as layout when it was removed for OCR).</summary>
public sealed record RulingLine(bool Horizontal, PixelBox Box);

/// <summary>Everything read from one page, whatever the route (OCR or PDF text layer).</summary>
public sealed class PageText
{
    public required int Number { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>"ocr" or "pdf_text".</summary>
    public required string Source { get; init; }

    public IReadOnlyList<TextWord> Words { get; init; } = [];

    public IReadOnlyList<TextLine> Lines { get; init; } = [];

    public IReadOnlyList<RulingLine> Rulings { get; init; } = [];

    /// <summary>Mean word confidence 0..1 (0 for an empty page).</summary>
    public double MeanConfidence { get; init; }

    /// <summary>Clockwise degrees the page was turned to read it upright.</summary>
    public int Rotation { get; init; }

    public IReadOnlyList<string> Operations { get; init; } = [];

    /// <summary>
    /// The page with other words (some re-read): lines regrouped by the words' line index and renumbered in that order,
    /// the change named in <see cref="Operations"/>.
    /// </summary>
    public PageText WithWords(IReadOnlyList<TextWord> words, string operation)
    {
        var rank = words.Select(w => w.Line).Distinct().Order().Select((line, i) => (line, i)).ToDictionary(p => p.line, p => p.i);
        var renumbered = words.Select(w => w with { Line = rank[w.Line] }).ToList();
        return new PageText
        {
            Number = Number,
            Width = Width,
            Height = Height,
            Source = Source,
            Words = renumbered,
            Lines = GroupLines(renumbered),
            Rulings = Rulings,
            MeanConfidence = MeanConfidence,
            Rotation = Rotation,
            Operations = [.. Operations, operation],
        };
    }

    /// <summary>The page with only <paramref name="rulings"/> as its ruling lines.</summary>
    public PageText WithRulings(IReadOnlyList<RulingLine> rulings) => new()
    {
        Number = Number,
        Width = Width,
        Height = Height,
        Source = Source,
        Words = Words,
        Lines = Lines,
        Rulings = rulings,
        MeanConfidence = MeanConfidence,
        Rotation = Rotation,
        Operations = Operations,
    };

    /// <summary>Rebuilds lines from words grouped by their line index, in order.</summary>
    public static IReadOnlyList<TextLine> GroupLines(IReadOnlyList<TextWord> words) =>
        words.GroupBy(w => w.Line)
            .OrderBy(g => g.Key)
            .Select(g => new TextLine(g.Select(w => w.Box).Aggregate((a, b) => a.Union(b)), g.First().Block, g.ToList()))
            .ToList();
}
