using DocIntake.Core.Contract;
using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Folders;

/// <summary>
/// Takes files dropped into watched folders once their size and time stop changing (a scanner still writing is left
/// alone), stores them and moves them to the done folder. The intake key (folder, name, SHA-256) makes a crash between
/// storing and moving harmless: the file is seen again, found stored, and only moved.
/// </summary>
internal sealed class FolderWatcher(IServiceScopeFactory scopes, IOptions<ServerOptions> options, TimeProvider clock, ILogger<FolderWatcher> logger)
    : BackgroundService
{
    private readonly Dictionary<string, (long Size, DateTime Written, DateTimeOffset Since)> seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folders = options.Value.Folders;
        if (folders.Count == 0)
        {
            return;
        }

        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder.Path);
            Directory.CreateDirectory(folder.EffectiveDonePath);
        }

        var interval = folders.Min(f => f.PollInterval);
        using var timer = new PeriodicTimer(interval < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : interval);
        do
        {
            foreach (var folder in folders)
            {
                try
                {
                    await ScanAsync(folder, stoppingToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    logger.LogWarning("Watched folder {Folder}: {Error}", folder.Name, ex.Message);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ScanAsync(FolderWatchOptions folder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var path in Directory.EnumerateFiles(folder.Path))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var info = new FileInfo(path);
            if (!seen.TryGetValue(path, out var last) || last.Size != info.Length || last.Written != info.LastWriteTimeUtc)
            {
                seen[path] = (info.Length, info.LastWriteTimeUtc, now);
                continue;
            }

            if (now - last.Since < folder.StableFor)
            {
                continue;
            }

            seen.Remove(path);
            await TakeAsync(folder, path, cancellationToken);
        }
    }

    private async Task TakeAsync(FolderWatchOptions folder, string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var limit = options.Value.Processing.MaxFileBytes;
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        await using (var scope = scopes.CreateAsyncScope())
        {
            var intake = scope.ServiceProvider.GetRequiredService<DocumentIntake>();
            var source = new SourceInfo { FileName = name, Channel = "folder" };
            var document = await intake.AcceptAsync(
                new NewDocument(name, bytes, source)
                {
                    DocumentTypeHint = folder.DocumentTypeHint,
                    IntakeKey = $"folder:{folder.Name}:{name}:{sha}",
                    RefusedReason = bytes.LongLength > limit ? $"too_large: {bytes.LongLength} bytes exceeds the limit of {limit}" : null,
                },
                cancellationToken);
            logger.LogInformation("Watched folder {Folder}: {File} stored as {DocumentId}", folder.Name, name, document.Id);
        }

        var target = Path.Combine(folder.EffectiveDonePath, name);
        if (File.Exists(target))
        {
            target = Path.Combine(folder.EffectiveDonePath, $"{Path.GetFileNameWithoutExtension(name)}.{sha[..12]}{Path.GetExtension(name)}");
        }

        File.Move(path, target, overwrite: true);
    }
}
