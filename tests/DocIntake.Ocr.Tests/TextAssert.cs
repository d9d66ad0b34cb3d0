namespace DocIntake.Ocr.Tests;

internal static class TextAssert
{
    /// <summary>Each expected piece occurs in the text, in order (whitespace ignored when asked: Japanese comes spaced).</summary>
    public static void ContainsInOrder(string text, IEnumerable<string> expected, bool ignoreWhitespace = false)
    {
        var haystack = ignoreWhitespace ? Squash(text) : text;
        var position = 0;
        foreach (var piece in expected)
        {
            var needle = ignoreWhitespace ? Squash(piece) : piece;
            var found = haystack.IndexOf(needle, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected '{piece}' after position {position} in:\n{text}");
            position = found + needle.Length;
        }
    }

    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
