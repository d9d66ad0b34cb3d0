using DocIntake.Server.Options;
using DocIntake.Server.Storage;
using Microsoft.Extensions.Options;

namespace DocIntake.Server.Identity;

/// <summary>
/// Command-line user management (the CLI exposes it as <c>docintake admin add-user --role administrator NAME</c>):
/// the first administrator is made here, never with a default password.
/// </summary>
public static class UserAdmin
{
    /// <summary>
    /// Creates a user in the database the server would use with <paramref name="serverArgs"/> (same --data, --config,
    /// --DocIntake:... switches as <c>serve</c>), creating the schema when the database is new. Returns the exit code:
    /// 0 created, 1 refused (message on standard error), 2 bad configuration.
    /// </summary>
    public static int CreateUser(string[] serverArgs, string userName, string role, string password)
    {
        ArgumentNullException.ThrowIfNull(serverArgs);
        WebApplication app;
        try
        {
            app = ServerHost.BuildApp(serverArgs);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"docintake admin: {ex.Message}");
            return 2;
        }

        return CreateUserAsync(app, userName, role, password).GetAwaiter().GetResult();
    }

    private static async Task<int> CreateUserAsync(WebApplication app, string userName, string role, string password)
    {
        await using (app)
        {
            var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
            await StorageSetup.CreateSchemaAsync(app.Services, options, CancellationToken.None);
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserStore>();
            if (await users.CreateAsync(userName, password, role, CancellationToken.None) is { } error)
            {
                Console.Error.WriteLine($"docintake admin: {error}");
                return 1;
            }

            Console.WriteLine($"User '{userName.Trim()}' created with role {role}.");
            return 0;
        }
    }
}
