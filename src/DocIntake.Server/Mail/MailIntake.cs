using DocIntake.Core.Contract;
using DocIntake.Imaging.Decoding;
using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DocIntake.Server.Mail;

/// <summary>
/// Turns one mail message into documents and a processed-mail record, saved in one transaction, before the message is
/// moved or deleted on the server: whatever happens to the connection afterwards, the message counts exactly once.
/// </summary>
internal sealed class MailIntake(
    IntakeDbContext db,
    DocumentIntake intake,
    DecodeOptions decodeOptions,
    IOptions<ServerOptions> options,
    TimeProvider clock,
    ILogger<MailIntake> logger)
{
    public Task<ProcessedMail?> FindAsync(string mailbox, string folder, string key, CancellationToken cancellationToken) =>
        db.ProcessedMails.SingleOrDefaultAsync(m => m.Mailbox == mailbox && m.Folder == folder && m.MessageKey == key, cancellationToken);

    public async Task<ProcessedMail> RecordAsync(
        MailboxOptions box, string channel, string folder, string key, MimeMessage message, CancellationToken cancellationToken)
    {
        var from = message.From.Mailboxes.FirstOrDefault()?.Address;
        var record = new ProcessedMail
        {
            Mailbox = box.Name,
            Folder = folder,
            MessageKey = key,
            MessageId = Truncate(message.MessageId, 400),
            From = Truncate(from, 320),
            Subject = Truncate(message.Subject, 500),
            SentAt = message.Date == DateTimeOffset.MinValue ? null : message.Date.UtcDateTime,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            Outcome = ProcessedMail.Rejected,
        };

        var reasons = new List<string>();
        var files = new List<NewDocument>();
        if (!SenderAllowList.Allows(box.AllowedSenders, from))
        {
            reasons.Add($"sender_not_allowed: {from ?? "(no sender)"}");
        }
        else
        {
            var senderFax = FaxNumberParser.FromSubject(message.Subject, options.Value.PhoneRegion);
            var verdicts = MailAttachments.Judge(message, box.EffectiveAttachmentTypes, options.Value.Processing.MaxFileBytes);
            var index = 0;
            foreach (var verdict in verdicts)
            {
                index++;
                if (verdict.Bytes is null)
                {
                    reasons.Add($"{verdict.FileName}: {verdict.Refusal}");
                    continue;
                }

                var source = new SourceInfo
                {
                    FileName = verdict.FileName,
                    Channel = channel,
                    Mailbox = box.Name,
                    MessageId = message.MessageId,
                    From = from,
                    Subject = message.Subject,
                    ReceivedAt = message.Date == DateTimeOffset.MinValue ? clock.GetUtcNow() : message.Date.ToUniversalTime(),
                    SenderFax = senderFax,
                };
                var refusal = InputProbe.Check(verdict.FileName, verdict.Bytes, decodeOptions);
                if (refusal is not null)
                {
                    reasons.Add(refusal);
                }

                files.Add(new NewDocument(verdict.FileName, verdict.Bytes, source)
                {
                    DocumentTypeHint = box.DocumentTypeHint,
                    IntakeKey = $"mail:{box.Name}:{folder}:{key}:{index}",
                    RefusedReason = refusal,
                });
            }

            if (verdicts.Count == 0)
            {
                reasons.Add("no_attachment");
            }
        }

        var staged = await intake.StageAsync(files, cancellationToken);
        reasons.AddRange(staged.Where(d => d.DuplicateOf is not null).Select(d => $"{d.FileName}: duplicate of {d.DuplicateOf}"));
        var accepted = staged.Any(d => d.Status == DocumentStatus.Received);
        if (!accepted && reasons.Count > 0 && reasons[0] != "no_attachment" && !reasons[0].StartsWith("sender_not_allowed", StringComparison.Ordinal))
        {
            reasons.Insert(0, "no_usable_attachment");
        }

        record.Outcome = accepted ? ProcessedMail.Accepted : ProcessedMail.Rejected;
        record.Reason = reasons.Count > 0 ? Truncate(string.Join("; ", reasons), 4000) : null;
        record.DocumentIds = string.Join(',', staged.Select(d => d.Id));
        record.AttachmentSha256 = string.Join(',', staged.Select(d => d.Sha256));
        db.ProcessedMails.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        intake.EnqueueReceived(staged);

        logger.LogInformation(
            "Mail {MessageKey} from {Mailbox}: {Outcome}, {Documents} documents{Reason}",
            key,
            box.Name,
            record.Outcome,
            staged.Count,
            record.Reason is null ? "" : " (" + record.Reason + ")");
        return record;
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
