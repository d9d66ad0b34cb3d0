using DocIntake.Server.Options;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Storage;

internal static class StorageSetup
{
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, ServerOptions options)
    {
        var connectionString = options.ResolvedConnectionString;
        services.AddDbContext<IntakeDbContext>(db => db.UseStorageProvider(options.Storage.Provider, connectionString));
        services.AddScoped<DocumentStore>();
        services.AddSingleton(new BlobStore(options.ResolvedBlobPath));
        return services;
    }

    public static DbContextOptionsBuilder UseStorageProvider(this DbContextOptionsBuilder db, StorageProvider provider, string connectionString)
    {
        _ = provider switch
        {
            StorageProvider.Sqlite => db.UseSqlite(connectionString),
            StorageProvider.PostgreSql => db.UseNpgsql(connectionString),
            StorageProvider.SqlServer => db.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Unknown storage provider {provider}."),
        };
        return db;
    }

    /// <summary>
    /// Brings the schema up to date with the provider's migrations (Storage/Migrations/), first recording a database
    /// made by the builds before migrations as migrated; see <see cref="SchemaMigrator"/>.
    /// </summary>
    public static async Task CreateSchemaAsync(IServiceProvider services, ServerOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.ResolvedBlobPath);
        await SchemaMigrator.MigrateAsync(
            options.Storage.Provider, options.ResolvedConnectionString, services.GetRequiredService<ILoggerFactory>(), cancellationToken);
    }
}
