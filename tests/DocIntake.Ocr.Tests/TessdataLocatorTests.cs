namespace DocIntake.Ocr.Tests;

public sealed class TessdataLocatorTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("ocr-locator-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public void Locate_PrefersRepositoryTessdata_WhenItHoldsTheLanguages()
    {
        var repoTessdata = MakeTessdata("repo/tessdata", "jpn", "eng");
        var appFolder = Directory.CreateDirectory(Path.Combine(root.FullName, "repo", "artifacts", "bin")).FullName;
        var prefix = MakeTessdata("prefix", "jpn", "eng");

        Assert.Equal(repoTessdata, TessdataLocator.Locate(null, ["jpn", "eng"], appFolder, prefix));
    }

    [Fact]
    public void Locate_FallsBackToPrefixThenDebian_WhenRepositoryTessdataLacksALanguage()
    {
        MakeTessdata("repo/tessdata", "jpn");
        var appFolder = Directory.CreateDirectory(Path.Combine(root.FullName, "repo", "bin")).FullName;
        var prefix = MakeTessdata("prefix", "jpn", "eng");

        Assert.Equal(prefix, TessdataLocator.Locate(null, ["jpn", "eng"], appFolder, prefix));
        Assert.Equal(TessdataLocator.DebianTessdata, TessdataLocator.Locate(null, ["osd"], appFolder, prefix));
    }

    [Fact]
    public void Locate_AcceptsPrefixNamingTheParentFolder_AsOlderSetupsDo()
    {
        var tessdata = MakeTessdata("share/tessdata", "zzz");

        Assert.Equal(tessdata, TessdataLocator.Locate(null, ["zzz"], root.FullName, Path.Combine(root.FullName, "share")));
    }

    [Fact]
    public void Locate_UsesOnlyTheExplicitPath_WhenOneIsConfigured()
    {
        var explicitFolder = MakeTessdata("configured", "eng");

        Assert.Equal(explicitFolder, TessdataLocator.Locate(explicitFolder, ["eng"], root.FullName, null));
        var error = Assert.Throws<OcrException>(() => TessdataLocator.Locate(explicitFolder, ["jpn"], root.FullName, null));
        Assert.Contains(explicitFolder, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TessdataLocator.DebianTessdata, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_NamesDebianPackagesAndFoldersSearched_WhenLanguageIsMissingEverywhere()
    {
        var error = Assert.Throws<OcrException>(() => TessdataLocator.Locate(null, ["jpn_vert", "qqq"], root.FullName, null));

        Assert.Contains("tesseract-ocr-jpn-vert", error.Message, StringComparison.Ordinal);
        Assert.Contains("tesseract-ocr-qqq", error.Message, StringComparison.Ordinal);
        Assert.Contains(TessdataLocator.DebianTessdata, error.Message, StringComparison.Ordinal);
    }

    private string MakeTessdata(string relative, params string[] languages)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root.FullName, relative)).FullName;
        foreach (var language in languages)
        {
            File.WriteAllBytes(Path.Combine(folder, language + ".traineddata"), [0]);
        }

        return folder;
    }
}
