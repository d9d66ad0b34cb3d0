using DocIntake.Core.Contract;

namespace DocIntake.Core.Extraction.Judging;

/// <summary>Everything an extractor found, before judging: header fields, table rows and the problems of the checks.</summary>
internal sealed class DocumentDrafts
{
    public Dictionary<string, FieldDraft> Fields { get; } = new(StringComparer.Ordinal);

    public List<Dictionary<string, FieldDraft>> Lines { get; } = [];

    public List<Dictionary<string, FieldDraft>> Measurements { get; } = [];

    public List<Problem> Problems { get; } = [];

    public FieldDraft Field(string name) => Fields[name];

    /// <summary>Every draft: header fields, then line and measurement cells.</summary>
    public IEnumerable<FieldDraft> All() =>
        Fields.Values.Concat(Lines.SelectMany(l => l.Values)).Concat(Measurements.SelectMany(m => m.Values));

    /// <summary>Resolves a contract path ("total", "lines[2].amount", "measurements[0].values").</summary>
    public FieldDraft? Resolve(string path)
    {
        var open = path.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return Fields.GetValueOrDefault(path);
        }

        var close = path.IndexOf(']', open);
        var list = path[..open] == "lines" ? Lines : Measurements;
        var index = int.Parse(path[(open + 1)..close], System.Globalization.CultureInfo.InvariantCulture);
        return index < list.Count ? list[index].GetValueOrDefault(path[(close + 2)..]) : null;
    }

    /// <summary>Records a failed check: a problem naming the fields, each of them put into review.</summary>
    public void Fail(string code, string message, params string[] fields)
    {
        Problems.Add(new Problem { Code = code, Message = message, Fields = [.. fields] });
        foreach (var f in fields)
        {
            Resolve(f)?.FailCheck(code);
        }
    }

    /// <summary>Records a check that held: each named field gains confidence.</summary>
    public void Pass(params string[] fields)
    {
        foreach (var f in fields)
        {
            if (Resolve(f) is { } d)
            {
                d.ChecksPassed++;
            }
        }
    }
}
