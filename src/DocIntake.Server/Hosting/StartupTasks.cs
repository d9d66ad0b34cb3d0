using DocIntake.Server.Mail;
using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using DocIntake.Server.Storage;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Hosting;

/// <summary>
/// Runs before the Hangfire servers start (registered first): creates the schema, registers the recurring jobs
/// (reconciler, one poll per mailbox; removes polls of mailboxes no longer configured) and reconciles once, so documents
/// left behind by a crash are queued again at once.
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, IOptions<ServerOptions> options, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var config = options.Value;
        await StorageSetup.CreateSchemaAsync(services, config, cancellationToken);

        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<Reconciler>(
            Reconciler.RecurringJobId, Queues.Intake, r => r.RunAsync(CancellationToken.None), JobsSetup.Cron(config.Processing.ReconcileInterval));

        var configured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var box in config.Mailboxes)
        {
            var id = MailPollJob.RecurringJobId(box.Name);
            configured.Add(id);
            var name = box.Name;
            recurring.AddOrUpdate<MailPollJob>(id, Queues.Intake, job => job.PollAsync(name, CancellationToken.None), JobsSetup.Cron(box.PollInterval));
            recurring.Trigger(id);
        }

        using (var connection = services.GetRequiredService<JobStorage>().GetConnection())
        {
            foreach (var stale in connection.GetRecurringJobs().Where(j => j.Id.StartsWith("mail:", StringComparison.Ordinal) && !configured.Contains(j.Id)))
            {
                recurring.RemoveIfExists(stale.Id);
            }
        }

        // With in-memory job storage every job was lost with the last process: re-enqueue all unfinished documents now.
        var grace = config.Storage.Provider == StorageProvider.Sqlite && config.Storage.Jobs == EmbeddedJobStorage.InMemory
            ? TimeSpan.Zero
            : config.Processing.ReceivedGrace;
        await using var scope = services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<Reconciler>().ReconcileAsync(grace, cancellationToken);
        logger.LogInformation(
            "DocIntake server ready: storage {Provider} ({Jobs} jobs), {Mailboxes} mailboxes, {Folders} watched folders, {Requeued} documents re-enqueued",
            config.Storage.Provider,
            config.Storage.Provider == StorageProvider.Sqlite ? config.Storage.Jobs.ToString() : config.Storage.Provider.ToString(),
            config.Mailboxes.Count,
            config.Folders.Count,
            count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
