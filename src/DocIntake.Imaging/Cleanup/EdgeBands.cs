using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>
/// Whitens dark bands along the page edges (scanner lids, fax borders, wedges from skewed feeding): rows or columns
/// near an edge that are mostly black, and black runs that start at an edge and end within the band depth.
/// </summary>
internal static class EdgeBands
{
    public const double DefaultDepthInches = 0.5;

    /// <summary>A row or column at least this black is part of a band.</summary>
    private const double MostlyBlack = 0.5;

    /// <summary>The band may start this far in from the edge (scanners often leave a thin white line outside it).</summary>
    private const double StartSlackInches = 0.02;

    /// <summary>Edge-touching runs go only along this much of an edge: a character touching the edge (fax header) stays.</summary>
    private const double MinStretchInches = 0.25;

    /// <summary>Returns the cleaned copy and how many pixels turned white (the input itself when none did).</summary>
    public static (GrayImage Image, int Whitened) Remove(GrayImage image, double depthInches = DefaultDepthInches)
    {
        var dpi = Bilevel.DpiOf(image);
        var width = image.Width;
        var height = image.Height;
        var depthX = Math.Min(width / 2, Bilevel.Pixels(depthInches, image.DpiX > 0 ? image.DpiX : dpi));
        var depthY = Math.Min(height / 2, Bilevel.Pixels(depthInches, image.DpiY > 0 ? image.DpiY : dpi));
        var slack = Bilevel.Pixels(StartSlackInches, dpi, minimum: 2);

        // Edge-touching runs first: once a band is whitened, the wedge beyond it no longer touches the edge.
        var result = image.Clone();
        var minStretch = Bilevel.Pixels(MinStretchInches, dpi);
        var whitened = ClearRunsFromLeftAndRight(result, depthX, slack, minStretch) + ClearRunsFromTopAndBottom(result, depthY, slack, minStretch);

        var rowBlack = new int[height];
        var columnBlack = new int[width];
        for (var y = 0; y < height; y++)
        {
            var row = result.Row(y);
            var x = 0;
            while (x < width && (x = Bilevel.NextBlack(row, x)) >= 0)
            {
                var end = Bilevel.NextWhite(row, x);
                rowBlack[y] += end - x;
                for (; x < end; x++)
                {
                    columnBlack[x]++;
                }
            }
        }

        var top = BandDepth(rowBlack, width, depthY, slack, fromEnd: false);
        var bottom = BandDepth(rowBlack, width, depthY, slack, fromEnd: true);
        var left = BandDepth(columnBlack, height, depthX, slack, fromEnd: false);
        var right = BandDepth(columnBlack, height, depthX, slack, fromEnd: true);
        whitened += Whiten(result, 0, 0, width, top);
        whitened += Whiten(result, 0, height - bottom, width, bottom);
        whitened += Whiten(result, 0, 0, left, height);
        whitened += Whiten(result, width - right, 0, right, height);
        return whitened == 0 ? (image, 0) : (result, whitened);
    }

    /// <summary>How many lines from the chosen end belong to a mostly-black band touching (or nearly) that end.</summary>
    private static int BandDepth(int[] blackPerLine, int lineLength, int depth, int slack, bool fromEnd)
    {
        var minimum = (int)(lineLength * MostlyBlack);
        int At(int i) => blackPerLine[fromEnd ? blackPerLine.Length - 1 - i : i];

        var first = -1;
        for (var i = 0; i < Math.Min(slack, depth); i++)
        {
            if (At(i) >= minimum)
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return 0;
        }

        // Follow the band inward, bridging a gap of up to `slack` lighter lines (noise, paper texture).
        var last = first;
        for (var i = first + 1; i < depth && i - last <= slack; i++)
        {
            if (At(i) >= minimum)
            {
                last = i;
            }
        }

        // Its ragged inner fringe goes too.
        return Math.Min(depth, last + 1 + slack);
    }

    /// <summary>
    /// Per row, a black run starting within <paramref name="slack"/> of the left or right edge and ending within the
    /// depth; cleared only where such rows form a stretch along the edge of at least <paramref name="minStretch"/>
    /// (a band or wedge), not where a character merely touches the edge.
    /// </summary>
    private static int ClearRunsFromLeftAndRight(GrayImage image, int depth, int slack, int minStretch)
    {
        var height = image.Height;
        var left = new (int Start, int End)[height];
        var right = new (int Start, int End)[height];
        for (var y = 0; y < height; y++)
        {
            var row = image.Row(y);
            var start = Bilevel.NextBlack(row, 0);
            var end = start >= 0 && start <= slack ? Bilevel.NextWhite(row, start) : -1;
            left[y] = end >= 0 && end <= depth ? (start, end) : default;

            var last = row.LastIndexOfAnyInRange((byte)0, (byte)(Bilevel.Threshold - 1));
            var before = last >= 0 && row.Length - 1 - last <= slack ? row[..last].LastIndexOfAnyInRange(Bilevel.Threshold, (byte)255) : int.MinValue;
            right[y] = before != int.MinValue && row.Length - 1 - before <= depth ? (before + 1, last + 1) : default;
        }

        var whitened = 0;
        foreach (var runs in (ReadOnlySpan<(int Start, int End)[]>)[left, right])
        {
            foreach (var y in LongStretches(runs, minStretch))
            {
                image.Row(y)[runs[y].Start..runs[y].End].Fill(Bilevel.White);
                whitened += runs[y].End - runs[y].Start;
            }
        }

        return whitened;
    }

    /// <summary>The same per column, walking rows (cache friendly) from the top and then from the bottom.</summary>
    private static int ClearRunsFromTopAndBottom(GrayImage image, int depth, int slack, int minStretch)
    {
        var width = image.Width;
        var height = image.Height;
        var whitened = 0;
        var runs = new (int Start, int End)[width];
        var states = new RunState[width];
        var steps = Math.Min(depth, height - 1);
        foreach (var fromBottom in (ReadOnlySpan<bool>)[false, true])
        {
            Array.Fill(states, RunState.Before);
            for (var i = 0; i <= steps; i++)
            {
                var row = image.Row(fromBottom ? height - 1 - i : i);
                for (var x = 0; x < width; x++)
                {
                    var black = row[x] < Bilevel.Threshold;
                    switch (states[x])
                    {
                        case RunState.Before when black:
                            (states[x], runs[x].Start) = (RunState.Inside, i);
                            break;
                        case RunState.Before when i >= slack:
                            states[x] = RunState.Done;
                            break;
                        case RunState.Inside when !black:
                            (states[x], runs[x].End) = (RunState.Ended, i);
                            break;
                    }
                }
            }

            // Columns still inside a run past the depth are too long to be a band (a vertical line, a dark page).
            for (var x = 0; x < width; x++)
            {
                if (states[x] != RunState.Ended)
                {
                    runs[x] = default;
                }
            }

            foreach (var x in LongStretches(runs, minStretch))
            {
                for (var i = runs[x].Start; i < runs[x].End; i++)
                {
                    image[x, fromBottom ? height - 1 - i : i] = Bilevel.White;
                }

                whitened += runs[x].End - runs[x].Start;
            }
        }

        return whitened;
    }

    /// <summary>Indexes of non-empty runs that lie in unbroken stretches of at least <paramref name="minStretch"/>.</summary>
    private static List<int> LongStretches((int Start, int End)[] runs, int minStretch)
    {
        var result = new List<int>();
        var first = 0;
        for (var i = 0; i <= runs.Length; i++)
        {
            if (i < runs.Length && runs[i].End > runs[i].Start)
            {
                continue;
            }

            if (i - first >= minStretch)
            {
                for (var k = first; k < i; k++)
                {
                    result.Add(k);
                }
            }

            first = i + 1;
        }

        return result;
    }

    private static int Whiten(GrayImage image, int x, int y, int width, int height)
    {
        var whitened = 0;
        for (var row = y; row < y + height; row++)
        {
            var span = image.Row(row).Slice(x, width);
            whitened += Bilevel.CountBlack(span);
            span.Fill(Bilevel.White);
        }

        return whitened;
    }

    private enum RunState : byte
    {
        Before,
        Inside,
        Ended,
        Done,
    }
}
