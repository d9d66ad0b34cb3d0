using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;

namespace DocIntake.Server.Hosting;

internal static class JobsSetup
{
    /// <summary>
    /// Hangfire with the storage that goes with the document store, and two servers: "ocr" (one worker per core by default,
    /// CPU-bound reading) and "intake"/"notify" (mail polls, reconciler), so a slow mailbox never holds up OCR or the reverse.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, ServerOptions options)
    {
        var pollInterval = SchedulePollingInterval(options);
        services.AddHangfire((_, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (options.Storage.Provider)
            {
                case StorageProvider.Sqlite when options.Storage.Jobs == EmbeddedJobStorage.InMemory:
                    config.UseInMemoryStorage(new InMemoryStorageOptions());
                    break;
                case StorageProvider.Sqlite:
                    config.UseSQLiteStorage(
                        Path.Combine(options.ResolvedDataPath, "hangfire.db"),
                        new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
                    break;
                case StorageProvider.PostgreSql:
                    config.UsePostgreSqlStorage(
                        pg => pg.UseNpgsqlConnection(options.ResolvedConnectionString),
                        new PostgreSqlStorageOptions
                        {
                            QueuePollInterval = TimeSpan.FromSeconds(1),
                            PrepareSchemaIfNecessary = true,
                        });
                    break;
                case StorageProvider.SqlServer:
                    config.UseSqlServerStorage(
                        options.ResolvedConnectionString,
                        new SqlServerStorageOptions
                        {
                            SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
                            QueuePollInterval = TimeSpan.Zero,
                            DisableGlobalLocks = true,
                        });
                    break;
                default:
                    throw new InvalidOperationException($"Unknown storage provider {options.Storage.Provider}.");
            }
        });

        var node = $"{Environment.MachineName}:{Environment.ProcessId}";
        services.AddHangfireServer(server =>
        {
            server.ServerName = node + ":ocr";
            server.Queues = [Queues.Ocr];
            server.WorkerCount = options.Processing.EffectiveOcrWorkers;
            server.SchedulePollingInterval = pollInterval;
        });
        services.AddHangfireServer(server =>
        {
            server.ServerName = node + ":intake";
            server.Queues = [Queues.Intake, Queues.Notify, "default"];
            server.WorkerCount = Math.Max(2, options.Mailboxes.Count + 2);
            server.SchedulePollingInterval = pollInterval;
        });
        return services;
    }

    /// <summary>Hangfire cron for an interval; intervals under a minute use the seconds field.</summary>
    public static string Cron(TimeSpan interval) => interval switch
    {
        _ when interval < TimeSpan.FromMinutes(1) => $"*/{Math.Max(1, (int)interval.TotalSeconds)} * * * * *",
        _ when interval < TimeSpan.FromHours(1) => $"*/{(int)interval.TotalMinutes} * * * *",
        _ when interval < TimeSpan.FromDays(1) => $"0 */{(int)interval.TotalHours} * * *",
        _ => "0 0 * * *",
    };

    // Delayed retries and recurring jobs are only as punctual as this; short poll intervals need it short too.
    private static TimeSpan SchedulePollingInterval(ServerOptions options)
    {
        var shortest = options.Mailboxes.Select(m => m.PollInterval).Append(options.Processing.ReconcileInterval).Min();
        var half = shortest / 2;
        return half < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : half > TimeSpan.FromSeconds(15) ? TimeSpan.FromSeconds(15) : half;
    }
}
