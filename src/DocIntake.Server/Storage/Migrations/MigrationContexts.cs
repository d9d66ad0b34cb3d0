using DocIntake.Server.Options;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Storage.Migrations;

// One context type per provider, each with its own migrations folder beside this file: EF finds migrations by context
// type, and the providers' SQL differs. The model is IntakeDbContext's; the app works with IntakeDbContext and uses
// these only to migrate (SchemaMigrator) and to generate migrations (scripts/add-migration.sh).
internal sealed class SqliteMigrationContext(DbContextOptions<SqliteMigrationContext> options) : IntakeDbContext(options);

internal sealed class PostgreSqlMigrationContext(DbContextOptions<PostgreSqlMigrationContext> options) : IntakeDbContext(options);

internal sealed class SqlServerMigrationContext(DbContextOptions<SqlServerMigrationContext> options) : IntakeDbContext(options);

internal static class MigrationContexts
{
    public static IntakeDbContext Create(StorageProvider provider, string connectionString, ILoggerFactory? loggers = null) => provider switch
    {
        StorageProvider.Sqlite => new SqliteMigrationContext(Options<SqliteMigrationContext>(provider, connectionString, loggers)),
        StorageProvider.PostgreSql => new PostgreSqlMigrationContext(Options<PostgreSqlMigrationContext>(provider, connectionString, loggers)),
        StorageProvider.SqlServer => new SqlServerMigrationContext(Options<SqlServerMigrationContext>(provider, connectionString, loggers)),
        _ => throw new InvalidOperationException($"Unknown storage provider {provider}."),
    };

    private static DbContextOptions<T> Options<T>(StorageProvider provider, string connectionString, ILoggerFactory? loggers)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        builder.UseStorageProvider(provider, connectionString);
        if (loggers is not null)
        {
            builder.UseLoggerFactory(loggers);
        }

        return builder.Options;
    }
}
