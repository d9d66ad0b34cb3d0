using System.Globalization;
using DocIntake.Server.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DocIntake.Server.Storage;

internal static class StorageSetup
{
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, ServerOptions options)
    {
        var connectionString = options.ResolvedConnectionString;
        services.AddDbContext<IntakeDbContext>(db => _ = options.Storage.Provider switch
        {
            StorageProvider.Sqlite => db.UseSqlite(connectionString),
            StorageProvider.PostgreSql => db.UseNpgsql(connectionString),
            StorageProvider.SqlServer => db.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Unknown storage provider {options.Storage.Provider}."),
        });
        services.AddScoped<DocumentStore>();
        services.AddSingleton(new BlobStore(options.ResolvedBlobPath));
        return services;
    }

    /// <summary>
    /// Creates the schema when the database is empty. EnsureCreated per provider stands in for migrations for now
    /// (see docs/server.md); on PostgreSQL an advisory lock keeps several nodes starting together from racing.
    /// </summary>
    public static async Task CreateSchemaAsync(IServiceProvider services, ServerOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.ResolvedBlobPath);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        switch (options.Storage.Provider)
        {
            case StorageProvider.Sqlite:
                Directory.CreateDirectory(Path.GetDirectoryName(new SqliteConnectionStringBuilder(options.ResolvedConnectionString).DataSource) ?? ".");
                await db.Database.EnsureCreatedAsync(cancellationToken);
                // WAL: readers (API, health) never wait for the writer; busy writers wait instead of failing.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                break;
            case StorageProvider.PostgreSql:
                await db.Database.OpenConnectionAsync(cancellationToken);
                try
                {
                    await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(4711042)", cancellationToken);
                    await CreateTablesUnlessPresentAsync(db, "SELECT to_regclass('documents') IS NOT NULL", cancellationToken);
                }
                finally
                {
                    await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(4711042)", cancellationToken);
                    await db.Database.CloseConnectionAsync();
                }

                break;
            default:
                await db.Database.OpenConnectionAsync(cancellationToken);
                try
                {
                    await CreateTablesUnlessPresentAsync(
                        db, "SELECT CAST(CASE WHEN OBJECT_ID('documents') IS NULL THEN 0 ELSE 1 END AS bit)", cancellationToken);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }

                break;
        }
    }

    // EnsureCreated skips a database that has any table at all (Hangfire's, say), so the check is for our own table.
    private static async Task CreateTablesUnlessPresentAsync(IntakeDbContext db, string existsSql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = existsSql;
        var exists = Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (!exists)
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        }
    }
}
