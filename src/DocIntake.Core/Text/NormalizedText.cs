using System.Globalization;
using System.Text;

namespace DocIntake.Core.Text;

/// <summary>NFKC text with, for each of its characters, the index of the character it came from in the original.</summary>
internal sealed class NormalizedText
{
    private readonly int[] _origin;
    private readonly int _originalLength;

    public NormalizedText(string original)
    {
        _originalLength = original.Length;
        var sb = new StringBuilder(original.Length);
        var origin = new List<int>(original.Length);
        // Per text element, so that half-width kana with their sound marks (ｶﾞ) compose as NFKC of the whole would.
        var e = StringInfo.GetTextElementEnumerator(original);
        while (e.MoveNext())
        {
            var element = ((string)e.Current).Normalize(NormalizationForm.FormKC);
            sb.Append(element);
            for (var i = 0; i < element.Length; i++)
            {
                origin.Add(e.ElementIndex);
            }
        }

        Text = sb.ToString();
        _origin = [.. origin];
    }

    public string Text { get; }

    /// <summary>Maps a span of <see cref="Text"/> back to (index, length) in the original string.</summary>
    public (int Index, int Length) ToOriginal(int index, int length)
    {
        if (length == 0 || _origin.Length == 0)
        {
            return (index < _origin.Length ? _origin[index] : _originalLength, 0);
        }

        var start = _origin[index];
        var lastIndex = index + length;
        var end = lastIndex < _origin.Length ? _origin[lastIndex] : _originalLength;
        return (start, Math.Max(end - start, 1));
    }
}
