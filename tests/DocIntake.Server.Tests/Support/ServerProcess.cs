using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using DocIntake.Server.Delivery;

namespace DocIntake.Server.Tests.Support;

/// <summary>The server as a separate OS process (what `docintake serve` runs), for kill and multi-node tests.</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public ServerProcess(string dataPath, Dictionary<string, string> settings)
    {
        Port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(TestPaths.ServerDll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{Port}");
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(dataPath);
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        // The API wants a key: created in the store before the process starts, as `docintake apikey create` does.
        string[] storeArgs = ["--data", dataPath, .. settings.Select(s => $"--{s.Key}={s.Value}")];
        var token = DeliveryCommands.CreateApiKeyTokenAsync(storeArgs, "tests", [Scopes.Read, Scopes.Upload, Scopes.Admin]).GetAwaiter().GetResult();
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public int Port { get; }

    public int Pid => process.Id;

    public HttpClient Http { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        var ok = await TestServer.WaitUntilAsync(
            async () =>
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Server exited ({process.ExitCode}): {Output}");
                }

                try
                {
                    using var response = await Http.GetAsync(new Uri("/health", UriKind.Relative));
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            timeout);
        Assert.True(ok, "server did not become healthy: " + Output);
    }

    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        Http.Dispose();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
