using MimeKit;

namespace DocIntake.Server.Mail;

/// <summary>An attachment judged: taken (bytes) or refused with the reason an operator sees.</summary>
internal sealed record AttachmentVerdict(string FileName, byte[]? Bytes, string? Refusal);

/// <summary>
/// Picks the parts of a message that are documents: PDF and TIFF anywhere (also inside a forwarded message/rfc822),
/// other images only as real attachments. Inline images (signatures, logos in multipart/related or with a Content-Id)
/// and text bodies are not documents and are passed over without a word.
/// </summary>
internal static class MailAttachments
{
    private static readonly Dictionary<string, string> ExtensionsByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = ".pdf",
        ["image/tiff"] = ".tif",
        ["image/tif"] = ".tif",
        ["image/png"] = ".png",
        ["image/jpeg"] = ".jpg",
        ["image/jpg"] = ".jpg",
    };

    public static List<AttachmentVerdict> Judge(MimeMessage message, IReadOnlyCollection<string> allowedExtensions, long maxBytes)
    {
        var verdicts = new List<AttachmentVerdict>();
        var index = 0;
        foreach (var part in Parts(message.Body, insideRelated: false))
        {
            index++;
            var fileName = FileNameOf(part, index);
            var extension = Path.GetExtension(fileName).ToLowerInvariant();
            if (!allowedExtensions.Any(e => string.Equals(NormalizeExtension(e), extension, StringComparison.OrdinalIgnoreCase)))
            {
                verdicts.Add(new(fileName, null, $"unsupported_type: {part.ContentType.MimeType} ({extension})"));
                continue;
            }

            using var buffer = new MemoryStream();
            part.Content?.DecodeTo(buffer);
            if (buffer.Length == 0)
            {
                verdicts.Add(new(fileName, null, "empty_attachment: 0 bytes"));
            }
            else if (buffer.Length > maxBytes)
            {
                verdicts.Add(new(fileName, null, $"too_large: {buffer.Length} bytes exceeds the limit of {maxBytes}"));
            }
            else
            {
                verdicts.Add(new(fileName, buffer.ToArray(), null));
            }
        }

        return verdicts;
    }

    private static IEnumerable<MimePart> Parts(MimeEntity? entity, bool insideRelated)
    {
        switch (entity)
        {
            case MessagePart { Message: { } forwarded }:
                // A forwarded fax: its own attachments count.
                foreach (var inner in Parts(forwarded.Body, insideRelated: false))
                {
                    yield return inner;
                }

                break;
            case Multipart multipart:
                var related = insideRelated || string.Equals(multipart.ContentType.MediaSubtype, "related", StringComparison.OrdinalIgnoreCase);
                foreach (var child in multipart)
                {
                    foreach (var inner in Parts(child, related))
                    {
                        yield return inner;
                    }
                }

                break;
            case MimePart part when IsDocument(part, insideRelated):
                yield return part;
                break;
        }
    }

    private static bool IsDocument(MimePart part, bool insideRelated)
    {
        var type = part.ContentType;
        var pdfOrTiff = type.IsMimeType("application", "pdf") || type.IsMimeType("image", "tiff")
            || HasExtension(part.FileName, ".pdf", ".tif", ".tiff");
        if (pdfOrTiff)
        {
            return true;
        }

        if (type.IsMimeType("text", "*") || type.IsMimeType("multipart", "*"))
        {
            return false;
        }

        var inline = part.ContentDisposition?.Disposition is { } d && d.Equals(ContentDisposition.Inline, StringComparison.OrdinalIgnoreCase);
        var explicitAttachment = part.ContentDisposition?.Disposition is { } a && a.Equals(ContentDisposition.Attachment, StringComparison.OrdinalIgnoreCase);

        // Images shown in the body (signatures, logos) are not documents; pgp/smime signatures neither.
        if (type.IsMimeType("image", "*"))
        {
            return explicitAttachment && !insideRelated && string.IsNullOrEmpty(part.ContentId);
        }

        if (type.IsMimeType("application", "pkcs7-signature") || type.IsMimeType("application", "pgp-signature"))
        {
            return false;
        }

        // Anything else attached with a name is recorded (and refused as unsupported) so the operator sees it.
        return !inline && (explicitAttachment || !string.IsNullOrEmpty(part.FileName));
    }

    private static string FileNameOf(MimePart part, int index)
    {
        var name = part.FileName;
        if (!string.IsNullOrWhiteSpace(name))
        {
            return Path.GetFileName(name.Replace('\\', '/'));
        }

        var extension = ExtensionsByMediaType.GetValueOrDefault(part.ContentType.MimeType, ".bin");
        return $"attachment-{index}{extension}";
    }

    private static bool HasExtension(string? fileName, params string[] extensions) =>
        fileName is not null && extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    private static string NormalizeExtension(string extension) =>
        extension.StartsWith('.') ? extension : "." + extension;
}
