using System.Collections.Concurrent;
using DocIntake.Core.Extraction;
using DocIntake.Core.Pages;
using DocIntake.Ocr;

namespace DocIntake.Pipeline;

/// <summary>
/// Re-reads a doubtful value on its own crop, with settings for its kind: one text line, a character whitelist and eng
/// alone for codes and numbers, small crops enlarged so glyphs reach the size Tesseract's models were trained on.
/// </summary>
internal sealed class TesseractSecondLook(
    OcrEnginePool pageEngines, Lazy<OcrEnginePool> asciiEngines, IReadOnlyDictionary<int, GrayImage> pages) : ISecondLook
{
    private const string CodeCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/._";
    private const string NumberCharacters = "0123456789,.-";

    /// <summary>Tesseract reads best with capital letters ~30 px high; smaller crops are doubled.</summary>
    private const int MinLineHeight = 40;

    public string? Reread(int page, PixelBox box, ValueKind kind)
    {
        if (!pages.TryGetValue(page, out var image) || box.Width <= 0 || box.Height <= 0)
        {
            return null;
        }

        var pad = Math.Max(2, box.Height / 4);
        var crop = image.Crop(new PixelBox(box.X - pad, box.Y - pad, box.Width + (2 * pad), box.Height + (2 * pad)));
        if (crop.Height < MinLineHeight)
        {
            crop = Enlarge2x(crop);
        }

        var ascii = kind is ValueKind.Code or ValueKind.Number or ValueKind.Money or ValueKind.Phone;
        var whitelist = kind switch
        {
            ValueKind.Code => CodeCharacters,
            ValueKind.Number or ValueKind.Money => NumberCharacters,
            ValueKind.Phone => NumberCharacters + "()",
            _ => null,
        };
        using var lease = ascii ? asciiEngines.Value.Rent() : pageEngines.Rent();
        var text = lease.Engine.Recognize(crop, new OcrRequest(page, PageSegMode.SingleLine, whitelist));
        var joined = string.Join(' ', text.Words.Select(w => w.Text));
        return joined.Length == 0 ? null : joined;
    }

    private static GrayImage Enlarge2x(GrayImage source)
    {
        var result = new GrayImage(source.Width * 2, source.Height * 2, source.DpiX * 2, source.DpiY * 2);
        for (var y = 0; y < source.Height; y++)
        {
            var from = source.Row(y);
            var to = result.Row(2 * y);
            for (var x = 0; x < from.Length; x++)
            {
                to[2 * x] = from[x];
                to[(2 * x) + 1] = from[x];
            }

            to.CopyTo(result.Row((2 * y) + 1));
        }

        return result;
    }
}
