namespace DocIntake.Cli.Commands.Bench;

internal sealed record BenchRow(string Name, int Pages, TimeSpan Elapsed, long PeakBytes, string? Note = null)
{
    public double PagesPerMinute => Pages / Math.Max(Elapsed.TotalMinutes, 1e-9);
}
