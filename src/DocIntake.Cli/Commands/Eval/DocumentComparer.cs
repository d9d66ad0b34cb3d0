using System.Text.Json.Nodes;
using DocIntake.Core.Contract;

namespace DocIntake.Cli.Commands.Eval;

/// <summary>
/// Compares one extracted document with its truth file: type, every field that truth or extraction has (header
/// fields, lines and measurements by position), and whether each expected problem was reported.
/// </summary>
internal static class DocumentComparer
{
    public static EvalScore Compare(string file, JsonObject truth, ExtractedDocument actual, List<FieldOutcome> outcomes)
    {
        var score = new EvalScore { Files = 1 };
        var truthType = truth["documentType"]?.GetValue<string>() ?? DocumentTypes.Unknown;
        score.TypeCorrect = truthType == actual.DocumentType ? 1 : 0;

        var truthFields = truth["fields"] as JsonObject ?? [];
        CompareFields(file, string.Empty, truthFields, actual.Fields, score, outcomes);
        CompareRows(file, "lines", truth["lines"] as JsonArray ?? [], actual.Lines, score, outcomes);
        CompareRows(file, "measurements", truth["measurements"] as JsonArray ?? [], actual.Measurements, score, outcomes);

        foreach (var problem in truth["problems"] as JsonArray ?? [])
        {
            score.ProblemsExpected++;
            var code = problem!["code"]!.GetValue<string>();
            var fields = (problem["fields"] as JsonArray ?? []).Select(f => f!.GetValue<string>()).ToList();
            if (actual.Problems.Any(p => p.Code == code && fields.All(p.Fields.Contains)))
            {
                score.ProblemsFound++;
            }
            else
            {
                outcomes.Add(new FieldOutcome(file, "problem:" + code, string.Join(',', fields), "missing", false, true, 0, true));
            }
        }

        return score;
    }

    private static void CompareRows(string file, string name, JsonArray truth, List<Dictionary<string, Field>> actual, EvalScore score, List<FieldOutcome> outcomes)
    {
        for (var i = 0; i < Math.Max(truth.Count, actual.Count); i++)
        {
            var t = i < truth.Count ? truth[i] as JsonObject ?? [] : [];
            var a = i < actual.Count ? actual[i] : [];
            CompareFields(file, $"{name}[{i}].", t, a, score, outcomes);
        }
    }

    private static void CompareFields(string file, string prefix, JsonObject truth, Dictionary<string, Field> actual, EvalScore score, List<FieldOutcome> outcomes)
    {
        var names = truth.Select(kv => kv.Key).Union(actual.Keys).ToList();
        foreach (var name in names)
        {
            var truthValue = truth[name]?["value"];
            actual.TryGetValue(name, out var field);
            var actualValue = field?.Value;
            if (ValueComparer.IsNull(truthValue) && ValueComparer.IsNull(actualValue))
            {
                continue;
            }

            var correct = ValueComparer.Same(truthValue, actualValue);
            var review = field?.NeedsReview ?? true;
            score.Fields++;
            score.FieldsCorrect += correct ? 1 : 0;
            if (!review)
            {
                score.AutoAccepted++;
                score.AutoCorrect += correct ? 1 : 0;
            }

            var other = field is not null && field.Reasons.Any(r => r != ReviewReasons.LowOcrConfidence);
            outcomes.Add(new FieldOutcome(file, prefix + name, ValueComparer.Show(truthValue), ValueComparer.Show(actualValue),
                correct, review, field?.Confidence ?? 0, other || field is null));
        }
    }
}
