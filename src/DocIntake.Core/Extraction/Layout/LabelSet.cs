namespace DocIntake.Core.Extraction.Layout;

/// <summary>One printed label and what it labels (a contract field name, or a role such as "tel").</summary>
internal sealed record Label(string Owner, string Text)
{
    public string Key { get; } = LabelKey.Of(Core.Text.TextNormalizer.Compact(Text));

    /// <summary>Labels of Latin letters must end at a word boundary ("Date" is not the start of "Dated").</summary>
    public bool IsAscii { get; } = Text.All(char.IsAscii);
}

/// <summary>All labels of a document type, searched together so the most specific one wins ("注文番号" over "注文日").</summary>
internal sealed class LabelSet
{
    public LabelSet(IEnumerable<Label> labels)
    {
        Labels = [.. labels.Where(l => l.Key.Length > 0).OrderByDescending(l => l.Key.Length)];
        MaxKeyLength = Labels.Count == 0 ? 0 : Labels.Max(l => l.Key.Length);
    }

    public IReadOnlyList<Label> Labels { get; }

    public int MaxKeyLength { get; }

    public static LabelSet Of(params (string Owner, string[] Texts)[] groups) =>
        new(groups.SelectMany(g => g.Texts.Select(t => new Label(g.Owner, t))));

    /// <summary>Edits allowed when matching a label of this key length: short labels must match exactly.</summary>
    public static int AllowedEdits(Label label) => label.Key.Length switch
    {
        <= 2 => 0,
        <= 4 when label.IsAscii => 0,
        <= 6 => 1,
        _ => 2,
    };
}
