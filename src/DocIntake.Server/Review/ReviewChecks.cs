using System.Globalization;
using System.Text.Json.Nodes;
using DocIntake.Core.Contract;

namespace DocIntake.Server.Review;

/// <summary>
/// The contract's cross-field checks, re-run on a document a reviewer edits (the extraction's own checks work on its
/// internal drafts). Same codes and rules as Core's OrderChecks/QualityChecks; replaces their problems and reasons.
/// </summary>
internal static class ReviewChecks
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        "line_amount_mismatch", "subtotal_mismatch", "total_mismatch", "delivery_before_order",
        "result_disagrees_with_values", "overall_result_disagrees",
    };

    /// <summary>Recomputes the check problems and each field's failed_check reasons. Returns whether a reason changed.</summary>
    public static bool Apply(ExtractedDocument document)
    {
        var problems = Run(document);
        document.Problems.RemoveAll(p => Codes.Contains(p.Code));
        document.Problems.AddRange(problems);
        var changed = false;
        foreach (var f in DocumentFields.All(document))
        {
            var before = f.Field.Reasons.Where(IsCheckReason).ToHashSet(StringComparer.Ordinal);
            var now = problems.Where(p => p.Fields.Contains(f.Path)).Select(p => "failed_check:" + p.Code).ToHashSet(StringComparer.Ordinal);
            if (before.SetEquals(now))
            {
                continue;
            }

            changed = true;
            f.Field.Reasons.RemoveAll(IsCheckReason);
            if (f.Field.Reviewed is null)
            {
                f.Field.Reasons.AddRange(now);
                f.Field.NeedsReview = f.Field.Reasons.Count > 0;
            }
        }

        return changed;
    }

    public static bool IsCheckReason(string reason) => reason.StartsWith("failed_check:", StringComparison.Ordinal);

    public static List<Problem> Run(ExtractedDocument document)
    {
        var problems = new List<Problem>();
        if (document.DocumentType == DocumentTypes.Order)
        {
            Order(document, problems);
        }
        else if (document.DocumentType == DocumentTypes.QualityRecord)
        {
            Quality(document, problems);
        }

        return problems;
    }

    private static void Order(ExtractedDocument d, List<Problem> problems)
    {
        var currency = FieldValues.Display(Value(d.Fields, "currency"));
        for (var i = 0; i < d.Lines.Count; i++)
        {
            if (Num(d.Lines[i], "quantity") is { } q && Num(d.Lines[i], "unitPrice") is { } p && Num(d.Lines[i], "amount") is { } a && !Same(q * p, a, currency))
            {
                problems.Add(Problem("line_amount_mismatch", Invariant($"line {i + 1}: {q} x {p} = {q * p}, printed amount {a}"),
                    $"lines[{i}].quantity", $"lines[{i}].unitPrice", $"lines[{i}].amount"));
            }
        }

        var subtotal = Num(d.Fields, "subtotal");
        var tax = Num(d.Fields, "tax");
        var total = Num(d.Fields, "total");
        if (d.Lines.Count > 0 && d.Lines.All(l => Num(l, "amount") is not null))
        {
            var sum = d.Lines.Sum(l => Num(l, "amount")!.Value);
            var target = subtotal is not null ? "subtotal" : tax is null ? "total" : null;
            if (target is not null && Num(d.Fields, target) is { } printed && !Same(sum, printed, currency)
                && !(target == "total" && (printed == sum + decimal.Floor(sum * 0.10m) || printed == sum + decimal.Floor(sum * 0.08m))))
            {
                problems.Add(Problem("subtotal_mismatch", Invariant($"sum of line amounts {sum} != {target} {printed}"), target));
            }
        }

        if (subtotal is { } s && total is { } t && tax is { } x && !Same(s + x, t, currency))
        {
            problems.Add(Problem("total_mismatch", Invariant($"subtotal {s} + tax {x} = {s + x}, printed total {t}"), "subtotal", "tax", "total"));
        }

        if (Date(d.Fields, "orderDate") is { } ordered && Date(d.Fields, "deliveryDate") is { } delivered && delivered < ordered)
        {
            problems.Add(Problem("delivery_before_order", $"delivery date {delivered:yyyy-MM-dd} is before the order date {ordered:yyyy-MM-dd}", "orderDate", "deliveryDate"));
        }
    }

    private static void Quality(ExtractedDocument d, List<Problem> problems)
    {
        for (var i = 0; i < d.Measurements.Count; i++)
        {
            var m = d.Measurements[i];
            var result = FieldValues.Display(Value(m, "result"));
            var lower = Num(m, "lowerLimit");
            var upper = Num(m, "upperLimit");
            if (result.Length == 0 || Value(m, "values") is not JsonArray values || (lower is null && upper is null))
            {
                continue;
            }

            var inside = values.All(v => FieldValues.NumberOf(v) is { } n && (lower is null || n >= lower) && (upper is null || n <= upper));
            if (inside != (result == "pass"))
            {
                problems.Add(Problem("result_disagrees_with_values",
                    $"row {i + 1}: values {(inside ? "within" : "outside")} the limits but the row says {result}", $"measurements[{i}].values", $"measurements[{i}].result"));
            }
        }

        var overall = FieldValues.Display(Value(d.Fields, "overallResult"));
        var rows = d.Measurements.Select(m => FieldValues.Display(Value(m, "result"))).ToList();
        if (overall.Length > 0 && rows.Count > 0 && rows.All(r => r.Length > 0))
        {
            var allPass = rows.All(r => r == "pass");
            if (allPass != (overall == "pass"))
            {
                problems.Add(Problem("overall_result_disagrees", $"overall result {overall} but {(allPass ? "every row passes" : "a row fails")}", "overallResult"));
            }
        }
    }

    private static JsonNode? Value(Dictionary<string, Field> fields, string name) => fields.GetValueOrDefault(name)?.Value;

    private static decimal? Num(Dictionary<string, Field> fields, string name) => FieldValues.NumberOf(Value(fields, name));

    private static DateOnly? Date(Dictionary<string, Field> fields, string name) =>
        DateOnly.TryParseExact(FieldValues.Display(Value(fields, name)), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool Same(decimal a, decimal b, string currency) => Math.Abs(a - b) <= (currency == "JPY" ? 0.5m : 0.01m);

    private static Problem Problem(string code, string message, params string[] fields) => new() { Code = code, Message = message, Fields = [.. fields] };

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
