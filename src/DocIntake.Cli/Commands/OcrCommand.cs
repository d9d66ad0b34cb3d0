using System.CommandLine;
using DocIntake.Imaging.Encoding;
using DocIntake.Pipeline;

namespace DocIntake.Cli.Commands;

/// <summary>`ocr FILE` prints the recognised text of each page, line by line.</summary>
internal static class OcrCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "A TIFF, PDF or image file." };
        var language = CommonOptions.Language();
        var save = new Option<string?>("--save-pages") { Description = "Also write each cleaned page as it was OCR'd to this folder (PNG)." };
        var command = new Command("ocr", "Print the text read from each page.") { input, language, save };
        command.SetAction(result =>
        {
            var path = result.GetValue(input)!;
            using var pipeline = new DocumentPipeline(CommonOptions.Pipeline(result.GetValue(language), null));
            return ExtractCommand.Guard(path, () =>
            {
                var processed = pipeline.Process(InputFile.FromPath(path));
                if (result.GetValue(save) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                    foreach (var (number, image) in processed.PageImages)
                    {
                        File.WriteAllBytes(Path.Combine(folder, $"{Path.GetFileName(path)}.p{number}.png"), PageImages.EncodePng(image));
                    }
                }

                foreach (var page in processed.Pages)
                {
                    Console.Out.WriteLine($"--- page {page.Number} ({page.Source}, confidence {page.MeanConfidence:F2}) ---");
                    foreach (var line in page.Lines)
                    {
                        Console.Out.WriteLine(line.Text);
                    }
                }
            });
        });
        return command;
    }
}
