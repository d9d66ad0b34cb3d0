using System.Runtime.CompilerServices;

namespace DocIntake.Pipeline.Tests;

/// <summary>Where the repository, its generated samples (scripts/generate-samples.sh) and the shared real-world samples are.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string GeneratedSamples => Path.Combine(Root, "samples", "generated");

    public static string ExternalSamples =>
        Environment.GetEnvironmentVariable("DOCINTAKE_SAMPLES") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Root, "..", "shared", "samples-external");

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DocIntake.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("DocIntake.sln not found above the test assembly.");
    }
}
