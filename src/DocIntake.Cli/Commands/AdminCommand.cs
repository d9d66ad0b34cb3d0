using System.CommandLine;
using DocIntake.Server.Identity;

namespace DocIntake.Cli.Commands;

/// <summary>`admin add-user`: creates reviewers and administrators (the first administrator too; there is no default password).</summary>
internal static class AdminCommand
{
    public static Command Create()
    {
        var data = StoreOptions.Data();
        var config = StoreOptions.Config();
        var name = new Argument<string>("name") { Description = "Login name." };
        var role = new Option<string>("--role") { Description = "reviewer or administrator.", DefaultValueFactory = _ => "reviewer" };
        var passwordEnv = new Option<string?>("--password-env") { Description = "Read the password from this environment variable instead of the prompt." };
        var addUser = new Command("add-user", "Create a user.") { name, role, passwordEnv, data, config };
        addUser.TreatUnmatchedTokensAsErrors = false;
        addUser.SetAction(result =>
        {
            var password = result.GetValue(passwordEnv) is { } variable
                ? Environment.GetEnvironmentVariable(variable)
                : ReadPassword();
            if (string.IsNullOrEmpty(password))
            {
                Console.Error.WriteLine("error: no password given");
                return ExitCodes.BadInput;
            }

            return UserAdmin.CreateUser(StoreOptions.ServerArgs(result, data, config), result.GetValue(name)!, result.GetValue(role)!, password);
        });
        return new Command("admin", "Administration of the server's users.") { addUser };
    }

    private static string? ReadPassword()
    {
        Console.Error.Write("password: ");
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}
