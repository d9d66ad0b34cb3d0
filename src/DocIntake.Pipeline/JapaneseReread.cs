using DocIntake.Core.Pages;
using DocIntake.Ocr;

namespace DocIntake.Pipeline;

/// <summary>
/// Read with jpn+eng, a Japanese page sometimes has a short Japanese label taken for English: Tesseract returns Latin
/// nonsense at low confidence ("合計(税抜)" as "tis trait (Bitk)" at 0.35, "消費税" as "Li EO ME EE YZ"). Such runs are read
/// again from their crop with jpn alone and replaced when that gives Japanese with more confidence. jpn alone is not the
/// page language because it reads thousands commas as full stops and English words poorly; here it only sees labels.
/// </summary>
internal sealed class JapaneseReread(Lazy<OcrEnginePool> japanese)
{
    /// <summary>Latin words read below this confidence on a Japanese page are suspect (real codes read at 0.85+).</summary>
    private const double SuspectBelow = 0.7;

    /// <summary>A page is Japanese when this share of its letters are kana or kanji.</summary>
    private const double JapaneseShare = 0.3;

    /// <summary>The re-read must beat the first reading by this much to replace it.</summary>
    private const double Margin = 0.1;

    public PageText Apply(PageText page, GrayImage image)
    {
        if (!IsJapanese(page) || !page.Words.Any(IsSuspect))
        {
            return page;
        }

        var words = new List<TextWord>(page.Words.Count);
        var changed = 0;
        foreach (var line in page.Lines)
        {
            var i = 0;
            while (i < line.Words.Count)
            {
                if (!IsLatinish(line.Words[i]))
                {
                    words.Add(line.Words[i++]);
                    continue;
                }

                var j = i;
                while (j < line.Words.Count && IsLatinish(line.Words[j]))
                {
                    j++;
                }

                var run = line.Words.Skip(i).Take(j - i).ToList();
                if (run.Exists(IsSuspect) && Reread(run, image) is { } better)
                {
                    words.AddRange(better);
                    changed++;
                }
                else
                {
                    words.AddRange(run);
                }

                i = j;
            }
        }

        if (changed == 0)
        {
            return page;
        }

        return new PageText
        {
            Number = page.Number,
            Width = page.Width,
            Height = page.Height,
            Source = page.Source,
            Words = words,
            Lines = PageText.GroupLines(words),
            Rulings = page.Rulings,
            MeanConfidence = page.MeanConfidence,
            Rotation = page.Rotation,
            Operations = [.. page.Operations, $"jpn_reread:{changed}"],
        };
    }

    private List<TextWord>? Reread(List<TextWord> run, GrayImage image)
    {
        var box = run.Select(w => w.Box).Aggregate((a, b) => a.Union(b));
        var crop = LineCrop.Of(image, box);
        PageText read;
        using (var lease = japanese.Value.Rent())
        {
            read = lease.Engine.Recognize(crop.Image, new OcrRequest(PageSegMode: PageSegMode.SingleLine));
        }

        if (read.Words.Count == 0 || !read.Words.Any(w => HasJapanese(w.Text)))
        {
            return null;
        }

        var before = run.Average(w => w.Confidence);
        var after = read.Words.Average(w => w.Confidence);
        if (after < before + Margin)
        {
            return null;
        }

        return [.. read.Words.Select(w => w with { Box = crop.ToPage(w.Box), Line = run[0].Line, Block = run[0].Block })];
    }

    /// <summary>ASCII without digits, not read with certainty: a run of these holding a suspect word is read again whole
    /// ("型番 mA(0.82) .(0.37) Bon(0.33)" was "品目 数量").</summary>
    private static bool IsLatinish(TextWord word) =>
        word.Confidence < 0.9 && !word.Text.Any(char.IsAsciiDigit) && word.Text.All(c => c < 0x80);

    private static bool IsSuspect(TextWord word) =>
        word.Confidence < SuspectBelow
        && word.Text.Any(char.IsAsciiLetter)
        && !word.Text.Any(char.IsAsciiDigit)
        && word.Text.All(c => c < 0x80);

    private static bool IsJapanese(PageText page)
    {
        var letters = 0;
        var japanese = 0;
        foreach (var c in page.Words.SelectMany(w => w.Text))
        {
            if (char.IsLetter(c))
            {
                letters++;
                japanese += IsKanaOrKanji(c) ? 1 : 0;
            }
        }

        return letters > 0 && japanese >= letters * JapaneseShare;
    }

    private static bool HasJapanese(string text) => text.Any(IsKanaOrKanji);

    private static bool IsKanaOrKanji(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';
}
