using System.Text.Json.Nodes;
using DocIntake.Server.Identity;
using DocIntake.Server.Options;
using DocIntake.Server.Storage;
using DocIntake.Server.Storage.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocIntake.Server.Tests.Storage;

/// <summary>Helpers of the schema tests: migrate, make a database the way the builds before migrations did, round-trip rows.</summary>
internal static class SchemaData
{
    public const string Contract = """{"documentType":"order","fields":{"orderNumber":"PO-2026-0042"}}""";

    public static IntakeDbContext Open(StorageProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<IntakeDbContext>();
        options.UseStorageProvider(provider, connectionString);
        return new IntakeDbContext(options.Options);
    }

    public static Task MigrateAsync(StorageProvider provider, string connectionString, CancellationToken cancellationToken = default) =>
        SchemaMigrator.MigrateAsync(provider, connectionString, NullLoggerFactory.Instance, cancellationToken);

    /// <summary>
    /// A database as the builds before migrations made it: their model's tables (CreateTables), no history. Their model is
    /// the legacy migrations' schema, so the tables come from those migrations' operations, up to <paramref name="through"/>
    /// ("Initial": the first server build; "ReviewAndDelivery": the build after it).
    /// </summary>
    public static async Task CreateLegacySchemaAsync(StorageProvider provider, string connectionString, string through = "ReviewAndDelivery")
    {
        await using var db = MigrationContexts.Create(provider, connectionString);
        var assembly = db.GetService<IMigrationsAssembly>();
        var generator = db.GetService<IMigrationsSqlGenerator>();
        foreach (var (id, type) in assembly.Migrations)
        {
            var operations = assembly.CreateMigration(type, db.Database.ProviderName!).UpOperations;
            await db.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(generator.Generate(operations), db.GetService<IRelationalConnection>());
            if (Name(id) == through)
            {
                return;
            }
        }
    }

    public static async Task<List<string>> AppliedAsync(StorageProvider provider, string connectionString)
    {
        await using var db = Open(provider, connectionString);
        return [.. (await db.Database.GetAppliedMigrationsAsync()).Select(Name)];
    }

    /// <summary>The provider's migration context as dotnet-ef makes it (no server behind it).</summary>
    public static IntakeDbContext DesignTime(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => new SqliteMigrationContextFactory().CreateDbContext([]),
        StorageProvider.PostgreSql => new PostgreSqlMigrationContextFactory().CreateDbContext([]),
        _ => new SqlServerMigrationContextFactory().CreateDbContext([]),
    };

    public static List<string> All(StorageProvider provider)
    {
        using var db = DesignTime(provider);
        return [.. db.Database.GetMigrations().Select(Name)];
    }

    public static string Name(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    public static async Task<string> AddDocumentAsync(StorageProvider provider, string connectionString, string status = DocumentStatus.NeedsReview)
    {
        var id = $"doc-{Guid.NewGuid():N}"[..20];
        var at = new DateTime(2026, 11, 26, 9, 30, 15, DateTimeKind.Utc);
        await using var db = Open(provider, connectionString);
        db.Documents.Add(new DocumentRecord
        {
            Id = id,
            Status = status,
            Channel = "upload",
            FileName = "注文書.pdf",
            Sha256 = new string('a', 64),
            ReceivedAt = at,
            UpdatedAt = at,
            ContractJson = status == DocumentStatus.NeedsReview ? Contract : null,
        });
        db.Pages.Add(new PageRecord { DocumentId = id, Number = 1, Width = 1728, Height = 2200 });
        db.AuditEvents.Add(new AuditEvent { DocumentId = id, At = at, Actor = "tests", Action = "status", ToStatus = status });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>Reads back what <see cref="AddDocumentAsync"/> wrote, through a fresh context, and a review user (second migration).</summary>
    public static async Task AssertRoundTripAsync(StorageProvider provider, string connectionString, string id)
    {
        await using (var db = Open(provider, connectionString))
        {
            db.Set<ReviewUser>().Add(new ReviewUser
            {
                UserName = id,
                NormalizedUserName = id.ToUpperInvariant(),
                PasswordHash = "hash",
                Role = Roles.Reviewer,
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await using (var db = Open(provider, connectionString))
        {
            var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id);
            Assert.Equal("注文書.pdf", document.FileName);
            Assert.Equal(new DateTime(2026, 11, 26, 9, 30, 15, DateTimeKind.Utc), document.ReceivedAt);
            Assert.Equal(DateTimeKind.Utc, document.ReceivedAt.Kind);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Contract), JsonNode.Parse(document.ContractJson!)), document.ContractJson);
            Assert.Equal(1, await db.Pages.CountAsync(p => p.DocumentId == id));
            Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.DocumentId == id));
            Assert.Equal(Roles.Reviewer, (await db.Set<ReviewUser>().SingleAsync(u => u.UserName == id)).Role);
        }
    }
}
