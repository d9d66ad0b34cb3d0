using System.Text.Json;
using DocIntake.Core.Pages;

namespace DocIntake.Cli.Commands.Eval;

/// <summary>
/// Optional cache of what was read per page (OCR is most of the time of a run), keyed by file name, size and time:
/// lets the extraction be iterated on without re-reading unchanged documents.
/// </summary>
internal sealed class PageCache(string? folder)
{
    public List<PageText>? Load(string path)
    {
        var file = CacheFile(path);
        return file is not null && File.Exists(file) ? JsonSerializer.Deserialize<List<PageText>>(File.ReadAllText(file)) : null;
    }

    public void Save(string path, IReadOnlyList<PageText> pages)
    {
        if (CacheFile(path) is { } file)
        {
            Directory.CreateDirectory(folder!);
            File.WriteAllText(file, JsonSerializer.Serialize(pages));
        }
    }

    private string? CacheFile(string path)
    {
        if (folder is null)
        {
            return null;
        }

        var info = new FileInfo(path);
        return Path.Combine(folder, $"{info.Name}.{info.Length}.{info.LastWriteTimeUtc.Ticks}.pages.json");
    }
}
