using DocIntake.Imaging.Decoding;
using DocIntake.Pipeline;

namespace DocIntake.Cli.Commands.Bench;

/// <summary>The benchmark's documents, split into those that need OCR and text-layer PDFs.</summary>
internal sealed class BenchCorpus
{
    public List<InputFile> ImageDocuments { get; } = [];

    public List<InputFile> TextDocuments { get; } = [];

    public int ImagePageCount { get; private set; }

    public int TextPageCount { get; private set; }

    public static BenchCorpus Load(string folder, int? maxImageDocuments)
    {
        var corpus = new BenchCorpus();
        foreach (var path in CommonOptions.ExpandInputs([folder]))
        {
            var input = InputFile.FromPath(path);
            DecodedDocument decoded;
            try
            {
                decoded = DocumentDecoder.Open(input.FileName, input.Bytes);
            }
            catch (Core.Errors.BadInputException)
            {
                continue;
            }

            var isText = decoded.Format == "pdf" && decoded.Pages().All(p => p.TextLayer is not null);
            if (isText)
            {
                corpus.TextDocuments.Add(input);
                corpus.TextPageCount += decoded.PageCount;
            }
            else if (maxImageDocuments is null || corpus.ImageDocuments.Count < maxImageDocuments)
            {
                corpus.ImageDocuments.Add(input);
                corpus.ImagePageCount += decoded.PageCount;
            }
        }

        return corpus;
    }
}
