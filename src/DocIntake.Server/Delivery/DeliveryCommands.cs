using DocIntake.Server.Options;
using DocIntake.Server.Storage;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Delivery;

/// <summary>
/// Entry points for the command line (`docintake apikey …`, `docintake export-csv …`) and for tests. serverArgs are the
/// arguments `serve` takes for the store (--data, --config, --DocIntake:Storage:…): the commands open the same database
/// (creating the schema when it is new) without starting the server. Exit codes: 0 ok, 2 bad arguments or configuration,
/// 3 export refused (characters not in CP932, listed on the message writer).
/// </summary>
public static class DeliveryCommands
{
    public const int Ok = 0;
    public const int BadArguments = 2;
    public const int Refused = 3;

    /// <summary>Creates a key and returns its token (shown once; only its hash is stored).</summary>
    public static async Task<string> CreateApiKeyTokenAsync(
        IServiceProvider services, string consumer, IReadOnlyCollection<string> scopes, string? createdBy = null, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var (_, token) = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync(consumer, scopes, createdBy, cancellationToken);
        return token;
    }

    /// <summary>As <see cref="CreateApiKeyTokenAsync(IServiceProvider,string,IReadOnlyCollection{string},string?,CancellationToken)"/> against the store serverArgs name.</summary>
    public static Task<string> CreateApiKeyTokenAsync(
        string[] serverArgs, string consumer, IReadOnlyCollection<string> scopes, string? createdBy = null, CancellationToken cancellationToken = default) =>
        WithStoreAsync(serverArgs, services => CreateApiKeyTokenAsync(services, consumer, scopes, createdBy, cancellationToken), cancellationToken);

    /// <summary>`docintake apikey create --consumer NAME --scopes read,upload`: prints the key id and the token.</summary>
    public static Task<int> CreateApiKeyAsync(
        string[] serverArgs, string consumer, IReadOnlyCollection<string> scopes, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default) =>
        GuardAsync(errors, async () =>
        {
            var token = await CreateApiKeyTokenAsync(serverArgs, consumer, scopes, "cli:" + Environment.UserName, cancellationToken);
            await output.WriteLineAsync($"consumer {consumer}, scopes {string.Join(' ', scopes)}");
            await output.WriteLineAsync($"token (shown once, store it now): {token}");
            return Ok;
        });

    /// <summary>`docintake apikey list`: one line per key (id, consumer, scopes, created, revoked, last used).</summary>
    public static Task<int> ListApiKeysAsync(string[] serverArgs, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default) =>
        GuardAsync(errors, () => WithStoreAsync(serverArgs, async services =>
        {
            await using var scope = services.CreateAsyncScope();
            foreach (var k in await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().ListAsync(cancellationToken))
            {
                await output.WriteLineAsync(
                    $"{k.Id}\t{k.Consumer}\t{k.Scopes}\tcreated {ConsumerViews.Time(k.CreatedAt)}"
                    + $"\t{(k.RevokedAt is { } r ? "revoked " + ConsumerViews.Time(r) : "active")}"
                    + $"\t{(k.LastUsedAt is { } u ? "last used " + ConsumerViews.Time(u) : "never used")}");
            }

            return Ok;
        }, cancellationToken));

    /// <summary>`docintake apikey revoke ID`.</summary>
    public static Task<int> RevokeApiKeyAsync(string[] serverArgs, string id, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default) =>
        GuardAsync(errors, () => WithStoreAsync(serverArgs, async services =>
        {
            await using var scope = services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().RevokeAsync(id, cancellationToken))
            {
                await errors.WriteLineAsync($"No active key {id}.");
                return BadArguments;
            }

            await output.WriteLineAsync($"Key {id} revoked.");
            return Ok;
        }, cancellationToken));

    /// <summary>
    /// `docintake export-csv --type order --out orders.csv [--from --to --not-exported-by C --mark-exported-by C --columns a,b
    /// --encoding shift_jis --newline lf --unmappable replace]`. Writes to <paramref name="outputPath"/> ("-" or null: stdout);
    /// counts and every unmappable character go to <paramref name="messages"/>.
    /// </summary>
    public static Task<int> ExportCsvAsync(
        string[] serverArgs, CsvExportRequest request, string? outputPath, TextWriter messages, CancellationToken cancellationToken = default) =>
        GuardAsync(messages, () => WithStoreAsync(serverArgs, async services =>
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<CsvExporter>().ExportAsync(request, cancellationToken);
            foreach (var u in result.Unmappable)
            {
                await messages.WriteLineAsync($"not in CP932: {u.CodePoint} '{u.Character}' in document {u.DocumentId}, row {u.Row}, column {u.Column}");
            }

            if (result.Content is null)
            {
                await messages.WriteLineAsync($"Export refused: {CsvExporter.Describe(result)}. Use --unmappable replace to write '?' instead.");
                return Refused;
            }

            if (outputPath is null or "-")
            {
                await using var stdout = Console.OpenStandardOutput();
                await stdout.WriteAsync(result.Content, cancellationToken);
            }
            else
            {
                await File.WriteAllBytesAsync(outputPath, result.Content, cancellationToken);
            }

            await messages.WriteLineAsync($"Exported {CsvExporter.Describe(result)}.");
            return Ok;
        }, cancellationToken));

    private static async Task<T> WithStoreAsync<T>(string[] serverArgs, Func<IServiceProvider, Task<T>> action, CancellationToken cancellationToken)
    {
        var app = ServerHost.BuildApp([.. serverArgs, "--Logging:LogLevel:Default=Warning"]);
        await using (app)
        {
            var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
            await StorageSetup.CreateSchemaAsync(app.Services, options, cancellationToken);
            return await action(app.Services);
        }
    }

    private static async Task<int> GuardAsync(TextWriter errors, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException || (ex is InvalidOperationException && ex.Data.Contains("DocIntake.Configuration")))
        {
            await errors.WriteLineAsync(ex.Message);
            return BadArguments;
        }
    }
}
