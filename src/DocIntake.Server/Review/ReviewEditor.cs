using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Checks;

namespace DocIntake.Server.Review;

/// <summary>A reviewer's change to one field, for the contract's Field.reviewed, the audit trail and learning.</summary>
internal sealed record FieldChange(string Path, string Key, string Action, JsonNode? Previous, JsonNode? Value, string? RawText, int? Page, int[]? Box);

/// <summary>The document as the reviewer's form would make it: parsed values, re-run checks, what is still doubtful.</summary>
internal sealed class EditResult
{
    public required ExtractedDocument Document { get; init; }

    /// <summary>Inputs that are not a value of their kind, by path.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public List<FieldChange> Changes { get; } = [];

    public List<string> RemovedRows { get; } = [];

    public List<string> Doubtful => DocumentFields.All(Document).Where(f => f.Field.NeedsReview).Select(f => f.Path).ToList();
}

/// <summary>Applies a submission to a copy of the stored contract. Pure: no storage, so the live check and the save agree.</summary>
internal static class ReviewEditor
{
    public static EditResult Apply(ExtractedDocument stored, ReviewSubmission submission, string user, DateTime now)
    {
        var document = ContractJson.Deserialize(ContractJson.Serialize(stored));
        var result = new EditResult { Document = document };
        var english = document.Language == "en";

        foreach (var (name, field) in document.Fields)
        {
            if (submission.Fields.TryGetValue(name, out var input))
            {
                Edit(result, "fields", name, name, field, input, english, document.DocumentType);
            }
        }

        document.Lines = Rows(result, "lines", document.Lines, submission.Lines, FieldCatalog.OrderLine, english);
        document.Measurements = Rows(result, "measurements", document.Measurements, submission.Measurements, FieldCatalog.MeasurementRow, english);

        foreach (var change in result.Changes)
        {
            if (DocumentFields.Find(document, change.Path) is { } f)
            {
                f.Field.Reviewed = new JsonObject
                {
                    ["by"] = user,
                    ["at"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                    ["action"] = change.Action,
                    ["previous"] = change.Previous?.DeepClone(),
                };
            }
        }

        DocumentChecks.Apply(document);
        return result;
    }

    private static List<Dictionary<string, Field>> Rows(
        EditResult result, string section, List<Dictionary<string, Field>> stored, List<RowInput>? inputs, IReadOnlyList<FieldCatalog.Spec> columns, bool english)
    {
        if (inputs is null)
        {
            return stored; // the form did not send this table: unchanged
        }

        var kept = new HashSet<int>();
        var rows = new List<Dictionary<string, Field>>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var origin = input.Origin is { } o && o >= 0 && o < stored.Count && kept.Add(o) ? o : (int?)null;
            var row = origin is { } from
                ? stored[from]
                : columns.ToDictionary(c => c.Name, _ => new Field { Value = null, Confidence = 1 });
            foreach (var column in columns.Where(c => !row.ContainsKey(c.Name)))
            {
                row[column.Name] = new Field { Value = null, Confidence = 1 };
            }

            foreach (var (name, field) in row)
            {
                var cell = input.Cells.GetValueOrDefault(name) ?? new CellInput { Text = FieldValues.Display(field.Value) };
                if (origin is null)
                {
                    cell.Touched = cell.Touched || !string.IsNullOrWhiteSpace(cell.Text);
                }

                Edit(result, section, $"{section}[{i}].{name}", name, field, cell, english, result.Document.DocumentType);
            }

            rows.Add(row);
        }

        for (var i = 0; i < stored.Count; i++)
        {
            if (!kept.Contains(i))
            {
                result.RemovedRows.Add($"{section}[{i}]: " + string.Join(" | ", stored[i].Select(c => FieldValues.Display(c.Value.Value))));
            }
        }

        return rows;
    }

    private static void Edit(EditResult result, string section, string path, string name, Field field, CellInput input, bool english, string documentType)
    {
        if (!input.Touched && (input.Text ?? "") == FieldValues.Display(field.Value))
        {
            return; // shown as stored and not confirmed: nothing to parse or record
        }

        var spec = FieldCatalog.SpecOf(section, name, documentType);
        if (!FieldValues.TryParse(spec.Kind, input.Text, english, out var value))
        {
            result.Errors[path] = spec.Kind.ToString();
            return;
        }

        var changed = !FieldValues.Same(field.Value, value);
        if (!changed && !input.Touched)
        {
            return;
        }

        var previous = field.Value?.DeepClone();
        field.Value = value;
        field.NeedsReview = false;
        field.Reasons.Clear();
        if (changed)
        {
            field.Confidence = 1;
        }

        result.Changes.Add(new FieldChange(path, $"{section}.{name}", changed ? "corrected" : "confirmed", changed ? previous : null, value, field.Text, field.Page, field.Box));
    }
}
