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
                var word = text.Trim();
                words.Add(new TextWord(word, confidence, PixelBox.FromCorners(left, top, right, bottom), line, block, lineText.SpaceBefore(word)));
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
