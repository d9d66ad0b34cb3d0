using System.Globalization;

namespace DocIntake.Cli.Commands;

/// <summary>Peak resident memory of this process from /proc, with a reset so each benchmark mode gets its own peak.</summary>
internal static class ProcessMemory
{
    /// <summary>Writing 5 to clear_refs resets VmHWM (Linux 4.0+).</summary>
    public static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static long PeakBytes() => ReadStatusKb("VmHWM:") * 1024;

    public static long CurrentBytes() => ReadStatusKb("VmRSS:") * 1024;

    private static long ReadStatusKb(string key)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                var digits = new string(line.AsSpan(key.Length).ToArray().Where(char.IsAsciiDigit).ToArray());
                return long.Parse(digits, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
