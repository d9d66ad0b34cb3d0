using System.Globalization;
using DocIntake.Server.Options;
using DocIntake.Server.Processing;

namespace DocIntake.Server.Folders;

/// <summary>
/// Claims on files of a watched folder shared by several nodes. A node claims a file by renaming it to
/// <c>{Path}/.claims/{node}/{unix ms}~{name}</c>: rename within one file system is atomic, so of two nodes renaming the
/// same file one succeeds and the other finds the source gone. The claim time in the name lets any node take over a
/// claim that was not finished within <see cref="FolderWatchOptions.StaleClaimAfter"/> (at once when its owner was a
/// process of this machine that no longer runs).
/// </summary>
internal static class FileClaims
{
    public const string FolderName = ".claims";

    private const char Separator = '~';

    public sealed record Claim(string Path, string Name, string Owner, DateTimeOffset ClaimedAt);

    /// <summary>"{machine}.{pid}.{instance}": two watchers in one process are two nodes too.</summary>
    public static string NewNodeName() =>
        $"{Environment.MachineName}.{Environment.ProcessId}.{Guid.NewGuid().ToString("N")[..8]}";

    /// <returns>The claimed path, or null when another node took the file first (or it is gone).</returns>
    /// <exception cref="IOException">Any other failure (name too long, a claim of that name exists, disk).</exception>
    public static string? TryClaim(FolderWatchOptions folder, string source, string name, string node, DateTimeOffset now)
    {
        var own = Path.Combine(folder.Path, FolderName, node);
        Directory.CreateDirectory(own);
        var claimed = Path.Combine(own, $"{now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}{Separator}{name}");
        try
        {
            // Without overwrite: .NET renames when the target is absent, and fails (FileNotFound) when the source went.
            File.Move(source, claimed, overwrite: false);
            return claimed;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // The source went (another node renamed it first), or a node removed this claim folder as abandoned.
            return null;
        }
    }

    /// <summary>Puts a claimed file back where it was found, unless a new file of that name arrived meanwhile.</summary>
    public static bool Release(FolderWatchOptions folder, string claimed, string name)
    {
        try
        {
            File.Move(claimed, Path.Combine(folder.Path, name), overwrite: false);
            return true;
        }
        catch (IOException)
        {
            return false; // left claimed: taken over once stale
        }
    }

    /// <summary>Claims of any node (this one too) that are older than the folder's StaleClaimAfter or whose owner died.</summary>
    public static IEnumerable<Claim> Stale(FolderWatchOptions folder, string node, DateTimeOffset now)
    {
        var root = Path.Combine(folder.Path, FolderName);
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var ownerFolder in Directory.EnumerateDirectories(root))
        {
            var owner = Path.GetFileName(ownerFolder);
            var dead = owner != node && IsDeadLocalNode(owner);
            foreach (var path in Directory.EnumerateFiles(ownerFolder))
            {
                if (TryParse(path, owner) is { } claim && (dead || now - claim.ClaimedAt >= folder.StaleClaimAfter))
                {
                    yield return claim;
                }
            }
        }
    }

    /// <summary>Removes empty claim folders of other nodes that died or did nothing for StaleClaimAfter.</summary>
    public static void RemoveAbandonedNodeFolders(FolderWatchOptions folder, string node, DateTimeOffset now)
    {
        var root = Path.Combine(folder.Path, FolderName);
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var ownerFolder in Directory.EnumerateDirectories(root))
        {
            var owner = Path.GetFileName(ownerFolder);
            if (owner == node || (!IsDeadLocalNode(owner) && now - Directory.GetLastWriteTimeUtc(ownerFolder) < folder.StaleClaimAfter))
            {
                continue;
            }

            try
            {
                // Not recursive: only an empty folder goes. A live node whose folder went recreates it at its next claim.
                Directory.Delete(ownerFolder);
            }
            catch (IOException)
            {
            }
        }
    }

    private static Claim? TryParse(string path, string owner)
    {
        var fileName = Path.GetFileName(path);
        var at = fileName.IndexOf(Separator, StringComparison.Ordinal);
        return at > 0 && at < fileName.Length - 1
            && long.TryParse(fileName.AsSpan(0, at), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? new Claim(path, fileName[(at + 1)..], owner, DateTimeOffset.FromUnixTimeMilliseconds(ms))
            : null;
    }

    private static bool IsDeadLocalNode(string owner)
    {
        var parts = owner.Split('.');
        return parts.Length >= 3
            && string.Join('.', parts[..^2]) == Environment.MachineName
            && int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && !Reconciler.IsRunning(pid);
    }
}
