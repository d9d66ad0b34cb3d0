using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>
/// Horizontal line detection and removal on raw row-major bytes, with every size derived from one resolution.
/// A line is a group of per-row candidate segments (long black runs, gaps bridged) in touching rows whose mean
/// thickness (total segment length / group width) is small: rows through text also make long segments when gaps
/// are bridged, but they stack up into thick groups and are rejected.
/// </summary>
internal sealed class LineFinder
{
    // Dotted/dashed borders: gaps up to ~1 mm bridged, at least 30 % ink, and longer than solid lines to stay clear of text rows.
    private const double DashedGapInches = 0.04;
    private const double DashedMinFill = 0.3;
    private const double DashedLengthFactor = 1.25;

    private const double SolidGapInches = 0.005;
    private const double MaxThicknessInches = 0.035;

    /// <summary>Black within this distance beyond a line's edge is its ragged fringe; beyond it, a stroke continues.</summary>
    private const double FringeInches = 0.01;

    private const double MergeGapInches = 0.1;

    /// <summary>
    /// Share of a dashed group's inked columns where the ink stops at the line's edges. Dashes are separate thin marks;
    /// rows through aligned strokes of text (tops of 三, o, n) bridge into long thin runs too, but their strokes go on.
    /// </summary>
    private const double DashedMinIsolated = 0.85;

    private readonly int minLength;
    private readonly int dashedMinLength;
    private readonly int solidGap;
    private readonly int dashedGap;
    private readonly double maxThickness;
    private readonly int fringe;
    private readonly int mergeGap;
    private readonly int extension;

    private LineFinder(double dpi, double minLengthInches)
    {
        minLength = Bilevel.Pixels(minLengthInches, dpi, minimum: 8);
        dashedMinLength = Bilevel.Pixels(minLengthInches * DashedLengthFactor, dpi, minimum: 10);
        solidGap = Bilevel.Pixels(SolidGapInches, dpi);
        dashedGap = Bilevel.Pixels(DashedGapInches, dpi, minimum: 2);
        maxThickness = Math.Max(3, MaxThicknessInches * dpi);
        fringe = Bilevel.Pixels(FringeInches, dpi);
        extension = Bilevel.Pixels(MergeGapInches, dpi);
        mergeGap = Bilevel.Pixels(MergeGapInches, dpi);
    }

    public static LineFinder For(double dpi, double minLengthInches) => new(dpi, minLengthInches);

    /// <summary>Solid lines first; dashed ones only where they do not repeat a solid line.</summary>
    public List<LineGroup> Find(Plane plane)
    {
        var solid = Accept(Group(Candidates(plane, solidGap, minLength, 0)), minLength);
        var dashed = Accept(Group(Candidates(plane, dashedGap, dashedMinLength, DashedMinFill)), dashedMinLength);
        foreach (var group in dashed)
        {
            if (!solid.Exists(s => s.Overlaps(group, (int)maxThickness)) && IsolatedShare(plane, group) >= DashedMinIsolated)
            {
                solid.Add(group);
            }
        }

        return solid;
    }

    /// <summary>
    /// Whitens each group column by column along its corridor (and a little beyond its ends, where pieces too short to
    /// be candidates remain), with the line's fringe, except where black continues beyond the fringe both above and
    /// below (a character's stroke crossing the line).
    /// </summary>
    public void Remove(Plane plane, List<LineGroup> groups)
    {
        foreach (var group in groups)
        {
            var (tops, bottoms) = Corridor(group);
            for (var i = 0; i < tops.Length; i++)
            {
                ClearColumn(plane, group.Left + i, tops[i], bottoms[i]);
            }

            Extend(plane, group.Right, +1, tops[^1], bottoms[^1]);
            Extend(plane, group.Left - 1, -1, tops[0], bottoms[0]);
        }
    }

    /// <summary>Groups as boxes, collinear pieces closer than ~0.1 inch merged into one segment.</summary>
    public List<PixelBox> Merge(List<LineGroup> groups)
    {
        var boxes = groups.Select(g => PixelBox.FromCorners(g.Left, g.Top, g.Right, g.Bottom)).OrderBy(b => b.X).ToList();
        var merged = new List<PixelBox>();
        foreach (var box in boxes)
        {
            var index = merged.FindIndex(m => m.Y <= box.Bottom + fringe && box.Y <= m.Bottom + fringe && box.X - m.Right <= mergeGap);
            if (index >= 0)
            {
                merged[index] = merged[index].Union(box);
            }
            else
            {
                merged.Add(box);
            }
        }

        return merged;
    }

    /// <summary>
    /// Per column of the group, the first and last row its segments cover; columns they miss (gaps of dashed lines,
    /// steps of a ragged line) take the band of the nearest covered column to their left.
    /// </summary>
    private static (int[] Tops, int[] Bottoms) Corridor(LineGroup group)
    {
        var length = group.Right - group.Left;
        var tops = new int[length];
        var bottoms = new int[length];
        Array.Fill(tops, int.MaxValue);
        Array.Fill(bottoms, -1);
        foreach (var segment in group.Segments)
        {
            for (var x = segment.Start - group.Left; x < segment.End - group.Left; x++)
            {
                tops[x] = Math.Min(tops[x], segment.Y);
                bottoms[x] = Math.Max(bottoms[x], segment.Y);
            }
        }

        // The first column is always covered: the group's left edge is some segment's start.
        for (var x = 1; x < length; x++)
        {
            if (bottoms[x] < 0)
            {
                (tops[x], bottoms[x]) = (tops[x - 1], bottoms[x - 1]);
            }
        }

        return (tops, bottoms);
    }

    /// <summary>Follows the line past a group end while ink stays in its band (gaps up to the solid gap).</summary>
    private void Extend(Plane plane, int from, int step, int top, int bottom)
    {
        var misses = 0;
        for (var x = from; x >= 0 && x < plane.Length && Math.Abs(x - from) < extension && misses <= solidGap; x += step)
        {
            misses = ClearColumn(plane, x, top, bottom) ? 0 : misses + 1;
        }
    }

    /// <summary>
    /// Clears the ink of one column's band [top, bottom] and its fringe, unless it is crossed by a stroke; keeps the
    /// stroke's own pixels on a side where it continues. Returns whether the band had any ink near it.
    /// </summary>
    private bool ClearColumn(Plane plane, int x, int top, int bottom)
    {
        var (hasInk, from, to, continuesAbove, continuesBelow) = Inspect(plane, x, top, bottom);
        if (!hasInk || (continuesAbove && continuesBelow))
        {
            return hasInk;
        }

        for (var y = continuesAbove ? top : from; y <= (continuesBelow ? bottom : to); y++)
        {
            plane.Pixels[plane.Index(x, y)] = Bilevel.White;
        }

        return true;
    }

    /// <summary>
    /// Looks at one column around a band: whether there is ink within the fringe, how far the fringe reaches
    /// (from..to), and whether black goes on beyond the fringe above or below.
    /// </summary>
    private (bool HasInk, int From, int To, bool ContinuesAbove, bool ContinuesBelow) Inspect(Plane plane, int x, int top, int bottom)
    {
        bool Black(int y) => y >= 0 && y < plane.Breadth && plane.Pixels[plane.Index(x, y)] < Bilevel.Threshold;

        var hasInk = false;
        for (var y = Math.Max(0, top - fringe); y <= Math.Min(plane.Breadth - 1, bottom + fringe) && !hasInk; y++)
        {
            hasInk = Black(y);
        }

        var from = top;
        while (Black(from - 1) && top - (from - 1) <= fringe)
        {
            from--;
        }

        var to = bottom;
        while (Black(to + 1) && (to + 1) - bottom <= fringe)
        {
            to++;
        }

        return (hasInk, from, to, Black(from - 1), Black(to + 1));
    }

    private double IsolatedShare(Plane plane, LineGroup group)
    {
        var (tops, bottoms) = Corridor(group);
        var inked = 0;
        var isolated = 0;
        for (var i = 0; i < tops.Length; i++)
        {
            var (hasInk, _, _, above, below) = Inspect(plane, group.Left + i, tops[i], bottoms[i]);
            if (hasInk)
            {
                inked++;
                isolated += above || below ? 0 : 1;
            }
        }

        return inked == 0 ? 0 : (double)isolated / inked;
    }

    private List<LineGroup> Accept(List<LineGroup> groups, int length) =>
        groups.FindAll(g => g.Right - g.Left >= length && (double)g.TotalLength / (g.Right - g.Left) <= maxThickness);

    /// <summary>Per row, black runs joined across gaps of at most <paramref name="gap"/>, kept when long and inked enough.</summary>
    private static List<Segment> Candidates(Plane plane, int gap, int length, double minFill)
    {
        var segments = new List<Segment>();
        var width = plane.Length;
        for (var y = 0; y < plane.Breadth; y++)
        {
            var row = plane.Row(y);
            var start = Bilevel.NextBlack(row, 0);
            while (start >= 0)
            {
                var end = Bilevel.NextWhite(row, start);
                var ink = end - start;
                int next;
                while (end < width && (next = Bilevel.NextBlack(row, end)) >= 0 && next - end <= gap)
                {
                    var runEnd = Bilevel.NextWhite(row, next);
                    ink += runEnd - next;
                    end = runEnd;
                }

                if (end - start >= length && ink >= minFill * (end - start))
                {
                    segments.Add(new Segment(y, start, end));
                }

                start = end < width ? Bilevel.NextBlack(row, end) : -1;
            }
        }

        return segments;
    }

    /// <summary>Segments in adjacent rows that overlap or touch (8-connected) share a group.</summary>
    private static List<LineGroup> Group(List<Segment> segments)
    {
        var parent = new int[segments.Count];
        var previousFirst = 0;
        var previousEnd = 0;
        var i = 0;
        while (i < segments.Count)
        {
            var y = segments[i].Y;
            var first = i;
            if (previousEnd > previousFirst && segments[previousFirst].Y != y - 1)
            {
                previousFirst = previousEnd = first;
            }

            var candidate = previousFirst;
            for (; i < segments.Count && segments[i].Y == y; i++)
            {
                parent[i] = i;
                while (candidate < previousEnd && segments[candidate].End < segments[i].Start)
                {
                    candidate++;
                }

                for (var k = candidate; k < previousEnd && segments[k].Start <= segments[i].End; k++)
                {
                    Union(parent, i, k);
                }
            }

            previousFirst = first;
            previousEnd = i;
        }

        var groups = new Dictionary<int, LineGroup>();
        for (var s = 0; s < segments.Count; s++)
        {
            var root = Root(parent, s);
            if (!groups.TryGetValue(root, out var group))
            {
                group = new LineGroup();
                groups.Add(root, group);
            }

            group.Add(segments[s]);
        }

        return [.. groups.Values];
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var rootA = Root(parent, a);
        var rootB = Root(parent, b);
        if (rootA != rootB)
        {
            parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }

    internal readonly record struct Segment(int Y, int Start, int End);

    /// <summary>
    /// Pixels seen with x along the lines and y across them: a page for horizontal lines, the same page with strides
    /// swapped for vertical ones (removal works in place), or a transposed copy (detection needs contiguous rows).
    /// </summary>
    internal readonly record struct Plane(byte[] Pixels, int Length, int Breadth, int AlongStride, int AcrossStride)
    {
        public static Plane Rows(byte[] pixels, int width, int height) => new(pixels, width, height, 1, width);

        public static Plane Columns(byte[] pixels, int width, int height) => new(pixels, height, width, width, 1);

        public int Index(int along, int across) => (along * AlongStride) + (across * AcrossStride);

        /// <summary>One line of pixels along x; only for row layouts.</summary>
        public ReadOnlySpan<byte> Row(int across) =>
            AlongStride == 1 ? Pixels.AsSpan(across * AcrossStride, Length) : throw new InvalidOperationException("Not a row layout.");
    }

    /// <summary>Touching candidate segments: one line, or (when thick) a block of text or a filled area.</summary>
    internal sealed class LineGroup
    {
        public List<Segment> Segments { get; } = [];

        public int Left { get; private set; } = int.MaxValue;

        public int Right { get; private set; }

        public int Top { get; private set; } = int.MaxValue;

        /// <summary>One past the last row.</summary>
        public int Bottom { get; private set; }

        public long TotalLength { get; private set; }

        public void Add(Segment segment)
        {
            Segments.Add(segment);
            Left = Math.Min(Left, segment.Start);
            Right = Math.Max(Right, segment.End);
            Top = Math.Min(Top, segment.Y);
            Bottom = Math.Max(Bottom, segment.Y + 1);
            TotalLength += segment.End - segment.Start;
        }

        public bool Overlaps(LineGroup other, int margin) =>
            Left <= other.Right + margin && other.Left <= Right + margin
            && Top <= other.Bottom + margin && other.Top <= Bottom + margin;
    }
}
