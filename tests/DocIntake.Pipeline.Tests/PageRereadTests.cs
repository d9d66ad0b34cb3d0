using DocIntake.Core.Contract;
using DocIntake.Core.Pages;
using DocIntake.Imaging.Decoding;
using DocIntake.Ocr;

namespace DocIntake.Pipeline.Tests;

/// <summary>
/// The two re-read rules on a rendered strip (Fixtures/reread-lines.png) with hand-made page words: each test gives
/// the words a page OCR might have produced for the ink there, and only the re-read goes through Tesseract.
/// </summary>
public sealed class PageRereadTests(RereadEngines engines) : IClassFixture<RereadEngines>
{
    private const string EarlierStep = "binarize:otsu";

    [Fact]
    public void JapaneseLabels_ReplacesLatinRunsWithTheJpnReading_WhenLabelsWereReadAsUnsureLatin()
    {
        var page = Page(
            [Word("We", 0.45, Strip.InnerDiameter)],
            [Word("tis", 0.35, Part(Strip.TotalExTax, 0, 3)), Word("trait", 0.40, Part(Strip.TotalExTax, 1, 3)), Word("(Bitk)", 0.30, Part(Strip.TotalExTax, 2, 3))],
            [Word("注文書", 0.95, Strip.OrderTitle), Word("PN-7010", 0.93, Strip.PartNumber), Word("2026/11/25", 0.96, Strip.Date)],
            [Word("数量", 0.95, Strip.Quantity), Word("長さ", 0.94, Strip.Length)],
            [Word("Tota", 0.50, Strip.Total)],
            [Word("東京精密工業株式会社", 0.93, Strip.Company)]);

        var read = PageReread.JapaneseLabels(engines.Japanese).Apply(page, Strip.Image);

        Assert.Equal([EarlierStep, "jpn_reread:2"], read.Operations);
        Assert.Equal("内径", Joined(read, 0));
        Assert.Contains("合計", Joined(read, 1), StringComparison.Ordinal);
        Assert.Contains("税抜", Joined(read, 1), StringComparison.Ordinal);
        Assert.DoesNotContain(read.Words, w => w.Line <= 1 && w.Text.Any(char.IsAsciiLetter));
        AssertWithin(Strip.InnerDiameter, read.Lines[0].Words);
        AssertWithin(Strip.TotalExTax, read.Lines[1].Words);

        // The lines read well, and the run whose re-read lost ("Total" again), are untouched; no line is lost.
        Assert.Equal(page.Lines[2].Words, read.Lines[2].Words);
        Assert.Equal(page.Lines[3].Words, read.Lines[3].Words);
        Assert.Equal(page.Lines[4].Words, read.Lines[4].Words);
        Assert.Equal(page.Lines[5].Words, read.Lines[5].Words);
        Assert.Equal(6, read.Lines.Count);
        Assert.Equal(read.Lines.SelectMany(l => l.Words), read.Words);
    }

    [Fact]
    public void JapaneseLabels_RereadsOnlyTheUnsureAsciiWords_WhenALineHasOthers()
    {
        // A confident ASCII word and an unsure kanji word next to a misread label are not part of its run.
        var page = Page(
            [Word("Item", 0.93, Strip.Item), Word("HA", 0.40, Strip.UnitPrice)],
            [Word("数量", 0.60, Strip.Quantity), Word("ORS", 0.60, Strip.Length)],
            [Word("東京精密工業株式会社", 0.93, Strip.Company)]);

        var read = PageReread.JapaneseLabels(engines.Japanese).Apply(page, Strip.Image);

        Assert.Equal([EarlierStep, "jpn_reread:2"], read.Operations);
        Assert.Equal("Item単価", Joined(read, 0));
        Assert.Equal("数量長さ", Joined(read, 1));
        Assert.Equal(page.Lines[0].Words[0], read.Lines[0].Words[0]);
        Assert.Equal(page.Lines[1].Words[0], read.Lines[1].Words[0]);
        AssertWithin(Strip.UnitPrice, read.Lines[0].Words.Skip(1));
        AssertWithin(Strip.Length, read.Lines[1].Words.Skip(1));
    }

    [Fact]
    public void JapaneseLabels_RereadsAShortRun_WhenItIsOnlyMildlyUnsure()
    {
        // 長さ read "ORS" at 0.78: above the 0.7 any-word limit, but every word of the run is table-cell short.
        var page = JapanesePageWith(Word("ORS", 0.78, Strip.Length));

        var read = PageReread.JapaneseLabels(engines.Japanese).Apply(page, Strip.Image);

        Assert.Equal("長さ", Joined(read, 0));
        Assert.Equal([EarlierStep, "jpn_reread:1"], read.Operations);
        Assert.Equal(page.Words.Skip(1), read.Words.Where(w => w.Line > 0));
    }

    [Fact]
    public void JapaneseLabels_LeavesALongWord_WhenItIsOnlyMildlyUnsure()
    {
        var page = JapanesePageWith(Word("Lengths", 0.78, Strip.Length));
        var jpn = Watched(engines.Japanese);

        var read = PageReread.JapaneseLabels(jpn).Apply(page, Strip.Image);

        Assert.False(jpn.IsValueCreated, "a 7-letter word at 0.78 is not doubtful: no re-read");
        AssertUnchanged(page, read);
    }

    [Fact]
    public void JapaneseLabels_LeavesJapaneseNumbersAndCodes_EvenWhenUnsure()
    {
        var page = Page(
            [Word("注文書", 0.50, Strip.OrderTitle), Word("PN-7010", 0.50, Strip.PartNumber), Word("2026/11/25", 0.40, Strip.Date)],
            [Word("Total", 0.93, Strip.Total)],
            [Word("内径", 0.95, Strip.InnerDiameter)],
            [Word("合計(税抜)", 0.95, Strip.TotalExTax)]);
        var jpn = Watched(engines.Japanese);

        var read = PageReread.JapaneseLabels(jpn).Apply(page, Strip.Image);

        Assert.False(jpn.IsValueCreated, "kanji, codes and dates with digits, and confident ASCII are never re-read");
        AssertUnchanged(page, read);
    }

    [Fact]
    public void JapaneseLabels_KeepsTheRun_WhenJpnReadsNoJapanese()
    {
        // Printed "Total", read "Tota" at 0.5: jpn alone reads "Total" again, which is not Japanese.
        var page = JapanesePageWith(Word("Tota", 0.50, Strip.Total));
        var jpn = Watched(engines.Japanese);

        var read = PageReread.JapaneseLabels(jpn).Apply(page, Strip.Image);

        Assert.True(jpn.IsValueCreated, "the run is doubtful and was re-read");
        AssertUnchanged(page, read);
    }

    [Fact]
    public void JapaneseLabels_KeepsTheRun_WhenJpnIsNotClearlyMoreConfident()
    {
        // jpn reads this 内径 at ~0.84 on average: not 0.1 above the 0.80 of "We".
        var page = JapanesePageWith(Word("We", 0.80, Strip.InnerDiameter));
        var jpn = Watched(engines.Japanese);

        var read = PageReread.JapaneseLabels(jpn).Apply(page, Strip.Image);

        Assert.True(jpn.IsValueCreated, "the run is doubtful and was re-read");
        AssertUnchanged(page, read);
    }

    [Fact]
    public void JapaneseLabels_DoesNothing_WhenThePageIsNotJapanese()
    {
        var page = Page(
            [Word("We", 0.45, Strip.InnerDiameter)],
            [Word("Outer", 0.95, Part(Strip.OuterDiameter, 0, 2)), Word("diameter", 0.95, Part(Strip.OuterDiameter, 1, 2))],
            [Word("Tolerance", 0.95, Strip.Tolerance)],
            [Word("Total", 0.95, Strip.Total), Word("DimensionA", 0.95, Strip.DimensionA)],
            [Word("長さ", 0.95, Strip.Length)]);
        var jpn = Watched(engines.Japanese);

        var read = PageReread.JapaneseLabels(jpn).Apply(page, Strip.Image);

        Assert.False(jpn.IsValueCreated, "2 of 41 letters are Japanese: below the 5 % of a Japanese page");
        AssertUnchanged(page, read);
    }

    [Fact]
    public void JapaneseLabels_RereadsAJapanesePageThatCameBackMostlyAsLatin()
    {
        // Seed 233's tune-056, a Mincho record at 98 lpi: its labels read as Latin nonsense, 14 % of its letters kana
        // or kanji. 2 of 33 here: a Japanese page still.
        var page = Page(
            [Word("We", 0.45, Strip.InnerDiameter)],
            [Word("tis", 0.35, Part(Strip.TotalExTax, 0, 3)), Word("trait", 0.40, Part(Strip.TotalExTax, 1, 3)), Word("(Bitk)", 0.30, Part(Strip.TotalExTax, 2, 3))],
            [Word("Tota", 0.50, Strip.Total)],
            [Word("Outer", 0.95, Part(Strip.OuterDiameter, 0, 2)), Word("diameter", 0.95, Part(Strip.OuterDiameter, 1, 2))],
            [Word("長さ", 0.95, Strip.Length)]);

        var read = PageReread.JapaneseLabels(engines.Japanese).Apply(page, Strip.Image);

        Assert.Equal([EarlierStep, "jpn_reread:2"], read.Operations);
        Assert.Equal("内径", Joined(read, 0));
    }

    [Fact]
    public void JapaneseLabels_KeepsAWellReadNeighbour_WhenTheRunsBoxReachesIntoIt()
    {
        // The run's box starts inside 数量's (boxes of a line overlap): the crop takes in part of 数量, whose reading
        // must not be added a second time.
        var overlapping = PixelBox.FromCorners(Strip.Quantity.X + 30, Strip.Quantity.Y, Strip.Length.Right, Strip.Length.Bottom);
        var page = Page([Word("数量", 0.95, Strip.Quantity), Word("ke", 0.35, overlapping)], [Word("注文書", 0.95, Strip.OrderTitle)]);

        var read = PageReread.JapaneseLabels(engines.Japanese).Apply(page, Strip.Image);

        Assert.Equal([EarlierStep, "jpn_reread:1"], read.Operations);
        Assert.Equal("数量長さ", Joined(read, 0));
        Assert.Equal(page.Lines[0].Words[0], read.Lines[0].Words[0]);
        Assert.All(read.Lines[0].Words.Skip(1), w => Assert.True(w.Box.CenterX > Strip.Quantity.Right, $"{w.Text} at {w.Box}"));
    }

    [Theory]
    [InlineData("Outerdiameter", 0.89, "Outer diameter")]
    [InlineData("DimensionA", 0.85, "Dimension A")]
    public void MergedEnglishWords_SplitsTheWord_WhenEngReadsTheSameLettersAsSeveralWords(string merged, double confidence, string expected)
    {
        var box = merged.StartsWith("Outer", StringComparison.Ordinal) ? Strip.OuterDiameter : Strip.DimensionA;
        var page = Page([Word("注文書", 0.95, Strip.OrderTitle)], [Word(merged, confidence, box)], [Word("Total", 0.95, Strip.Total)]);

        var read = PageReread.MergedEnglishWords(engines.English).Apply(page, Strip.Image);

        Assert.Equal([EarlierStep, "eng_split:1"], read.Operations);
        Assert.Equal(expected, read.Lines[1].Text);
        AssertWithin(box, read.Lines[1].Words);
        var lefts = read.Lines[1].Words.Select(w => w.Box.X).ToList();
        Assert.Equal(lefts.Order(), lefts);
        Assert.Equal(page.Lines[0].Words, read.Lines[0].Words);
        Assert.Equal(page.Lines[2].Words, read.Lines[2].Words);
        Assert.Equal(page.Words.Count + expected.Count(c => c == ' '), read.Words.Count);
    }

    [Theory]
    [InlineData("Outerdiameter", 0.95)] // confident
    [InlineData("Tolerance", 0.80)] // short and no inner capital: nothing says it is joined
    [InlineData("Outerdiameter2", 0.50)] // a digit: a code or a value, not English words
    public void MergedEnglishWords_DoesNotReread_WhenTheWordDoesNotLookJoined(string text, double confidence)
    {
        var page = Page([Word(text, confidence, text.StartsWith("Outer", StringComparison.Ordinal) ? Strip.OuterDiameter : Strip.Tolerance)]);
        var eng = Watched(engines.English);

        var read = PageReread.MergedEnglishWords(eng).Apply(page, Strip.Image);

        Assert.False(eng.IsValueCreated);
        AssertUnchanged(page, read);
    }

    [Fact]
    public void MergedEnglishWords_KeepsTheWord_WhenEngReadsOtherLetters()
    {
        // Only spaces may be added: "Outerdiamefer" is not turned into "Outer diameter".
        var page = Page([Word("Outerdiamefer", 0.85, Strip.OuterDiameter)]);
        var eng = Watched(engines.English);

        var read = PageReread.MergedEnglishWords(eng).Apply(page, Strip.Image);

        Assert.True(eng.IsValueCreated, "the word looks joined and was re-read");
        AssertUnchanged(page, read);
    }

    [Fact]
    public void MergedEnglishWords_KeepsTheWord_WhenEngReadsItAsOneWord()
    {
        // An inner capital makes "TolerAnce" doubtful, but eng finds one word: nothing to split, nothing to log.
        var page = Page([Word("TolerAnce", 0.85, Strip.Tolerance)]);
        var eng = Watched(engines.English);

        var read = PageReread.MergedEnglishWords(eng).Apply(page, Strip.Image);

        Assert.True(eng.IsValueCreated, "the word looks joined and was re-read");
        AssertUnchanged(page, read);
    }

    [Fact]
    public void SecondLook_RereadsAnItemCellWithTheJapaneseModel_AndOnlyWhenOneIsGiven()
    {
        // The measurement-item re-read (SecondLookPass.JapaneseItems) goes through this: 内径 alone on its crop.
        var images = new Dictionary<int, GrayImage> { [1] = Strip.Image };
        using var pageEngines = new OcrEnginePool(new OcrOptions { Languages = "eng", WorkerCount = 1 });
        var look = new TesseractSecondLook(pageEngines, engines.English, engines.Japanese, images);
        var without = new TesseractSecondLook(pageEngines, engines.English, null, images);

        Assert.Equal("内径", look.RereadJapanese(1, Strip.InnerDiameter)?.Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Null(without.RereadJapanese(1, Strip.InnerDiameter));
        Assert.Null(look.RereadJapanese(2, Strip.InnerDiameter)); // no such page
    }

    private static TextWord Word(string text, double confidence, PixelBox box) => new(text, confidence, box, 0, 0);

    /// <summary>A page of the strip's size whose lines are the given words (line and block indices set here).</summary>
    private static PageText Page(params TextWord[][] lines)
    {
        List<TextWord> words = [.. lines.SelectMany((line, index) => line.Select(w => w with { Line = index, Block = index }))];
        return new PageText
        {
            Number = 1,
            Width = Strip.Image.Width,
            Height = Strip.Image.Height,
            Source = TextSources.Ocr,
            Words = words,
            Lines = PageText.GroupLines(words),
            MeanConfidence = words.Average(w => w.Confidence),
            Operations = [EarlierStep],
        };
    }

    /// <summary>The word on line 0 of a page that is Japanese by its other, well-read lines.</summary>
    private static PageText JapanesePageWith(TextWord word) => Page(
        [word],
        [Word("注文書", 0.95, Strip.OrderTitle), Word("PN-7010", 0.93, Strip.PartNumber)],
        [Word("東京精密工業株式会社", 0.93, Strip.Company)]);

    /// <summary>A fresh handle on a shared pool: IsValueCreated then says whether this test's rule re-read anything.</summary>
    private static Lazy<OcrEnginePool> Watched(Lazy<OcrEnginePool> pool) => new(() => pool.Value);

    /// <summary>The n-th of count equal slices of a box, as page OCR splits a label it read as several words.</summary>
    private static PixelBox Part(PixelBox box, int n, int count) =>
        new(box.X + (n * box.Width / count), box.Y, box.Width / count, box.Height);

    private static string Joined(PageText page, int line) => string.Concat(page.Lines[line].Words.Select(w => w.Text));

    private static void AssertUnchanged(PageText page, PageText read)
    {
        Assert.Equal(page.Words, read.Words);
        Assert.Equal(page.Operations, read.Operations);
    }

    /// <summary>New words lie where the run was: its box, padded as the crop is, give or take a pixel of scaling.</summary>
    private static void AssertWithin(PixelBox run, IEnumerable<TextWord> words)
    {
        var slack = Math.Max(2, run.Height / 4) + 2;
        Assert.All(words, w =>
        {
            Assert.InRange(w.Box.X, run.X - slack, run.Right + slack);
            Assert.InRange(w.Box.Right, run.X - slack, run.Right + slack);
            Assert.InRange(w.Box.Y, run.Y - slack, run.Bottom + slack);
            Assert.InRange(w.Box.Bottom, run.Y - slack, run.Bottom + slack);
        });
    }
}

/// <summary>A jpn and an eng engine pool, as <see cref="DocumentPipeline"/> makes them for its re-reads.</summary>
public sealed class RereadEngines : IDisposable
{
    public Lazy<OcrEnginePool> Japanese { get; } = new(() => new OcrEnginePool(new OcrOptions { Languages = "jpn", WorkerCount = 1 }));

    public Lazy<OcrEnginePool> English { get; } = new(() => new OcrEnginePool(new OcrOptions { Languages = "eng", WorkerCount = 1 }));

    public void Dispose()
    {
        if (Japanese.IsValueCreated)
        {
            Japanese.Value.Dispose();
        }

        if (English.IsValueCreated)
        {
            English.Value.Dispose();
        }
    }
}

/// <summary>
/// Fixtures/reread-lines.png (generate-reread-lines.sh): one label or word per row, 12 pt at 200 dpi, and the ink box
/// of each, found from the pixels rather than by OCR.
/// </summary>
internal static class Strip
{
    private static readonly Lazy<GrayImage> Loaded = new(() =>
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "DocIntake.Pipeline.Tests", "Fixtures", "reread-lines.png");
        return DocumentDecoder.Open(path, File.ReadAllBytes(path)).Pages().Single().Image!;
    });

    private static readonly Lazy<List<List<PixelBox>>> Rows = new(() =>
    {
        // Words within a row are 8-12 px apart, the row's items 6 mm (47 px) or more.
        var rows = InkRows(Image, minGap: 30);
        int[] expected = [1, 1, 3, 2, 1, 1, 1, 1, 1, 2];
        return rows.Select(r => r.Count).SequenceEqual(expected)
            ? rows
            : throw new InvalidOperationException($"reread-lines.png has rows of {string.Join(',', rows.Select(r => r.Count))} items, expected {string.Join(',', expected)}.");
    });

    public static GrayImage Image => Loaded.Value;

    public static PixelBox InnerDiameter => Rows.Value[0][0]; // 内径

    public static PixelBox TotalExTax => Rows.Value[1][0]; // 合計(税抜)

    public static PixelBox OrderTitle => Rows.Value[2][0]; // 注文書

    public static PixelBox PartNumber => Rows.Value[2][1]; // PN-7010

    public static PixelBox Date => Rows.Value[2][2]; // 2026/11/25

    public static PixelBox Quantity => Rows.Value[3][0]; // 数量

    public static PixelBox Length => Rows.Value[3][1]; // 長さ

    public static PixelBox OuterDiameter => Rows.Value[4][0]; // Outer diameter

    public static PixelBox DimensionA => Rows.Value[5][0]; // Dimension A

    public static PixelBox Tolerance => Rows.Value[6][0];

    public static PixelBox Total => Rows.Value[7][0];

    public static PixelBox Company => Rows.Value[8][0]; // 東京精密工業株式会社

    public static PixelBox Item => Rows.Value[9][0];

    public static PixelBox UnitPrice => Rows.Value[9][1]; // 単価

    /// <summary>Ink boxes per text row, top to bottom; within a row, ink split where a blank gap is at least minGap pixels.</summary>
    private static List<List<PixelBox>> InkRows(GrayImage image, int minGap) =>
        [.. Runs(image.Height, y => Enumerable.Range(0, image.Width).Any(x => image[x, y] < 128), 1)
            .Select(row => Runs(image.Width, x => Enumerable.Range(row.Start, row.End - row.Start).Any(y => image[x, y] < 128), minGap)
                .Select(item => PixelBox.FromCorners(item.Start, row.Start, item.End, row.End))
                .ToList())];

    private static List<(int Start, int End)> Runs(int length, Func<int, bool> inked, int minGap)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < length; i++)
        {
            if (!inked(i))
            {
                continue;
            }

            if (runs.Count > 0 && i - runs[^1].End < minGap)
            {
                runs[^1] = (runs[^1].Start, i + 1);
            }
            else
            {
                runs.Add((i, i + 1));
            }
        }

        return runs;
    }
}
