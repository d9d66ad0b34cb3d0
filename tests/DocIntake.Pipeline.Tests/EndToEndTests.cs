using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Masters;

namespace DocIntake.Pipeline.Tests;

/// <summary>A pipeline with the samples' master data, as the eval command runs it.</summary>
public sealed class MasterDataPipelineFixture : IDisposable
{
    public MasterDataPipelineFixture()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "samples", "master-data");
        using var customers = new StreamReader(Path.Combine(folder, "customers.csv"));
        using var parts = new StreamReader(Path.Combine(folder, "parts.csv"));
        var extraction = new ExtractionOptions { MasterData = MasterData.Load(customers, parts) };
        Pipeline = new DocumentPipeline(new PipelineOptions { Ocr = new Ocr.OcrOptions { WorkerCount = 2 }, Extraction = extraction });
    }

    public DocumentPipeline Pipeline { get; }

    public void Dispose() => Pipeline.Dispose();
}

/// <summary>
/// From a generated sample file to contract JSON, one per document type and language: the type, language and key
/// fields are compared with the sample's truth file. Auto-accepted key fields must be right (the review promise); most
/// key fields must be read right at all.
/// </summary>
public sealed class EndToEndTests(MasterDataPipelineFixture fixture) : IClassFixture<MasterDataPipelineFixture>
{
    /// <summary>Delivery forms in order of preference: the cleanest the split holds for the type and language.</summary>
    private static readonly string[] Forms = ["g4", "image_pdf", "scan", "text_pdf", "g3"];

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "order", "ja", "orderNumber,orderDate,total,supplierName" },
        { "order", "en", "orderNumber,orderDate,total,supplierName" },
        { "quality_record", "ja", "partNumber,lotNumber,inspectionDate,overallResult" },
        { "quality_record", "en", "partNumber,lotNumber,inspectionDate,overallResult" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Process_ProducesContractJsonMatchingTruth_ForGeneratedSample(string type, string language, string keyFields)
    {
        var (file, truth) = Pick(type, language);

        var processed = fixture.Pipeline.Process(InputFile.FromPath(file));
        var json = JsonNode.Parse(ContractJson.Serialize(processed.Document))!.AsObject();

        Assert.Equal(1, (int)json["schemaVersion"]!);
        Assert.Equal(type, (string?)json["documentType"]);
        Assert.Equal(language, (string?)json["language"]);
        var fields = json["fields"]!.AsObject();
        foreach (var (name, _) in truth["fields"]!.AsObject())
        {
            Assert.True(fields.ContainsKey(name), $"{Path.GetFileName(file)}: field {name} missing from the output");
        }

        var right = 0;
        var keys = keyFields.Split(',');
        foreach (var key in keys)
        {
            var expected = truth["fields"]![key]!["value"];
            var actual = fields[key]!;
            var same = SameValue(expected, actual["value"]);
            right += same ? 1 : 0;
            Assert.True(same || (bool)actual["needsReview"]!, $"{Path.GetFileName(file)}: {key} auto-accepted as {actual["value"]?.ToJsonString()}, truth {expected?.ToJsonString()}");
        }

        Assert.True(right >= keys.Length - 1, $"{Path.GetFileName(file)}: only {right} of {keys.Length} key fields read right");
    }

    private static bool SameValue(JsonNode? expected, JsonNode? actual) =>
        expected is null || actual is null
            ? expected is null && actual is null
            : expected.GetValueKind() == System.Text.Json.JsonValueKind.Number && actual.GetValueKind() == System.Text.Json.JsonValueKind.Number
                ? (decimal)expected == (decimal)actual
                : expected.ToJsonString() == actual.ToJsonString();

    /// <summary>The first tune sample of the type and language in the most preferred delivery form, by its truth file.</summary>
    private static (string File, JsonObject Truth) Pick(string type, string language)
    {
        var folder = Path.Combine(RepositoryPaths.GeneratedSamples, "tune");
        var candidates = new List<(string File, JsonObject Truth, int Rank)>();
        foreach (var truthFile in Directory.EnumerateFiles(folder, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var truth = JsonNode.Parse(File.ReadAllText(truthFile))!.AsObject();
            var form = (string?)truth["delivery"]?["form"];
            if ((string?)truth["documentType"] != type || (string?)truth["language"] != language || Array.IndexOf(Forms, form) < 0)
            {
                continue;
            }

            var stem = Path.GetFileName(truthFile[..^".truth.json".Length]);
            var file = Directory.EnumerateFiles(folder, stem + ".*").First(f => !f.EndsWith(".json", StringComparison.Ordinal));
            candidates.Add((file, truth, Array.IndexOf(Forms, form)));
        }

        Assert.NotEmpty(candidates);
        var best = candidates.OrderBy(c => c.Rank).First();
        return (best.File, best.Truth);
    }
}
