namespace DocIntake.Ocr.Interop;

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
