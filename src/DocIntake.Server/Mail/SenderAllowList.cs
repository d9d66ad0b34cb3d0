namespace DocIntake.Server.Mail;

/// <summary>Entries are whole addresses ("fax@example.jp") or domains ("@example.jp", "example.jp"); empty allows all.</summary>
internal static class SenderAllowList
{
    public static bool Allows(IReadOnlyCollection<string> allowed, string? address)
    {
        if (allowed.Count == 0)
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(address))
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        var domain = at >= 0 ? address[(at + 1)..] : "";
        return allowed.Any(entry =>
        {
            var e = entry.Trim();
            return e.Contains('@', StringComparison.Ordinal) && !e.StartsWith('@')
                ? string.Equals(e, address, StringComparison.OrdinalIgnoreCase)
                : string.Equals(e.TrimStart('@'), domain, StringComparison.OrdinalIgnoreCase);
        });
    }
}
