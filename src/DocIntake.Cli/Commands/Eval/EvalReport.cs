using System.Text.Json.Nodes;

namespace DocIntake.Cli.Commands.Eval;

/// <summary>Prints the scores: overall, by delivery form and by language, misses when asked, and the SCORE line last.</summary>
internal static class EvalReport
{
    public static EvalScore Print(IReadOnlyList<EvalRunner.Result> results, IReadOnlyList<FieldOutcome> outcomes, bool misses)
    {
        var all = new EvalScore();
        foreach (var r in results)
        {
            all.Add(r.Score);
        }

        PrintGroups("form", results, r => r.Truth["delivery"]?["form"]?.GetValue<string>() ?? "?");
        PrintGroups("language", results, r => r.Truth["language"]?.GetValue<string>() ?? "?");
        PrintGroups("type", results, r => r.Truth["documentType"]?.GetValue<string>() ?? "?");

        var wrongTypes = results.Where(r => r.Score.TypeCorrect == 0).Select(r => r.File).ToList();
        if (wrongTypes.Count > 0)
        {
            Console.Out.WriteLine("wrong type: " + string.Join(' ', wrongTypes));
        }

        if (misses)
        {
            foreach (var o in outcomes.Where(o => !o.Correct || (o.Path.StartsWith("problem:", StringComparison.Ordinal))))
            {
                var flag = o.NeedsReview ? "review" : "AUTO";
                Console.Out.WriteLine(FormattableString.Invariant($"miss {flag,-6} {o.Confidence:F3} {o.File} {o.Path}: truth={o.Truth} got={o.Actual}"));
            }
        }

        Console.Out.WriteLine("all: " + all.Detail());
        Console.Out.WriteLine("SCORE " + all.Format());
        return all;
    }

    private static void PrintGroups(string name, IReadOnlyList<EvalRunner.Result> results, Func<EvalRunner.Result, string> key)
    {
        foreach (var group in results.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var score = new EvalScore();
            foreach (var r in group)
            {
                score.Add(r.Score);
            }

            Console.Out.WriteLine($"{name}={group.Key}: {score.Detail()}");
        }
    }

    internal static string? Form(JsonObject truth) => truth["delivery"]?["form"]?.GetValue<string>();
}
