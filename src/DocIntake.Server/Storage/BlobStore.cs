using System.Security.Cryptography;

namespace DocIntake.Server.Storage;

/// <summary>
/// Content-addressed files (originals, page images) under blobs/ab/cd/&lt;sha256&gt;. Written once through a temporary
/// file and a rename, so a reader never sees half a file; processing never deletes anything here.
/// </summary>
internal sealed class BlobStore(string root)
{
    public string Root { get; } = root;

    public string Put(byte[] bytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(sha);
        if (File.Exists(path))
        {
            return sha;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, bytes);
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node wrote the same content first: same name, same bytes.
            File.Delete(temp);
        }

        return sha;
    }

    public byte[] Get(string sha256) => File.ReadAllBytes(PathOf(sha256));

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lower-case SHA-256.", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }
}
