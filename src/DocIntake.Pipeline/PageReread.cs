using DocIntake.Core.Pages;
using DocIntake.Ocr;

namespace DocIntake.Pipeline;

/// <summary>
/// Reads runs of doubtful words again from their crop with a single-language engine and puts the new words in their
/// place when the rule accepts them. Two rules, for the two ways jpn+eng page OCR fails on these documents:
/// <see cref="JapaneseLabels"/> and <see cref="MergedEnglishWords"/>.
/// </summary>
internal sealed class PageReread(string name, Lazy<OcrEnginePool> engines, PageReread.Rule rule)
{
    /// <summary>When a page qualifies, which words form a run, which run is worth a re-read, and whether the re-read wins.</summary>
    public sealed record Rule(
        Func<PageText, bool> Page, Func<TextWord, bool> InRun, Func<IReadOnlyList<TextWord>, bool> Doubtful, Func<IReadOnlyList<TextWord>, PageText, bool> Better);

    /// <summary>
    /// A page is Japanese when this share of its letters are kana or kanji. A Mincho page at 98 lpi can come back from
    /// jpn+eng mostly as Latin nonsense and keep only 8 % kana and kanji (over 32 sets, session 17, 81 Japanese pages
    /// under 30 %); no English page had more than 2.5 % (a 御中, a Japanese name).
    /// </summary>
    private const double JapaneseShare = 0.05;

    /// <summary>
    /// Read with jpn+eng, a Japanese page sometimes has a short Japanese label taken for English: Latin nonsense at low
    /// confidence ("合計(税抜)" as "tis trait (Bitk)" at 0.35, "品目 数量" as "mA . Bon"). Runs of unsure ASCII words
    /// holding one below 0.7 are read with jpn alone, kept when that reads Japanese at least 0.1 more confidently. jpn
    /// alone is not the page language: it reads thousands commas as full stops and English poorly.
    /// </summary>
    public static PageReread JapaneseLabels(Lazy<OcrEnginePool> jpn) => new("jpn_reread", jpn, new Rule(
        Page: IsJapanese,
        InRun: w => w.Confidence < 0.9 && !w.Text.Any(char.IsAsciiDigit) && w.Text.All(char.IsAscii),
        Doubtful: run => run.Any(w => w.Text.Any(char.IsAsciiLetter) && (w.Confidence < 0.7 || (w.Confidence < 0.85 && run.All(IsShort)))),
        Better: (run, read) => read.Words.Any(w => w.Text.Any(IsKanaOrKanji))
            && read.Words.Average(w => w.Confidence) >= run.Average(w => w.Confidence) + 0.1));

    /// <summary>
    /// jpn+eng joins English words printed close together ("Outer diameter" read "Outerdiameter" at 0.89, "DimensionA"):
    /// a long or camel-joined unsure ASCII word is read with eng alone and split when eng finds the same letters as
    /// several words. Only spaces are added; the letters stay as read.
    /// </summary>
    public static PageReread MergedEnglishWords(Lazy<OcrEnginePool> eng) => new("eng_split", eng, new Rule(
        Page: _ => true,
        InRun: w => w.Confidence < 0.9 && w.Text.Count(char.IsAsciiLetter) >= 6 && w.Text.All(char.IsAscii) && !w.Text.Any(char.IsAsciiDigit),
        Doubtful: run => run.Any(w => w.Text.Length >= 12 || HasInnerCapital(w.Text)),
        Better: (run, read) => read.Words.Count > run.Count
            && string.Equals(Letters(string.Concat(read.Words.Select(w => w.Text))), Letters(string.Concat(run.Select(w => w.Text))), StringComparison.OrdinalIgnoreCase)));

    public PageText Apply(PageText page, GrayImage image)
    {
        if (!rule.Page(page) || !page.Words.Any(rule.InRun))
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
                if (!rule.InRun(line.Words[i]))
                {
                    words.Add(line.Words[i++]);
                    continue;
                }

                var j = i;
                while (j < line.Words.Count && rule.InRun(line.Words[j]))
                {
                    j++;
                }

                var run = line.Words.Skip(i).Take(j - i).ToList();
                if (rule.Doubtful(run) && Reread(run, line.Words.Except(run), image) is { } better)
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

        return page.WithWords(words, $"{name}:{changed}");
    }

    private List<TextWord>? Reread(List<TextWord> run, IEnumerable<TextWord> others, GrayImage image)
    {
        var crop = LineCrop.Of(image, run.Select(w => w.Box).Aggregate((a, b) => a.Union(b)));
        PageText read;
        using (var lease = engines.Value.Rent())
        {
            read = lease.Engine.Recognize(crop.Image, new OcrRequest(PageSegMode: PageSegMode.SingleLine));
        }

        if (read.Words.Count == 0 || !rule.Better(run, read))
        {
            return null;
        }

        // The crop may take in words of the line that were read well (boxes of a line overlap): those stay as they were.
        var kept = others.Select(w => w.Box).ToList();
        List<TextWord> words = [.. read.Words
            .Select(w => w with { Box = crop.ToPage(w.Box), Line = run[0].Line, Block = run[0].Block })
            .Where(w => !kept.Exists(k => w.Box.CenterX >= k.X && w.Box.CenterX <= k.Right))];
        return words.Count == 0 ? null : [words[0] with { SpaceBefore = run[0].SpaceBefore }, .. words.Skip(1)];
    }

    /// <summary>A table cell's worth of letters ("We", "ORS" for 内径, 長さ): Japanese items and labels misread whole.</summary>
    private static bool IsShort(TextWord word) => word.Text.Length <= 4;

    private static bool HasInnerCapital(string word) => word.Skip(1).Any(char.IsAsciiLetterUpper) && word.Any(char.IsAsciiLetterLower);

    private static string Letters(string text) => string.Concat(text.Where(char.IsAsciiLetter));

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

    private static bool IsKanaOrKanji(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';
}
