using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Pipeline;

namespace DocIntake.Browser.Tests.Support;

/// <summary>
/// A real 5-line order fax (samples/generated/tune/tune-021.tif) read once by the pipeline for its cleaned page image
/// and field boxes, with the values of its truth file and exactly three doubtful fields a reviewer must fix:
/// orderNumber (low confidence, right), lines[2].amount (misread, unparsable) and lines[4].partNumber (misread).
/// </summary>
internal sealed class SampleOrder
{
    public required ExtractedDocument Document { get; init; }

    public required Core.Pages.GrayImage? PageImage { get; init; }

    public required string TrueAmount { get; init; }

    public required string TruePartNumber { get; init; }

    /// <summary>A copy of the document to change in one test.</summary>
    public ExtractedDocument Fresh() => ContractJson.Deserialize(ContractJson.Serialize(Document));

    public static SampleOrder Load()
    {
        var root = FindRoot();
        var tif = Path.Combine(root, "samples", "generated", "tune", "tune-021.tif");
        var truth = ContractJson.Deserialize(File.ReadAllText(Path.ChangeExtension(tif, ".truth.json")));
        Core.Pages.GrayImage? image = null;
        try
        {
            using var pipeline = new DocumentPipeline(new PipelineOptions());
            var read = pipeline.Process(InputFile.FromPath(tif, "imap"));
            image = read.PageImages.GetValueOrDefault(1);
            CopyBoxes(read.Document, truth);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.WriteLine($"Pipeline unavailable, seeding without page image: {ex.Message}");
        }

        foreach (var field in AllFields(truth))
        {
            field.NeedsReview = false;
            field.Reasons.Clear();
            field.Confidence = 0.97;
            field.Text ??= field.Value is null ? null : Display(field.Value);
        }

        truth.Problems.Clear();
        truth.Source.Channel = "imap";
        truth.Source.FileName = "tune-021.tif";
        truth.Source.Subject = "FAX受信 " + truth.Source.SenderFax;

        var order = truth.Fields["orderNumber"];
        order.Confidence = 0.55;
        order.NeedsReview = true;
        order.Reasons.Add(ReviewReasons.LowOcrConfidence);

        var amount = truth.Lines[2]["amount"];
        var trueAmount = Display(amount.Value!);
        amount.Text = trueAmount.Replace('1', 'l').Replace('0', 'O');
        amount.Value = null;
        amount.Confidence = 0.3;
        amount.NeedsReview = true;
        amount.Reasons.Add(ReviewReasons.Unparsable);

        var part = truth.Lines[4]["partNumber"];
        var truePart = Display(part.Value!);
        part.Value = part.Text = truePart.Contains('0', StringComparison.Ordinal) ? truePart.Replace('0', 'O') : truePart + "8";
        part.Confidence = 0.6;
        part.NeedsReview = true;
        part.Reasons.Add(ReviewReasons.NotInMasterData);

        return new SampleOrder { Document = truth, PageImage = image, TrueAmount = trueAmount, TruePartNumber = truePart };
    }

    private static void CopyBoxes(ExtractedDocument read, ExtractedDocument truth)
    {
        truth.Pages = read.Pages;
        foreach (var (name, field) in truth.Fields)
        {
            if (read.Fields.TryGetValue(name, out var found))
            {
                (field.Page, field.Box) = (found.Page, found.Box);
            }
        }

        for (var i = 0; i < Math.Min(read.Lines.Count, truth.Lines.Count); i++)
        {
            foreach (var (name, field) in truth.Lines[i])
            {
                if (read.Lines[i].TryGetValue(name, out var found))
                {
                    (field.Page, field.Box) = (found.Page, found.Box);
                }
            }
        }
    }

    private static IEnumerable<Field> AllFields(ExtractedDocument d) =>
        d.Fields.Values.Concat(d.Lines.SelectMany(l => l.Values)).Concat(d.Measurements.SelectMany(m => m.Values));

    private static string Display(JsonNode value) => value is JsonValue v && v.TryGetValue<decimal>(out var n)
        ? n.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : value.ToString();

    private static string FindRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DocIntake.sln")))
        {
            dir = dir.Parent;
        }

        dir ??= new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DocIntake.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
