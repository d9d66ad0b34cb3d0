using DocIntake.Core.Pages;

namespace DocIntake.Ocr.Interop;

/// <summary>Walks the result iterator word by word after Recognize and numbers lines and blocks.</summary>
internal static class WordReader
{
    internal static List<TextWord> Read(TessBaseApiHandle api)
    {
        var words = new List<TextWord>();
        using var iterator = NativeMethods.TessBaseAPIGetIterator(api);
        if (iterator.IsInvalid)
        {
            return words;
        }

        var addedRef = false;
        try
        {
            iterator.DangerousAddRef(ref addedRef);
            var page = NativeMethods.TessResultIteratorGetPageIterator(iterator);

            // Line and block numbers count only lines/blocks that produced a word, so Line indexes PageText.Lines.
            int rawLine = -1, rawBlock = -1, lastLine = -1, lastBlock = -1, line = -1, block = -1;
            var lineText = new LineText(string.Empty);
            do
            {
                if (NativeMethods.TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.Block) != 0)
                {
                    rawBlock++;
                }

                if (NativeMethods.TessPageIteratorIsAtBeginningOf(page, PageIteratorLevel.TextLine) != 0)
                {
                    rawLine++;
                    lineText = new LineText(TessApi.GetText(iterator, PageIteratorLevel.TextLine) ?? string.Empty);
                }

                var text = TessApi.GetText(iterator, PageIteratorLevel.Word);
                if (string.IsNullOrWhiteSpace(text)
                    || NativeMethods.TessPageIteratorBoundingBox(page, PageIteratorLevel.Word, out var left, out var top, out var right, out var bottom) == 0)
                {
                    continue;
                }

                if (rawBlock != lastBlock)
                {
                    lastBlock = rawBlock;
                    block++;
                }

                if (rawLine != lastLine)
                {
                    lastLine = rawLine;
                    line++;
                }

                var confidence = Math.Clamp(NativeMethods.TessResultIteratorConfidence(iterator, PageIteratorLevel.Word) / 100.0, 0, 1);
                var spaced = lineText.SpaceBefore(text.Trim());
                words.Add(new TextWord(text.Trim(), confidence, PixelBox.FromCorners(left, top, right, bottom), line, block, spaced));
            }
            while (NativeMethods.TessResultIteratorNext(iterator, PageIteratorLevel.Word) != 0);
        }
        finally
        {
            if (addedRef)
            {
                iterator.DangerousRelease();
            }
        }

        return words;
    }
}

/// <summary>
/// A text line as Tesseract writes it, walked word by word: with preserve_interword_spaces (set by the engine) it holds
/// a blank only where the line has one, not between every word it cut.
/// </summary>
internal sealed class LineText(string text)
{
    private int position;

    /// <summary>Finds <paramref name="word"/> after the last one; true when blank stands before it and it is not the first.</summary>
    public bool SpaceBefore(string word)
    {
        var found = word.Length == 0 ? -1 : text.IndexOf(word, position, StringComparison.Ordinal);
        if (found < 0)
        {
            return false;
        }

        var blank = position > 0 && text.AsSpan(position, found - position).ContainsAny(' ', '\t');
        position = found + word.Length;
        return blank;
    }
}
