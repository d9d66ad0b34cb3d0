using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DocIntake.Server.Delivery;

/// <summary>
/// Makes audit event ids commit in id order, so "every event after id N" (the document feed, the webhook outbox) never
/// skips an event that was still uncommitted when a reader passed its id. SQLite has one writer at a time and needs
/// nothing; PostgreSQL and SQL Server hand out identity values before commit, so each write transaction of the store
/// takes one exclusive transaction-scoped lock first. Store transactions are short (a state change and its audit row).
/// </summary>
internal sealed class CommitOrderInterceptor : DbTransactionInterceptor
{
    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (LockSql(eventData.Context?.Database.ProviderName) is { } sql)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = result;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (LockSql(eventData.Context?.Database.ProviderName) is { } sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = result;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        return result;
    }

    private static string? LockSql(string? provider) => provider switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "SELECT pg_advisory_xact_lock(4711043)",
        "Microsoft.EntityFrameworkCore.SqlServer" =>
            "EXEC sp_getapplock @Resource = 'docintake-commit-order', @LockMode = 'Exclusive', @LockOwner = 'Transaction'",
        _ => null,
    };
}
