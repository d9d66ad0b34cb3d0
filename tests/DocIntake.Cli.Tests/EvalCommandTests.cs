using System.Text.Json.Nodes;
using DocIntake.Cli.Commands;

namespace DocIntake.Cli.Tests;

/// <summary>
/// `docintake eval` end to end on two generated text-layer orders (scripts/generate-samples.sh), one truth file
/// changed so that a field the extractor reads right and accepts counts as wrong.
/// </summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("docintake-eval-").FullName;

    [Fact]
    public void Eval_ScoresEachFieldAgainstItsTruth_AndListsTheAcceptedMiss()
    {
        var tune = Path.Combine(RepositoryRoot(), "samples", "generated", "tune");
        foreach (var name in new[] { "tune-008", "tune-013" })
        {
            File.Copy(Path.Combine(tune, name + ".pdf"), Path.Combine(folder, name + ".pdf"));
            File.Copy(Path.Combine(tune, name + ".truth.json"), Path.Combine(folder, name + ".truth.json"));
        }

        var truthFile = Path.Combine(folder, "tune-013.truth.json");
        var truth = JsonNode.Parse(File.ReadAllText(truthFile))!;
        var printed = truth["fields"]!["orderNumber"]!["value"]!.GetValue<string>();
        truth["fields"]!["orderNumber"]!["value"] = printed + "-X";
        File.WriteAllText(truthFile, truth.ToJsonString());

        var (exit, output) = Run(folder, "--misses", "--master-data", Path.Combine(RepositoryRoot(), "samples", "master-data"));

        Assert.Equal(0, exit);
        Assert.Contains($"tune-013.pdf orderNumber: truth=\"{printed}-X\" got=\"{printed}\"", output, StringComparison.Ordinal);
        Assert.Contains("miss AUTO", output, StringComparison.Ordinal);
        var score = output.Split('\n').Single(l => l.StartsWith("SCORE ", StringComparison.Ordinal));
        Assert.Contains("doc_type=1.000", score, StringComparison.Ordinal);
        Assert.Contains("files=2", score, StringComparison.Ordinal);
        Assert.DoesNotContain("auto_precision=1.0000", score, StringComparison.Ordinal);
        Assert.Contains("form=text_pdf:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_RefusesAFolderWithoutTruthFiles()
    {
        File.WriteAllText(Path.Combine(folder, "order.pdf"), "%PDF-1.4");

        var (exit, _) = Run(folder);

        Assert.NotEqual(0, exit);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            return (EvalCommand.Create().Parse(args).Invoke(), output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocIntake.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DocIntake.sln not found above the test assembly.");
    }
}
