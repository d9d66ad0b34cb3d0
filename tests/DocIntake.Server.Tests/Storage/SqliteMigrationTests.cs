using DocIntake.Server.Options;
using DocIntake.Server.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests.Storage;

/// <summary>Start-up migration of SQLite files: new, made before migrations (baseline), half-baked, after a crash.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private const StorageProvider Sqlite = StorageProvider.Sqlite;
    private readonly string folder = TestPaths.NewTempFolder("migrate");

    private string ConnectionString => $"Data Source={Path.Combine(folder, "docintake.db")};Pooling=false";

    [Fact]
    public async Task Migrate_CreatesEverySchemaPart_OnAnEmptyFile()
    {
        await SchemaData.MigrateAsync(Sqlite, ConnectionString);

        Assert.Equal(SchemaData.All(Sqlite), await SchemaData.AppliedAsync(Sqlite, ConnectionString));
        await SchemaData.AssertRoundTripAsync(Sqlite, ConnectionString, await SchemaData.AddDocumentAsync(Sqlite, ConnectionString));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));

        await SchemaData.MigrateAsync(Sqlite, ConnectionString); // again: nothing to do
        Assert.Equal(SchemaData.All(Sqlite), await SchemaData.AppliedAsync(Sqlite, ConnectionString));
    }

    [Fact]
    public async Task Migrate_KeepsTheData_WhenTheBuildBeforeMigrationsMadeTheFile()
    {
        await SchemaData.CreateLegacySchemaAsync(Sqlite, ConnectionString);
        var id = await SchemaData.AddDocumentAsync(Sqlite, ConnectionString);

        await SchemaData.MigrateAsync(Sqlite, ConnectionString);

        Assert.Equal(SchemaData.All(Sqlite), await SchemaData.AppliedAsync(Sqlite, ConnectionString));
        await SchemaData.AssertRoundTripAsync(Sqlite, ConnectionString, id);
    }

    [Fact]
    public async Task Migrate_AddsReviewAndDeliveryTables_WhenTheFirstServerBuildMadeTheFile()
    {
        // The first server build had the five document tables only; the build after it never added its tables to such a file.
        await SchemaData.CreateLegacySchemaAsync(Sqlite, ConnectionString, through: "Initial");
        var id = await SchemaData.AddDocumentAsync(Sqlite, ConnectionString);

        await SchemaData.MigrateAsync(Sqlite, ConnectionString);

        Assert.Equal(SchemaData.All(Sqlite), await SchemaData.AppliedAsync(Sqlite, ConnectionString));
        await SchemaData.AssertRoundTripAsync(Sqlite, ConnectionString, id);
    }

    [Fact]
    public async Task Migrate_Refuses_WhenOldTablesMatchNoKnownVersion()
    {
        await SchemaData.CreateLegacySchemaAsync(Sqlite, ConnectionString);
        await ExecuteAsync("ALTER TABLE documents DROP COLUMN LeaseOwner");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SchemaData.MigrateAsync(Sqlite, ConnectionString));

        Assert.Contains("documents.LeaseOwner", error.Message, StringComparison.Ordinal);
        Assert.Empty(await SchemaData.AppliedAsync(Sqlite, ConnectionString));
    }

    [Fact]
    public async Task Migrate_DoesNotWaitForEver_WhenAKilledProcessLeftEfsLockRow()
    {
        await SchemaData.MigrateAsync(Sqlite, ConnectionString);
        // What a process killed inside Migrate leaves behind: EF's SQLite lock is a row, nothing releases it.
        await ExecuteAsync("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
        await ExecuteAsync("INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-11-26 00:00:00')");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await SchemaData.MigrateAsync(Sqlite, ConnectionString, timeout.Token);

        Assert.Equal("0", await ScalarAsync("SELECT count(*) FROM \"__EFMigrationsLock\""));
    }

    [Fact]
    public async Task Migrate_RecordsAnOldFileOnce_WhenProcessesStartTogether()
    {
        await SchemaData.CreateLegacySchemaAsync(Sqlite, ConnectionString);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SchemaData.MigrateAsync(Sqlite, ConnectionString))));

        Assert.Equal(SchemaData.All(Sqlite), await SchemaData.AppliedAsync(Sqlite, ConnectionString));
    }

    [Fact]
    public async Task Server_Starts_OnAFileFromTheFirstServerBuild()
    {
        var connectionString = $"Data Source={Path.Combine(folder, "docintake.db")}";
        await SchemaData.CreateLegacySchemaAsync(Sqlite, connectionString, through: "Initial");
        var id = await SchemaData.AddDocumentAsync(Sqlite, connectionString, DocIntake.Server.Storage.DocumentStatus.Rejected);

        // The test server makes an API key at start: api_keys comes from the ReviewAndDelivery migration.
        await using var server = await TestServer.StartAsync(dataPath: folder);
        var document = await server.GetDocumentAsync(id);

        Assert.Equal("rejected", (string?)document["status"]);
        Assert.Equal(SchemaData.All(Sqlite), await SchemaData.AppliedAsync(Sqlite, connectionString));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = SchemaData.Open(Sqlite, ConnectionString);
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
