using DocIntake.Core.Contract;

namespace DocIntake.Server.Processing;

/// <summary>A file arriving through any channel, before it is stored.</summary>
internal sealed record NewDocument(string FileName, byte[] Bytes, SourceInfo Source)
{
    public string? DocumentTypeHint { get; init; }

    /// <summary>Unique key of this intake event; a second intake with the same key returns the first document.</summary>
    public string? IntakeKey { get; init; }

    /// <summary>Set when the file was refused before processing (too large, unsupported): stored as failed.</summary>
    public string? RefusedReason { get; init; }
}
