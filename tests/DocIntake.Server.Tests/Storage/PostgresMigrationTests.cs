using DocIntake.Server.Options;
using DocIntake.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests.Storage;

/// <summary>Start-up migration on a real PostgreSQL: a new database, and nodes starting together (old and new databases).</summary>
public class PostgresMigrationTests
{
    private const StorageProvider Postgres = StorageProvider.PostgreSql;

    [Fact]
    public async Task Migrate_CreatesDatabaseAndSchema_WhenTheDatabaseDoesNotExist()
    {
        using var pg = new PostgresServer();
        var connectionString = pg.ConnectionString("docintake");

        await SchemaData.MigrateAsync(Postgres, connectionString);

        Assert.Equal(SchemaData.All(Postgres), await SchemaData.AppliedAsync(Postgres, connectionString));
        await SchemaData.AssertRoundTripAsync(Postgres, connectionString, await SchemaData.AddDocumentAsync(Postgres, connectionString));
        await using var db = SchemaData.Open(Postgres, connectionString);
        Assert.Equal("jsonb", await db.Database.SqlQueryRaw<string>(
            "SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = 'documents' AND column_name = 'ContractJson'").SingleAsync());
    }

    [Fact]
    public async Task Migrate_RunsOnce_WhenNodesStartTogether()
    {
        using var pg = new PostgresServer();
        var fresh = pg.ConnectionString();
        var old = pg.ConnectionString("old");
        await using (var db = SchemaData.Open(Postgres, fresh))
        {
            await db.Database.ExecuteSqlRawAsync("CREATE DATABASE old");
        }

        // "old": made by the first server build, before migrations, with a document in it.
        await SchemaData.CreateLegacySchemaAsync(Postgres, old, through: "Initial");
        var id = await SchemaData.AddDocumentAsync(Postgres, old);

        // With EF's lock alone (LOCK TABLE per migration transaction) a node re-applies a migration another just committed.
        await Task.WhenAll(Enumerable.Range(0, 4)
            .SelectMany(_ => new[] { fresh, old })
            .Select(connectionString => Task.Run(() => SchemaData.MigrateAsync(Postgres, connectionString))));

        Assert.Equal(SchemaData.All(Postgres), await SchemaData.AppliedAsync(Postgres, fresh));
        Assert.Equal(SchemaData.All(Postgres), await SchemaData.AppliedAsync(Postgres, old));
        await SchemaData.AssertRoundTripAsync(Postgres, old, id);
        await SchemaData.AssertRoundTripAsync(Postgres, fresh, await SchemaData.AddDocumentAsync(Postgres, fresh));
    }
}
