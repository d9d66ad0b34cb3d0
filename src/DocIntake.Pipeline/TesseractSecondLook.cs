using System.Collections.Concurrent;
using DocIntake.Core.Extraction;
using DocIntake.Core.Pages;
using DocIntake.Ocr;

namespace DocIntake.Pipeline;

/// <summary>
/// Re-reads a doubtful value on its own crop, with settings for its kind: one text line, a character whitelist and eng
/// alone for codes and numbers, small crops enlarged (<see cref="LineCrop"/>).
/// </summary>
internal sealed class TesseractSecondLook(
    OcrEnginePool pageEngines, Lazy<OcrEnginePool> asciiEngines, Lazy<OcrEnginePool>? japaneseEngines, IReadOnlyDictionary<int, GrayImage> pages)
    : ISecondLook
{
    private const string CodeCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/._";
    private const string NumberCharacters = "0123456789,.-";

    /// <summary>What a 判定 cell can say: 合格/不合格, 合/否, OK/NG, ○/×, PASS/FAIL.</summary>
    private const string ResultCharacters = "合格不否OKNG○〇×✕PASFILpasfil";

    public string? Reread(int page, PixelBox box, ValueKind kind)
    {
        if (!pages.TryGetValue(page, out var image) || box.Width <= 0 || box.Height <= 0)
        {
            return null;
        }

        var crop = LineCrop.Of(image, box).Image;
        var ascii = kind is ValueKind.Code or ValueKind.Number or ValueKind.Money or ValueKind.Phone;
        var whitelist = kind switch
        {
            ValueKind.Code => CodeCharacters,
            ValueKind.Number or ValueKind.Money => NumberCharacters,
            ValueKind.Phone => NumberCharacters + "()",
            ValueKind.Result => ResultCharacters,
            _ => null,
        };
        using var lease = ascii ? asciiEngines.Value.Rent() : pageEngines.Rent();
        return Read(lease, crop, page, whitelist);
    }

    public string? RereadJapanese(int page, PixelBox box)
    {
        if (japaneseEngines is null || !pages.TryGetValue(page, out var image) || box.Width <= 0 || box.Height <= 0)
        {
            return null;
        }

        using var lease = japaneseEngines.Value.Rent();
        return Read(lease, LineCrop.Of(image, box).Image, page, null);
    }

    private static string? Read(OcrEngineLease lease, GrayImage crop, int page, string? whitelist)
    {
        var text = lease.Engine.Recognize(crop, new OcrRequest(page, PageSegMode.SingleLine, whitelist));
        var joined = string.Join(' ', text.Words.Select(w => w.Text));
        return joined.Length == 0 ? null : joined;
    }
}
