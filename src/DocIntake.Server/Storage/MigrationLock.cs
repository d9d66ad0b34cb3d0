using System.Data.Common;
using DocIntake.Server.Options;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DocIntake.Server.Storage;

/// <summary>
/// One migrator at a time per database, for the whole of baseline and Migrate, released by the server or the OS when
/// the process dies. EF's own migration lock is not enough: on PostgreSQL it is a table lock that ends with each
/// migration's transaction, and a node that listed two pending migrations applies the second again after another
/// node did (PostgresMigrationTests); on SQLite it is a row that a killed process leaves behind for ever.
/// </summary>
internal static class MigrationLock
{
    // The key the schema creation of the builds before migrations used too, so old and new nodes also take turns.
    private const long PostgresKey = 4711042;
    private const string SqlServerResource = "DocIntake:schema";

    public static async Task<IAsyncDisposable> AcquireAsync(
        StorageProvider provider, IntakeDbContext db, string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        if (provider == StorageProvider.Sqlite)
        {
            return await LockFileAsync(connectionString, logger, cancellationToken);
        }

        await CreateDatabaseUnlessPresentAsync(db, cancellationToken);
        DbConnection connection = provider == StorageProvider.PostgreSql ? new NpgsqlConnection(connectionString) : new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, provider == StorageProvider.PostgreSql
                ? $"SELECT pg_advisory_lock({PostgresKey})"
                : $"DECLARE @r int; EXEC @r = sp_getapplock @Resource = '{SqlServerResource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1; IF @r < 0 THROW 50000, 'sp_getapplock failed', 1;",
                cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        return new Held(async () =>
        {
            await using (connection)
            {
                try
                {
                    await ExecuteAsync(connection, provider == StorageProvider.PostgreSql
                        ? $"SELECT pg_advisory_unlock({PostgresKey})"
                        : $"EXEC sp_releaseapplock @Resource = '{SqlServerResource}', @LockOwner = 'Session'",
                        CancellationToken.None);
                }
                catch (DbException)
                {
                    // The session is gone, and its lock with it; the migration's own outcome is what matters.
                }
            }
        });
    }

    // The lock lives in the database, so it has to exist first (Migrate would create it too). Nodes may race here.
    private static async Task CreateDatabaseUnlessPresentAsync(IntakeDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (DbException) when (creator.Exists())
        {
            // Another node created it first.
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0; // waits as long as the other migrator takes
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // SQLite is a local file: an exclusive flock on a file beside it (FileShare.None on Linux) is the lock.
    private static async Task<FileStream> LockFileAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var file = Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var path = file + ".migrate-lock";
        var told = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested)
            {
                if (!told)
                {
                    logger.LogInformation("Waiting for another DocIntake process to finish migrating {Path}", file);
                    told = true;
                }

                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private sealed class Held(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }
}
