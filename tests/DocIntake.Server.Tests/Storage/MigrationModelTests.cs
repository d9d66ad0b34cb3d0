using DocIntake.Server.Options;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests.Storage;

/// <summary>Each provider's migrations describe the current model: a model change without scripts/add-migration.sh fails here.</summary>
public class MigrationModelTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    [InlineData(StorageProvider.SqlServer)]
    public void Migrations_CoverTheModel_ForEachProvider(StorageProvider provider)
    {
        using var db = SchemaData.DesignTime(provider);
        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed without a {provider} migration: run scripts/add-migration.sh NAME.");
    }

    [Fact]
    public void Migrations_HaveTheSameNames_ForEveryProvider()
    {
        var sqlite = SchemaData.All(StorageProvider.Sqlite);
        Assert.Equal(["Initial", "ReviewAndDelivery"], sqlite.Take(2));
        Assert.Equal(sqlite, SchemaData.All(StorageProvider.PostgreSql));
        Assert.Equal(sqlite, SchemaData.All(StorageProvider.SqlServer));
    }
}
