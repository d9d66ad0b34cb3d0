using System.Text;

namespace DocIntake.Core.Extraction.Layout;

/// <summary>The form labels are compared in: upper case, no spaces or dots ("P.O. No." and "PO NO" meet as "PONO").</summary>
internal static class LabelKey
{
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsIgnored(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Spacing, points and the quote marks and underscores fax noise is read as beside a label ("“n1", "_n3").</summary>
    public static bool IsIgnored(char c) => c is ' ' or '.' or '　' or '・' or '\'' or '’' or '‘' or '“' or '”' or '"' or '`' or '_';
}
