using DocIntake.Server.Options;
using DocIntake.Server.Storage.Migrations;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Storage;

/// <summary>
/// Applies the provider's migrations at start (the server, and the CLI commands that open the store), under
/// <see cref="MigrationLock"/>, after recording a database made before migrations as migrated (<see cref="LegacyBaseline"/>).
/// </summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(StorageProvider provider, string connectionString, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(SchemaMigrator));
        await using var db = MigrationContexts.Create(provider, connectionString, loggers);
        await using (await MigrationLock.AcquireAsync(provider, db, connectionString, logger, cancellationToken))
        {
            if (provider == StorageProvider.Sqlite)
            {
                await ClearStaleSqliteLockAsync(db, logger, cancellationToken);
            }

            await LegacyBaseline.RecordAsync(db, logger, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (provider == StorageProvider.Sqlite)
        {
            // WAL: readers (API, health) never wait for the writer; busy writers wait instead of failing.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    // EF's SQLite migration lock is a row; under our file lock nobody is migrating, so a row is from a killed process.
    private static async Task ClearStaleSqliteLockAsync(IntakeDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var lockTables = await db.Database
            .SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken);
        if (lockTables > 0 && await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken) > 0)
        {
            logger.LogWarning("Cleared the migration lock left by a DocIntake process that stopped while migrating");
        }
    }
}
