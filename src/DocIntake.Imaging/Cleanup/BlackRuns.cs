using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Cleanup;

/// <summary>
/// The black runs of an image grouped into 8-connected components (run-based union-find: no per-pixel labels).
/// </summary>
internal sealed class BlackRuns
{
    private BlackRuns(List<int> rows, List<int> starts, List<int> ends, int[] component, int[] area)
    {
        Rows = rows;
        Starts = starts;
        Ends = ends;
        Component = component;
        ComponentArea = area;
    }

    /// <summary>Row of each run.</summary>
    public List<int> Rows { get; }

    /// <summary>First black x of each run.</summary>
    public List<int> Starts { get; }

    /// <summary>One past the last black x of each run.</summary>
    public List<int> Ends { get; }

    /// <summary>Component id of each run (the index of its root run).</summary>
    public int[] Component { get; }

    /// <summary>Black pixel count per component id (zero for ids that are not roots).</summary>
    public int[] ComponentArea { get; }

    public int Count => Rows.Count;

    public static BlackRuns Find(GrayImage image)
    {
        var rows = new List<int>();
        var starts = new List<int>();
        var ends = new List<int>();
        var parent = new List<int>();
        var previousFirst = 0;
        var previousEnd = 0;
        for (var y = 0; y < image.Height; y++)
        {
            var row = image.Row(y);
            var first = rows.Count;
            var x = 0;
            var candidate = previousFirst;
            while (x < row.Length && (x = Bilevel.NextBlack(row, x)) >= 0)
            {
                var end = Bilevel.NextWhite(row, x);
                var index = rows.Count;
                rows.Add(y);
                starts.Add(x);
                ends.Add(end);
                parent.Add(index);

                // 8-connectivity: a run in the row above touches when it overlaps [x-1, end].
                while (candidate < previousEnd && ends[candidate] < x)
                {
                    candidate++;
                }

                for (var k = candidate; k < previousEnd && starts[k] <= end; k++)
                {
                    Union(parent, index, k);
                }

                x = end;
            }

            previousFirst = first;
            previousEnd = rows.Count;
        }

        var component = new int[rows.Count];
        var area = new int[rows.Count];
        for (var i = 0; i < component.Length; i++)
        {
            component[i] = Root(parent, i);
            area[component[i]] += ends[i] - starts[i];
        }

        return new BlackRuns(rows, starts, ends, component, area);
    }

    private static int Root(List<int> parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(List<int> parent, int a, int b)
    {
        var rootA = Root(parent, a);
        var rootB = Root(parent, b);
        if (rootA != rootB)
        {
            // The older run stays root so that ids are stable and small.
            if (rootA < rootB)
            {
                parent[rootB] = rootA;
            }
            else
            {
                parent[rootA] = rootB;
            }
        }
    }
}
