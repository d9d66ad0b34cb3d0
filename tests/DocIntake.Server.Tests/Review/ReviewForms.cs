using DocIntake.Core.Contract;
using DocIntake.Server.Review;

namespace DocIntake.Server.Tests.Review;

/// <summary>Builds what the document page would send: every field as shown, with edits typed and fields confirmed.</summary>
internal static class ReviewForms
{
    public static ReviewSubmission Submit(ExtractedDocument document, int version, Dictionary<string, string>? edits = null, params string[] confirmed)
    {
        edits ??= [];
        CellInput Cell(string path, Field field) => new()
        {
            Text = edits.TryGetValue(path, out var typed) ? typed : FieldValues.Display(field.Value),
            Touched = edits.ContainsKey(path) || confirmed.Contains(path),
        };

        return new ReviewSubmission
        {
            Version = version,
            Fields = document.Fields.ToDictionary(f => f.Key, f => Cell(f.Key, f.Value)),
            Lines = document.Lines.Select((row, i) => new RowInput
            {
                Origin = i,
                Cells = row.ToDictionary(c => c.Key, c => Cell($"lines[{i}].{c.Key}", c.Value)),
            }).ToList(),
        };
    }

    /// <summary>The three corrections a reviewer makes on <see cref="ReviewSeed.Order"/>: full-width amount, part number, order number confirmed.</summary>
    public static ReviewSubmission Corrected(ExtractedDocument document, int version) => Submit(
        document,
        version,
        new Dictionary<string, string> { ["lines[2].amount"] = "１２，０００", ["lines[4].partNumber"] = "AB-105" },
        "orderNumber");
}
