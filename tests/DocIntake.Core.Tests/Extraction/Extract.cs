using DocIntake.Core.Contract;
using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Masters;
using DocIntake.Core.Pages;

namespace DocIntake.Core.Tests.Extraction;

internal static class Extract
{
    public static ExtractedDocument Run(IReadOnlyList<PageText> pages, ExtractionOptions? options = null, ISecondLook? look = null)
    {
        var document = new ExtractedDocument();
        DocumentExtractor.Extract(document, pages, options ?? new ExtractionOptions(), look);
        return document;
    }

    public static ExtractedDocument Run(PageText page, ExtractionOptions? options = null, ISecondLook? look = null) => Run([page], options, look);

    public static string? Str(this ExtractedDocument d, string field) => d.Fields[field].Value?.GetValue<string>();

    public static decimal? Num(this Field f) => f.Value?.GetValue<decimal>();

    public static MasterData Master() => MasterData.Load(
        new StringReader("name,kana,tel,fax\n株式会社東海精機,トウカイセイキ,0566-21-4410,0566-21-4411\n"),
        new StringReader("partNumber,name,unit,unitPrice\nMS-1001-A,シャフト φ10,本,320\nBU-2040,ブッシュ,個,85.5\n"));
}
