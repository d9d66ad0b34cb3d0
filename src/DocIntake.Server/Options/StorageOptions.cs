namespace DocIntake.Server.Options;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>Embedded Hangfire storage used with the SQLite provider (production providers use their own database).</summary>
public enum EmbeddedJobStorage
{
    InMemory,
    Sqlite,
}

/// <summary>Section "DocIntake:Storage": one setting picks the document store and Hangfire's storage together.</summary>
public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Empty with SQLite: "Data Source={data}/docintake.db".</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Hangfire storage with the SQLite provider; see docs/server.md for why InMemory is the default.</summary>
    public EmbeddedJobStorage Jobs { get; set; } = EmbeddedJobStorage.InMemory;

    /// <summary>Content-addressed blob folder; empty: "{data}/blobs". Must be shared by all nodes.</summary>
    public string? BlobPath { get; set; }
}
