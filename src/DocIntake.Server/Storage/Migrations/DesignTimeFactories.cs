using DocIntake.Server.Options;
using Microsoft.EntityFrameworkCore.Design;

namespace DocIntake.Server.Storage.Migrations;

// dotnet-ef builds each migration context through these. Adding a migration needs only the model, no server: the
// connection strings are never opened.
internal sealed class SqliteMigrationContextFactory : IDesignTimeDbContextFactory<SqliteMigrationContext>
{
    public SqliteMigrationContext CreateDbContext(string[] args) =>
        (SqliteMigrationContext)MigrationContexts.Create(StorageProvider.Sqlite, "Data Source=design-time.db");
}

internal sealed class PostgreSqlMigrationContextFactory : IDesignTimeDbContextFactory<PostgreSqlMigrationContext>
{
    public PostgreSqlMigrationContext CreateDbContext(string[] args) =>
        (PostgreSqlMigrationContext)MigrationContexts.Create(StorageProvider.PostgreSql, "Host=localhost;Database=docintake");
}

internal sealed class SqlServerMigrationContextFactory : IDesignTimeDbContextFactory<SqlServerMigrationContext>
{
    public SqlServerMigrationContext CreateDbContext(string[] args) =>
        (SqlServerMigrationContext)MigrationContexts.Create(StorageProvider.SqlServer, "Server=localhost;Database=docintake;TrustServerCertificate=True");
}
