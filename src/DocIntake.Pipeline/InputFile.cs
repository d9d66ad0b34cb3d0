using System.Security.Cryptography;
using DocIntake.Core.Contract;

namespace DocIntake.Pipeline;

/// <summary>A file as it arrived (bytes + where it came from). The bytes are the original: never changed, always kept.</summary>
public sealed record InputFile(string FileName, byte[] Bytes, SourceInfo Source)
{
    public static InputFile FromPath(string path, string channel = "cli")
    {
        var bytes = File.ReadAllBytes(path);
        return new InputFile(Path.GetFileName(path), bytes, new SourceInfo { FileName = Path.GetFileName(path), Channel = channel });
    }

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes));
}
