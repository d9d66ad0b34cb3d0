namespace DocIntake.Server.Tests.Support;

/// <summary>A throwaway PostgreSQL cluster (initdb as user postgres) on a free port, through scripts/services/postgres.sh.</summary>
internal sealed class PostgresServer : IDisposable
{
    public PostgresServer()
    {
        Folder = TestPaths.NewTempFolder("pg");
        Port = FreePort.Next();
        Shell.Run(TestPaths.Script("postgres.sh"), "start", Folder, Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public string Folder { get; }

    public int Port { get; }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=30";

    public void Dispose()
    {
        try
        {
            Shell.Run(TestPaths.Script("postgres.sh"), "stop", Folder);
        }
        finally
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
