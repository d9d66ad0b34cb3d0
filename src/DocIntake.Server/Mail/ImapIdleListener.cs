using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using Hangfire;
using Hangfire.States;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Mail;

/// <summary>
/// IMAP IDLE (RFC 2177) for each IMAP mailbox with <see cref="MailboxOptions.UseIdle"/>: one connection idles on the
/// folder and, when the server announces new mail, enqueues a <see cref="MailPollJob"/> at once; the poll does the work
/// under its lock and the recurring poll stays the safety net. IDLE is re-issued every 9 minutes (servers drop clients
/// idle for 10 to 30 minutes), a lost connection is reopened with exponential backoff, and a server without IDLE is
/// logged once and left to polling.
/// </summary>
internal sealed class ImapIdleListener(
    IOptions<ServerOptions> options,
    IServiceScopeFactory scopes,
    IBackgroundJobClient jobs,
    JobStorage jobStorage,
    ImapIdleStatus status,
    TimeProvider clock,
    ILogger<ImapIdleListener> logger) : BackgroundService
{
    private static readonly TimeSpan IdleRestart = TimeSpan.FromMinutes(9);
    private static readonly TimeSpan ConfirmEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(options.Value.Mailboxes.Where(ImapIdleStatus.WantsIdle).Select(box => RunAsync(box, stoppingToken)));

    private async Task RunAsync(MailboxOptions box, CancellationToken stoppingToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Mailbox"] = box.Name });
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await ListenAsync(box, () => failures = 0, stoppingToken))
                {
                    status.Set(box.Name, ImapIdleStatus.NotOffered);
                    logger.LogInformation(
                        "Mailbox {Mailbox}: the server does not offer IDLE; new mail is found by polling every {Interval}", box.Name, box.PollInterval);
                    return;
                }
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = Backoff(failures);
                status.Set(box.Name, ImapIdleStatus.Reconnecting);
                logger.LogWarning(
                    "IDLE connection of mailbox {Mailbox} failed ({Failures} in a row), next attempt in {Delay}: {Error}",
                    box.Name,
                    failures,
                    delay,
                    $"{ex.GetType().Name}: {ex.Message}");
                try
                {
                    await Task.Delay(delay, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        status.Set(box.Name, ImapIdleStatus.Off);
    }

    /// <summary>Idles until the host stops or the connection fails; false when the server does not offer IDLE.</summary>
    private async Task<bool> ListenAsync(MailboxOptions box, Action connected, CancellationToken stoppingToken)
    {
        // Stopping ends IDLE through its done token (a clean DONE); this one aborts a little later if the server is mute.
        using var hardStop = new CancellationTokenSource();
        using var onStop = stoppingToken.Register(() => hardStop.CancelAfter(StopGrace));
        using var client = new ImapClient { Timeout = 30_000 };
        await MailConnection.ConnectAsync(client, box, stoppingToken);
        if (!client.Capabilities.HasFlag(ImapCapabilities.Idle))
        {
            await client.DisconnectAsync(true, stoppingToken);
            return false;
        }

        var folder = await MailConnection.FolderAsync(client, box, stoppingToken);
        await folder.OpenAsync(FolderAccess.ReadOnly, stoppingToken);

        // Raised while IdleAsync reads the server's responses, on that same flow: no locking needed.
        var known = folder.Count;
        var arrived = true; // whatever came while nobody listened
        var reason = "connected";
        CancellationTokenSource? done = null;
        void OnCountChanged(object? sender, EventArgs e)
        {
            // Only a rise above what we knew is new mail (EXISTS); see OnExpunged.
            if (folder.Count > known)
            {
                arrived = true;
                reason = "new mail";
                done?.Cancel();
            }

            known = folder.Count;
        }

        // The poll moving mail out (EXPUNGE) lowers the count without a CountChanged of its own here; a following EXISTS
        // then only looks like new mail if each expunge is counted down.
        void OnExpunged(object? sender, MessageEventArgs e) => known--;

        folder.CountChanged += OnCountChanged;
        folder.MessageExpunged += OnExpunged;
        connected();
        status.Set(box.Name, ImapIdleStatus.Active);
        logger.LogInformation("Mailbox {Mailbox}: idling on {Folder}", box.Name, folder.FullName);
        try
        {
            // The poll enqueued for the last announcement, kept until a poll has started after that announcement.
            DateTime? pendingSince = null;
            string? pollJob = null;
            while (true)
            {
                if (arrived)
                {
                    arrived = false;
                    pendingSince = clock.GetUtcNow().UtcDateTime;
                    pollJob = EnqueuePoll(box, reason);
                }
                else if (pendingSince is { } since && JobFinished(pollJob))
                {
                    // Our poll may have found another one holding the lock and returned, and that one may have searched
                    // before the mail came: poll again until a poll has started after the announcement.
                    if (await PolledSinceAsync(box, since, stoppingToken))
                    {
                        pendingSince = null;
                    }
                    else
                    {
                        pollJob = EnqueuePoll(box, "again: no poll started since the announcement");
                    }
                }

                done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                try
                {
                    done.CancelAfter(pendingSince is null ? IdleRestart : ConfirmEvery);
                    await client.IdleAsync(done.Token, hardStop.Token);
                }
                finally
                {
                    var ended = done;
                    done = null;
                    ended.Dispose();
                }

                stoppingToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            folder.CountChanged -= OnCountChanged;
            folder.MessageExpunged -= OnExpunged;
            if (client.IsConnected && !hardStop.IsCancellationRequested)
            {
                try
                {
                    await client.DisconnectAsync(true, hardStop.Token);
                }
                catch (Exception ex) when (ex is IOException or ImapProtocolException or OperationCanceledException)
                {
                    // Going away anyway.
                }
            }
        }
    }

    private string EnqueuePoll(MailboxOptions box, string reason)
    {
        var name = box.Name;
        var id = jobs.Enqueue<MailPollJob>(Queues.Intake, job => job.PollAsync(name, CancellationToken.None));
        logger.LogDebug("Mailbox {Mailbox}: poll {JobId} enqueued ({Reason})", name, id, reason);
        return id;
    }

    private bool JobFinished(string? jobId)
    {
        if (jobId is null)
        {
            return true;
        }

        using var connection = jobStorage.GetConnection();
        var state = connection.GetStateData(jobId)?.Name;
        return state is null || state == SucceededState.StateName || state == FailedState.StateName || state == DeletedState.StateName;
    }

    private async Task<bool> PolledSinceAsync(MailboxOptions box, DateTime since, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var lastPoll = await db.MailboxStates.AsNoTracking()
            .Where(s => s.Mailbox == box.Name)
            .Select(s => s.LastPollAt)
            .SingleOrDefaultAsync(cancellationToken);
        return lastPoll >= since;
    }

    private static TimeSpan Backoff(int failures) =>
        failures >= 8 ? MaxBackoff : TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures - 1)));
}
