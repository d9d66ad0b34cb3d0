using DocIntake.Server.Options;
using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Mail;

/// <summary>
/// A mailbox is unhealthy when no poll succeeded for <see cref="MailboxOptions.UnhealthyAfterIntervals"/> intervals.
/// <see cref="Idle"/> is one of the <see cref="ImapIdleStatus"/> states; a lost IDLE connection does not make a mailbox
/// unhealthy, polling goes on.
/// </summary>
internal sealed record MailboxHealth(
    string Name,
    string Protocol,
    bool Healthy,
    DateTime? LastSuccessfulPoll,
    DateTime? LastPoll,
    string? LastError,
    int ConsecutiveFailures,
    long MessagesTaken,
    string Idle)
{
    private static readonly DateTime Started = DateTime.UtcNow;

    public static async Task<List<MailboxHealth>> ReadAsync(
        IntakeDbContext db, ServerOptions options, ImapIdleStatus idle, TimeProvider clock, CancellationToken cancellationToken)
    {
        var states = await db.MailboxStates.AsNoTracking().ToDictionaryAsync(s => s.Mailbox, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return options.Mailboxes.Select(box =>
        {
            var state = states.GetValueOrDefault(box.Name);
            var allowed = box.PollInterval * box.UnhealthyAfterIntervals;
            var since = state?.LastSuccessAt ?? Started;
            return new MailboxHealth(
                box.Name,
                box.Protocol.ToString().ToUpperInvariant(),
                now - since <= allowed,
                Utc(state?.LastSuccessAt),
                Utc(state?.LastPollAt),
                state?.LastError,
                state?.ConsecutiveFailures ?? 0,
                state?.MessagesTaken ?? 0,
                idle.Of(box));
        }).ToList();
    }

    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
