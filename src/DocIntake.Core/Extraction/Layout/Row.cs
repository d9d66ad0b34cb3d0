using DocIntake.Core.Pages;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>A visual row of one page: tokens whose boxes overlap vertically, left to right, cut into segments.</summary>
internal sealed class Row(int index, int page, IReadOnlyList<Token> tokens, IReadOnlyList<Segment> segments)
{
    public int Index { get; } = index;

    public int Page { get; } = page;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public IReadOnlyList<Segment> Segments { get; } = segments;

    public PixelBox Box { get; } = tokens.Select(t => t.Box).Aggregate((a, b) => a.Union(b));

    /// <summary>Median token height: the row's character size.</summary>
    public int CharHeight { get; } = Median(tokens.Select(t => t.Box.Height));

    public string Compact => string.Concat(Tokens.Select(t => t.Text));

    /// <summary>The whole row as one segment (for header rows and table rows, where gaps do not matter).</summary>
    public Segment AsSegment() => new(Tokens, Index);

    public override string ToString() => string.Join(" | ", Segments.Select(s => s.Text));

    internal static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
