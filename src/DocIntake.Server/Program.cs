namespace DocIntake.Server;

internal static class Program
{
    private static int Main(string[] args) => ServerHost.Run(args);
}
