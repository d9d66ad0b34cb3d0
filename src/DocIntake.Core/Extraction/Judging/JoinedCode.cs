namespace DocIntake.Core.Extraction.Judging;

/// <summary>
/// A code OCR read as separate words ("PO 26 2441", "K 2907") is joined into one value, but what stood in the gaps is
/// unknown: a hyphen too thin for the fax ("PO-26-2441"), a slash, or nothing. Such a join is a guess for a person to
/// check, unless master data knows the code.
/// </summary>
internal static class JoinedCode
{
    public static bool IsGuess(FieldDraft draft)
    {
        if (draft.Kind != ValueKind.Code || draft.Master is MasterEvidence.Exact or MasterEvidence.Corrected
            || draft.Text is not { } text || draft.Value?.ToString() is not { Length: > 0 } value)
        {
            return false;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var canonical = Canonical(value);
        for (var i = 1; i < parts.Length; i++)
        {
            var (left, right) = (parts[i - 1], parts[i]);
            if (char.IsAsciiLetterOrDigit(left[^1]) && char.IsAsciiLetterOrDigit(right[0])
                && canonical.Contains(Canonical(left + right), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Upper case with the look-alikes a code repair may have changed (O/0, I/l/1) made equal.</summary>
    private static string Canonical(string s) =>
        string.Concat(s.Select(c => char.ToUpperInvariant(c) switch { 'O' => '0', 'I' or 'L' => '1', var u => u }));
}
