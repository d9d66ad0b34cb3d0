using DocIntake.Core.Contract;

namespace DocIntake.Server.Review;

/// <summary>One field of a document with its contract path ("total", "lines[2].amount") and its section.</summary>
internal sealed record FieldRef(string Path, string Section, int? Row, string Name, Field Field)
{
    /// <summary>The kind of field across documents: "fields.total", "lines.amount" (learning and group verification).</summary>
    public string Key => $"{Section}.{Name}";
}

internal static class DocumentFields
{
    public static IEnumerable<FieldRef> All(ExtractedDocument document)
    {
        foreach (var (name, field) in document.Fields)
        {
            yield return new FieldRef(name, "fields", null, name, field);
        }

        foreach (var item in Rows(document.Lines, "lines").Concat(Rows(document.Measurements, "measurements")))
        {
            yield return item;
        }
    }

    public static FieldRef? Find(ExtractedDocument document, string path) => All(document).FirstOrDefault(f => f.Path == path);

    public static bool IsDoubtful(ExtractedDocument document) =>
        All(document).Any(f => f.Field.NeedsReview) || document.DocumentType == DocumentTypes.Unknown;

    public static int DoubtfulCount(ExtractedDocument document) => All(document).Count(f => f.Field.NeedsReview);

    private static IEnumerable<FieldRef> Rows(List<Dictionary<string, Field>> rows, string section)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (name, field) in rows[i])
            {
                yield return new FieldRef($"{section}[{i}].{name}", section, i, name, field);
            }
        }
    }
}
