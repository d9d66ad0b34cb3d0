using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using Hangfire;
using Hangfire.Storage;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Search;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Mail;

/// <summary>
/// One poll of one mailbox (a recurring Hangfire job per mailbox). Incremental: only UIDs above the last one taken for
/// the folder's UIDVALIDITY are fetched; each message is recorded before it is moved, so a cut connection or a crash
/// between the two only repeats the move. A failed poll is recorded on the mailbox (health) and the next run goes on.
/// </summary>
internal sealed class MailPollJob(
    IntakeDbContext db,
    MailIntake intake,
    JobStorage jobStorage,
    MailHooks hooks,
    IOptions<ServerOptions> options,
    TimeProvider clock,
    ILogger<MailPollJob> logger)
{
    public static string RecurringJobId(string mailbox) => "mail:" + mailbox;

    [Queue(Queues.Intake)]
    [AutomaticRetry(Attempts = 0, LogEvents = false)]
    public async Task PollAsync(string mailboxName, CancellationToken cancellationToken)
    {
        var box = options.Value.Mailboxes.SingleOrDefault(m => string.Equals(m.Name, mailboxName, StringComparison.OrdinalIgnoreCase));
        if (box is null)
        {
            logger.LogWarning("Mailbox {Mailbox} is not configured; poll skipped", mailboxName);
            return;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Mailbox"] = box.Name });
        using var connection = jobStorage.GetConnection();
        IDisposable pollLock;
        try
        {
            // One poll per mailbox at a time, across all nodes.
            pollLock = connection.AcquireDistributedLock("docintake:mail:" + box.Name, TimeSpan.FromSeconds(1));
        }
        catch (DistributedLockTimeoutException)
        {
            logger.LogDebug("Mailbox {Mailbox} is being polled elsewhere", box.Name);
            return;
        }

        using (pollLock)
        {
            await PollLockedAsync(box, cancellationToken);
        }
    }

    private async Task PollLockedAsync(MailboxOptions box, CancellationToken cancellationToken)
    {
        var state = await db.MailboxStates.FindAsync([box.Name], cancellationToken);
        if (state is null)
        {
            state = new MailboxState { Mailbox = box.Name };
            db.MailboxStates.Add(state);
        }

        state.LastPollAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            var taken = box.Protocol == MailProtocol.Imap
                ? await PollImapAsync(box, state, cancellationToken)
                : await PollPop3Async(box, cancellationToken);
            state.LastSuccessAt = clock.GetUtcNow().UtcDateTime;
            state.LastError = null;
            state.ConsecutiveFailures = 0;
            state.MessagesTaken += taken;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            state.LastError = $"{ex.GetType().Name}: {ex.Message}";
            state.ConsecutiveFailures++;
            logger.LogWarning("Poll of mailbox {Mailbox} failed ({Failures} in a row): {Error}", box.Name, state.ConsecutiveFailures, state.LastError);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<int> PollImapAsync(MailboxOptions box, MailboxState state, CancellationToken cancellationToken)
    {
        using var client = new ImapClient { Timeout = 30_000 };
        await MailConnection.ConnectAsync(client, box, cancellationToken);
        var folder = await MailConnection.FolderAsync(client, box, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        if (state.UidValidity != folder.UidValidity)
        {
            // A new UIDVALIDITY means the UIDs were renumbered: start over; recorded Message-IDs still guard repeats.
            state.UidValidity = folder.UidValidity;
            state.LastUid = 0;
        }

        var range = new UniqueIdRange(folder.UidValidity, (uint)Math.Min(state.LastUid + 1, uint.MaxValue), uint.MaxValue);
        var uids = (await folder.SearchAsync(SearchQuery.Uids(range), cancellationToken))
            .Where(u => u.Id > state.LastUid)
            .OrderBy(u => u.Id)
            .ToList();
        if (uids.Count == 0)
        {
            await client.DisconnectAsync(true, cancellationToken);
            return 0;
        }

        var processed = await TargetFolderAsync(client, box.ProcessedFolder, cancellationToken);
        var rejected = await TargetFolderAsync(client, box.RejectedFolder, cancellationToken);
        var taken = 0;
        foreach (var uid in uids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = $"{folder.UidValidity}:{uid.Id}";
            var record = await intake.FindAsync(box.Name, folder.FullName, key, cancellationToken);
            if (record is null)
            {
                var message = await folder.GetMessageAsync(uid, cancellationToken);
                record = await intake.RecordAsync(box, "imap", folder.FullName, key, message, cancellationToken);
                taken++;
            }

            if (record.MovedAt is null)
            {
                if (hooks.BeforeMove is { } beforeMove)
                {
                    await beforeMove(box.Name);
                }

                var target = record.Outcome == ProcessedMail.Accepted ? processed : rejected;
                if (target is not null)
                {
                    await folder.MoveToAsync(uid, target, cancellationToken);
                    record.MovedTo = target.FullName;
                }
                else
                {
                    await folder.AddFlagsAsync(uid, MessageFlags.Seen, true, cancellationToken);
                    record.MovedTo = "(kept)";
                }

                record.MovedAt = clock.GetUtcNow().UtcDateTime;
            }

            state.LastUid = uid.Id;
            await db.SaveChangesAsync(cancellationToken);
        }

        await client.DisconnectAsync(true, cancellationToken);
        return taken;
    }

    private async Task<int> PollPop3Async(MailboxOptions box, CancellationToken cancellationToken)
    {
        using var client = new Pop3Client { Timeout = 30_000 };
        await MailConnection.ConnectAsync(client, box, cancellationToken);
        var count = await client.GetMessageCountAsync(cancellationToken);
        var uids = (client.Capabilities & Pop3Capabilities.UIDL) != 0 ? await client.GetMessageUidsAsync(cancellationToken) : null;
        var deleted = new List<ProcessedMail>();
        var taken = 0;
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = uids is not null
                ? "uidl:" + uids[i]
                : "msgid:" + (await client.GetMessageHeadersAsync(i, cancellationToken))[MimeKit.HeaderId.MessageId];
            var record = await intake.FindAsync(box.Name, "INBOX", key, cancellationToken);
            if (record is null)
            {
                var message = await client.GetMessageAsync(i, cancellationToken);
                record = await intake.RecordAsync(box, "pop3", "INBOX", key, message, cancellationToken);
                taken++;
            }

            if (box.Pop3Delete && record.MovedAt is null)
            {
                await client.DeleteMessageAsync(i, cancellationToken);
                deleted.Add(record);
            }
        }

        // Deletions take effect at QUIT; until then the records keep the messages from being taken twice.
        await client.DisconnectAsync(true, cancellationToken);
        foreach (var record in deleted)
        {
            record.MovedTo = "(deleted)";
            record.MovedAt = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return taken;
    }

    private static async Task<IMailFolder?> TargetFolderAsync(ImapClient client, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = await client.GetFolderAsync(client.PersonalNamespaces[0].Path, cancellationToken);
            return await root.CreateAsync(name, true, cancellationToken);
        }
    }
}
