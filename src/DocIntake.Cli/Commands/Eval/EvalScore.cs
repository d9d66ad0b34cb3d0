using System.Globalization;

namespace DocIntake.Cli.Commands.Eval;

/// <summary>Counts for one group of documents (all, one delivery form, one language).</summary>
internal sealed class EvalScore
{
    public int Files { get; set; }

    public int TypeCorrect { get; set; }

    public int Fields { get; set; }

    public int FieldsCorrect { get; set; }

    public int AutoAccepted { get; set; }

    public int AutoCorrect { get; set; }

    public int ProblemsExpected { get; set; }

    public int ProblemsFound { get; set; }

    public int Failures { get; set; }

    public double DocType => Ratio(TypeCorrect, Files);

    public double FieldAccuracy => Ratio(FieldsCorrect, Fields);

    public double AutoPrecision => Ratio(AutoCorrect, AutoAccepted);

    public double ReviewRate => Fields == 0 ? 0 : 1 - Ratio(AutoAccepted, Fields);

    public double ProblemsRecall => ProblemsExpected == 0 ? 1 : Ratio(ProblemsFound, ProblemsExpected);

    public void Add(EvalScore other)
    {
        Files += other.Files;
        TypeCorrect += other.TypeCorrect;
        Fields += other.Fields;
        FieldsCorrect += other.FieldsCorrect;
        AutoAccepted += other.AutoAccepted;
        AutoCorrect += other.AutoCorrect;
        ProblemsExpected += other.ProblemsExpected;
        ProblemsFound += other.ProblemsFound;
        Failures += other.Failures;
    }

    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"doc_type={DocType:F3} field_acc={FieldAccuracy:F3} auto_precision={AutoPrecision:F4} review_rate={ReviewRate:F3} " +
        $"problems_recall={ProblemsRecall:F3} files={Files}");

    public string Detail() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Format()} fields={Fields} auto={AutoAccepted} auto_wrong={AutoAccepted - AutoCorrect} problems={ProblemsFound}/{ProblemsExpected} failed={Failures}");

    private static double Ratio(int a, int b) => b == 0 ? 1 : a / (double)b;
}
