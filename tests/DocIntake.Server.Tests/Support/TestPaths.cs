namespace DocIntake.Server.Tests.Support;

internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>shared/ sits beside the checkout (CI lays a copy there too).</summary>
    public static string Samples { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "samples-external"));

    public static string Sample(string name) => Path.Combine(Samples, name);

    public static string Script(string name) => Path.Combine(RepoRoot, "scripts", "services", name);

    /// <summary>A fresh folder under /tmp that PostgreSQL's user can reach (mktemp folders are 0700).</summary>
    public static string NewTempFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"docintake-{prefix}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        }
        return path;
    }

    /// <summary>The server's own build output, for tests that run it as separate processes.</summary>
    public static string ServerDll()
    {
        var here = Path.GetDirectoryName(typeof(TestPaths).Assembly.Location)!;
        var local = Path.Combine(here, "DocIntake.Server.dll");
        var candidates = new[]
        {
            // Artifacts layout (DOCINTAKE_ARTIFACTS): bin/DocIntake.Server.Tests/debug -> bin/DocIntake.Server/debug.
            here.Replace("DocIntake.Server.Tests", "DocIntake.Server", StringComparison.Ordinal),
            // Classic layout: tests/X/bin/Debug/net10.0 -> src/DocIntake.Server/bin/Debug/net10.0.
            here.Replace(Path.Combine("tests", "DocIntake.Server.Tests"), Path.Combine("src", "DocIntake.Server"), StringComparison.Ordinal),
        };
        return candidates.Select(c => Path.Combine(c, "DocIntake.Server.dll")).FirstOrDefault(File.Exists) ?? local;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DocIntake.sln")))
        {
            dir = dir.Parent;
        }

        // Artifacts builds live outside the checkout: fall back to the source path recorded at build time.
        return dir?.FullName ?? FromSource();
    }

    private static string FromSource([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(path)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DocIntake.sln")) && !Directory.Exists(Path.Combine(dir.FullName, "scripts", "services")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
