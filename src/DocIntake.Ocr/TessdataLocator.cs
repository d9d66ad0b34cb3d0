namespace DocIntake.Ocr;

/// <summary>
/// Finds the tessdata folder holding every requested language. An explicit path is the only place looked at;
/// otherwise, in order: a <c>tessdata</c> folder with models in the repository/app folder or above it,
/// <c>TESSDATA_PREFIX</c>, then Debian's <c>/usr/share/tesseract-ocr/5/tessdata</c>.
/// </summary>
public static class TessdataLocator
{
    public const string DebianTessdata = "/usr/share/tesseract-ocr/5/tessdata";

    /// <returns>The tessdata folder itself (what Tesseract's datapath argument wants).</returns>
    /// <exception cref="OcrException">No searched folder holds all languages; the message names the Debian packages.</exception>
    public static string Locate(string? explicitPath, IEnumerable<string> languages) =>
        Locate(explicitPath, languages, AppContext.BaseDirectory, Environment.GetEnvironmentVariable("TESSDATA_PREFIX"));

    internal static string Locate(string? explicitPath, IEnumerable<string> languages, string baseDirectory, string? tessdataPrefix)
    {
        var wanted = languages.ToList();
        if (wanted.Count == 0)
        {
            throw new ArgumentException("At least one language is required.", nameof(languages));
        }

        var candidates = string.IsNullOrWhiteSpace(explicitPath)
            ? Candidates(baseDirectory, tessdataPrefix).Distinct(StringComparer.Ordinal).ToList()
            : [Path.GetFullPath(explicitPath)];

        foreach (var folder in candidates)
        {
            if (wanted.All(lang => File.Exists(Path.Combine(folder, lang + ".traineddata"))))
            {
                return folder;
            }
        }

        var packages = string.Join(", ", wanted.Select(l => "tesseract-ocr-" + l.Replace('_', '-')));
        throw new OcrException(
            $"Tesseract language data for '{string.Join('+', wanted)}' was not found. Install the Debian package(s) {packages} " +
            $"(apt-get install {packages.Replace(",", string.Empty, StringComparison.Ordinal)}) or set Ocr:TessdataPath. " +
            $"Searched: {string.Join(", ", candidates)}.");
    }

    private static IEnumerable<string> Candidates(string baseDirectory, string? tessdataPrefix)
    {
        for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
        {
            var tessdata = Path.Combine(dir.FullName, "tessdata");
            if (Directory.Exists(tessdata) && Directory.EnumerateFiles(tessdata, "*.traineddata").Any())
            {
                yield return tessdata;
            }
        }

        if (!string.IsNullOrWhiteSpace(tessdataPrefix))
        {
            // Tesseract 4+ wants the folder itself; older setups named its parent.
            var prefix = Path.GetFullPath(tessdataPrefix);
            yield return prefix;
            yield return Path.Combine(prefix, "tessdata");
        }

        yield return DebianTessdata;
    }
}
