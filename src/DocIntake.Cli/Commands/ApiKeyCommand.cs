using System.CommandLine;
using DocIntake.Server.Delivery;

namespace DocIntake.Cli.Commands;

/// <summary>`apikey create|list|revoke`: API keys of downstream consumers (stored hashed; the token is shown once).</summary>
internal static class ApiKeyCommand
{
    public static Command Create()
    {
        var data = StoreOptions.Data();
        var config = StoreOptions.Config();
        var consumer = new Option<string>("--consumer") { Description = "Who uses the key (e.g. sales-erp).", Required = true };
        var scopes = new Option<string>("--scopes") { Description = "Comma-separated: read, upload, admin.", DefaultValueFactory = _ => "read" };
        var create = new Command("create", "Create a key and print its token once.") { consumer, scopes, data, config };
        create.TreatUnmatchedTokensAsErrors = false;
        create.SetAction((result, ct) => DeliveryCommands.CreateApiKeyAsync(
            StoreOptions.ServerArgs(result, data, config),
            result.GetValue(consumer)!,
            result.GetValue(scopes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Console.Out,
            Console.Error,
            ct));

        var list = new Command("list", "List keys (never their tokens).") { data, config };
        list.TreatUnmatchedTokensAsErrors = false;
        list.SetAction((result, ct) => DeliveryCommands.ListApiKeysAsync(StoreOptions.ServerArgs(result, data, config), Console.Out, Console.Error, ct));

        var id = new Argument<string>("id") { Description = "The key's id as `apikey list` prints it." };
        var revoke = new Command("revoke", "Revoke a key.") { id, data, config };
        revoke.TreatUnmatchedTokensAsErrors = false;
        revoke.SetAction((result, ct) => DeliveryCommands.RevokeApiKeyAsync(
            StoreOptions.ServerArgs(result, data, config), result.GetValue(id)!, Console.Out, Console.Error, ct));

        return new Command("apikey", "Manage API keys of downstream consumers.") { create, list, revoke };
    }
}
