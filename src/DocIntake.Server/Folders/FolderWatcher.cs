using DocIntake.Core.Contract;
using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Folders;

/// <summary>
/// Takes files dropped into watched folders once their size and time stop changing (a scanner still writing is left
/// alone), stores them and moves them to the done folder. Several nodes may watch one shared folder: a node takes a file
/// by renaming it into its own claim folder (<see cref="FileClaims"/>), which only one rename can do. The intake key
/// (folder, name, SHA-256) makes a crash between storing and moving harmless: the file is seen again, found stored, and
/// only moved. A claim left by a node that died is taken over once stale.
/// </summary>
internal sealed class FolderWatcher(IServiceScopeFactory scopes, IOptions<ServerOptions> options, TimeProvider clock, ILogger<FolderWatcher> logger)
    : BackgroundService
{
    /// <summary>Per folder: the files waiting for their size and time to settle.</summary>
    private readonly Dictionary<string, Dictionary<string, (long Size, DateTime Written, DateTimeOffset Since)>> waiting = new(StringComparer.Ordinal);

    /// <summary>This watcher's name in claim folders: machine, process and instance.</summary>
    internal string Node { get; } = FileClaims.NewNodeName();

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
        using var timer = new PeriodicTimer(interval < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : interval, clock);
        do
        {
            foreach (var folder in folders)
            {
                try
                {
                    await ScanAsync(folder, stoppingToken);
                    await TakeOverStaleClaimsAsync(folder, stoppingToken);
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
        var seen = waiting.GetValueOrDefault(folder.Name) ?? [];
        var next = new Dictionary<string, (long Size, DateTime Written, DateTimeOffset Since)>(StringComparer.Ordinal);
        waiting[folder.Name] = next;
        foreach (var path in Directory.EnumerateFiles(folder.Path))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                continue; // taken by another node since the listing
            }

            if (!seen.TryGetValue(path, out var last) || last.Size != info.Length || last.Written != info.LastWriteTimeUtc)
            {
                next[path] = (info.Length, info.LastWriteTimeUtc, now);
                continue;
            }

            if (now - last.Since < folder.StableFor)
            {
                next[path] = last;
                continue;
            }

            if (TryClaim(folder, path, name, now) is { } claimed)
            {
                await TakeAsync(folder, claimed, name, cancellationToken);
            }
        }
    }

    private async Task TakeOverStaleClaimsAsync(FolderWatchOptions folder, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var stale in FileClaims.Stale(folder, Node, now).ToList())
        {
            if (TryClaim(folder, stale.Path, stale.Name, now) is { } claimed)
            {
                logger.LogWarning(
                    "Watched folder {Folder}: {File} was claimed by {Owner} at {ClaimedAt:o} and not finished; taken over",
                    folder.Name, stale.Name, stale.Owner, stale.ClaimedAt);
                await TakeAsync(folder, claimed, stale.Name, cancellationToken);
            }
        }

        FileClaims.RemoveAbandonedNodeFolders(folder, Node, now);
    }

    private string? TryClaim(FolderWatchOptions folder, string path, string name, DateTimeOffset now)
    {
        try
        {
            return FileClaims.TryClaim(folder, path, name, Node, now);
        }
        catch (IOException ex)
        {
            logger.LogWarning("Watched folder {Folder}: {File} cannot be claimed: {Error}", folder.Name, name, ex.Message);
            return null;
        }
    }

    /// <summary>Stores a claimed file and moves it to the done folder; on failure it goes back into the folder.</summary>
    private async Task TakeAsync(FolderWatchOptions folder, string claimed, string name, CancellationToken cancellationToken)
    {
        string sha;
        try
        {
            var bytes = await File.ReadAllBytesAsync(claimed, cancellationToken);
            sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            await StoreAsync(folder, name, bytes, sha, cancellationToken);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var back = FileClaims.Release(folder, claimed, name);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            logger.LogWarning(ex, "Watched folder {Folder}: {File} not stored ({Error}); {Where}", folder.Name, name, ex.Message, back ? "put back" : "left claimed");
            return;
        }

        var target = Path.Combine(folder.EffectiveDonePath, name);
        if (File.Exists(target))
        {
            target = Path.Combine(folder.EffectiveDonePath, $"{Path.GetFileNameWithoutExtension(name)}.{sha[..12]}{Path.GetExtension(name)}");
        }

        try
        {
            File.Move(claimed, target, overwrite: true);
        }
        catch (FileNotFoundException)
        {
            // Taken over as stale by another node while this one was storing: that node finds it stored and moves it.
            logger.LogWarning("Watched folder {Folder}: {File} was taken over before it was moved to done", folder.Name, name);
        }
    }

    private async Task StoreAsync(FolderWatchOptions folder, string name, byte[] bytes, string sha, CancellationToken cancellationToken)
    {
        var limit = options.Value.Processing.MaxFileBytes;
        await using var scope = scopes.CreateAsyncScope();
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
        logger.LogInformation("Watched folder {Folder}: {File} stored as {DocumentId} by {Node}", folder.Name, name, document.Id, Node);
    }
}
