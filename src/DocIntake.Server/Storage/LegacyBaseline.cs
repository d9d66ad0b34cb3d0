using DocIntake.Server.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace DocIntake.Server.Storage;

/// <summary>
/// Databases made by the builds before migrations (EF CreateTables at start) have our tables but no migration history.
/// This records as applied the leading migrations whose tables and columns are all there, so Migrate adds only the
/// rest: "Initial" is the first server build's five tables, "ReviewAndDelivery" the review and delivery tables that a
/// later build added (which the old start-up never created in a database that already had documents). Runs under
/// <see cref="MigrationLock"/>.
/// </summary>
internal static class LegacyBaseline
{
    private static readonly string[] LegacyMigrations = ["Initial", "ReviewAndDelivery"];

    public static async Task RecordAsync(IntakeDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        // Applied migrations rather than "history table exists": Npgsql always answers that it exists.
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken)
            || (await history.GetAppliedMigrationsAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var legacy = LegacyTables(db);
        var existing = await ReadColumnsAsync(db, cancellationToken);
        if (!legacy[0].Tables.Keys.Any(existing.ContainsKey))
        {
            return; // A new database (or only Hangfire's tables): Migrate creates everything.
        }

        var applied = Matching(legacy, existing);
        await history.CreateIfNotExistsAsync(cancellationToken);
        // The rows in one transaction: a crash leaves none recorded, not half.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var id in applied)
            {
                await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, ProductInfo.GetVersion())), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });
        logger.LogWarning("Database created before migrations: recorded {Migrations} as applied", string.Join(", ", applied));
    }

    private static List<string> Matching(List<(string Id, Dictionary<string, List<string>> Tables)> legacy, Dictionary<string, HashSet<string>> existing)
    {
        var applied = new List<string>();
        foreach (var (id, tables) in legacy)
        {
            var missing = tables
                .SelectMany(t => existing.TryGetValue(t.Key, out var columns)
                    ? t.Value.Where(c => !columns.Contains(c)).Select(c => $"{t.Key}.{c}")
                    : [t.Key])
                .ToList();
            if (missing.Count == 0)
            {
                applied.Add(id);
                continue;
            }

            if (tables.Keys.Any(existing.ContainsKey))
            {
                throw new InvalidOperationException(
                    $"The database has DocIntake tables from before migrations that match no known version (missing: {string.Join(", ", missing)}). " +
                    "Restore a backup or use a new database.");
            }

            break;
        }

        return applied;
    }

    // The tables and columns that each legacy migration creates, read from the migration itself (this provider's).
    private static List<(string Id, Dictionary<string, List<string>> Tables)> LegacyTables(IntakeDbContext db)
    {
        var assembly = db.GetService<IMigrationsAssembly>();
        return
        [
            .. LegacyMigrations.Select(name =>
            {
                var (id, type) = assembly.Migrations.Single(m => m.Key.EndsWith("_" + name, StringComparison.Ordinal));
                var tables = assembly.CreateMigration(type, db.Database.ProviderName!).UpOperations
                    .OfType<CreateTableOperation>()
                    .ToDictionary(t => t.Name, t => t.Columns.Select(c => c.Name).ToList(), StringComparer.OrdinalIgnoreCase);
                return (id, tables);
            }),
        ];
    }

    private static async Task<Dictionary<string, HashSet<string>>> ReadColumnsAsync(IntakeDbContext db, CancellationToken cancellationToken)
    {
        var sql = ProviderOf(db) switch
        {
            StorageProvider.Sqlite =>
                "SELECT m.name AS \"TableName\", p.name AS \"ColumnName\" FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'",
            StorageProvider.PostgreSql =>
                "SELECT table_name AS \"TableName\", column_name AS \"ColumnName\" FROM information_schema.columns WHERE table_schema = current_schema()",
            _ =>
                "SELECT TABLE_NAME AS \"TableName\", COLUMN_NAME AS \"ColumnName\" FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA_NAME()",
        };
        var rows = await db.Database.SqlQueryRaw<TableColumn>(sql).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.TableName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ColumnName).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    private static StorageProvider ProviderOf(IntakeDbContext db) =>
        db.Database.IsSqlite() ? StorageProvider.Sqlite : db.Database.IsNpgsql() ? StorageProvider.PostgreSql : StorageProvider.SqlServer;

    private sealed record TableColumn(string TableName, string ColumnName);
}
