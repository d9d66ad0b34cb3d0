using System.Text.Json;
using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Server.Storage;

namespace DocIntake.Server.Api;

/// <summary>What the API shows of a document: the contract JSON with id and status, plus the server's own keys.</summary>
internal static class DocumentView
{
    public static JsonObject Contract(DocumentRecord record)
    {
        var document = record.ContractJson is { } json
            ? ContractJson.Deserialize(json)
            : new ExtractedDocument
            {
                Source = JsonSerializer.Deserialize<SourceInfo>(record.SourceJson, ContractJson.Options) ?? new SourceInfo(),
            };
        document.Id = record.Id;
        document.Status = record.Status;
        if (record.Status == DocumentStatus.Failed && document.Problems.Count == 0)
        {
            document.Problems.Add(new Problem { Code = "bad_input", Message = record.StatusReason ?? "" });
        }

        var node = JsonSerializer.SerializeToNode(document, ContractJson.Options)!.AsObject();
        node["statusReason"] = record.StatusReason;
        node["duplicateOf"] = record.DuplicateOf;
        node["receivedAt"] = record.ReceivedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        node["updatedAt"] = record.UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        node["version"] = record.Version;
        return node;
    }

    public static object Summary(DocumentRecord d, long changeSeq) => new
    {
        id = d.Id,
        changeSeq,
        version = d.Version,
        status = d.Status,
        statusReason = d.StatusReason,
        documentType = d.DocumentType,
        channel = d.Channel,
        mailbox = d.Mailbox,
        sender = d.Sender,
        fileName = d.FileName,
        sha256 = d.Sha256,
        sizeBytes = d.SizeBytes,
        duplicateOf = d.DuplicateOf,
        receivedAt = DateTime.SpecifyKind(d.ReceivedAt, DateTimeKind.Utc),
        updatedAt = DateTime.SpecifyKind(d.UpdatedAt, DateTimeKind.Utc),
        attempts = d.Attempts,
    };
}
