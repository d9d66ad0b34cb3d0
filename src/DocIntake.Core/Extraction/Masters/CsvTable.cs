using System.Text;

namespace DocIntake.Core.Extraction.Masters;

/// <summary>A minimal RFC 4180 reader (quoted fields, doubled quotes, commas and newlines inside quotes).</summary>
internal static class CsvTable
{
    public static IEnumerable<CsvRow> Read(TextReader reader)
    {
        Dictionary<string, int>? header = null;
        foreach (var fields in Records(reader))
        {
            if (header is null)
            {
                header = fields.Select((name, i) => (Name: name.Trim().TrimStart('\uFEFF'), i))
                    .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
                continue;
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return new CsvRow(header, fields);
        }
    }

    private static IEnumerable<List<string>> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}

internal sealed class CsvRow(Dictionary<string, int> header, List<string> fields)
{
    public string? Get(string column) =>
        header.TryGetValue(column, out var i) && i < fields.Count ? fields[i] : null;
}
