using DocIntake.Core.Extraction;
using DocIntake.Core.Extraction.Masters;
using DocIntake.Core.Pages;
using DocIntake.Imaging.Decoding;
using DocIntake.Ocr;
using DocIntake.Pipeline;
using DocIntake.Server.Api;
using DocIntake.Server.Delivery;
using DocIntake.Server.Folders;
using DocIntake.Server.Hosting;
using DocIntake.Server.Identity;
using DocIntake.Server.Mail;
using DocIntake.Server.Options;
using DocIntake.Server.Processing;
using DocIntake.Server.Review;
using DocIntake.Server.Storage;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DocIntake.Server;

/// <summary>
/// The server's entry points: <c>docintake serve [--urls http://127.0.0.1:8080] [--data folder] [--config file.json]</c>.
/// Configuration: section "DocIntake" (see docs/server.md) from appsettings.json, --config, environment
/// (DocIntake__Storage__Provider=PostgreSql) or the command line (--DocIntake:Storage:Provider=PostgreSql).
/// </summary>
public static class ServerHost
{
    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--data"] = "DocIntake:DataPath",
        ["--config"] = "DocIntake:ConfigFile",
    };

    /// <summary>Runs the server until it is stopped (Ctrl+C, SIGTERM). Returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        try
        {
            BuildApp(args).Run();
            return 0;
        }
        catch (InvalidOperationException ex) when (ex.Data.Contains(ConfigurationErrorKey))
        {
            Console.Error.WriteLine($"docintake serve: {ex.Message}");
            return 2;
        }
    }

    /// <summary>
    /// Builds the web host (API, /health, /hangfire, Hangfire servers, mail and folder intake) without starting it.
    /// <paramref name="configure"/> may add configuration or replace services (tests).
    /// </summary>
    public static WebApplication BuildApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Quiet defaults (any configuration source overrides them): per-request and per-SQL logs only when asked for.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
                ["Logging:LogLevel:Hangfire"] = "Warning",
            },
        });
        builder.Configuration.AddCommandLine(args, SwitchMappings);
        if (builder.Configuration["DocIntake:ConfigFile"] is { Length: > 0 } file)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(file), optional: false);
            builder.Configuration.AddCommandLine(args, SwitchMappings);
        }

        configure?.Invoke(builder);
        var options = builder.Configuration.GetSection(ServerOptions.SectionName).Get<ServerOptions>() ?? new ServerOptions();
        var errors = options.Validate().ToList();
        if (errors.Count > 0)
        {
            var error = new InvalidOperationException("invalid configuration: " + string.Join(" ", errors));
            error.Data[ConfigurationErrorKey] = true;
            throw error;
        }

        builder.Services.AddDocIntakeServer(options);
        builder.AddReviewQueue();
        builder.AddDelivery();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.Processing.MaxFileBytes + (1 << 20));
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.Processing.MaxFileBytes + (1 << 20));

        var app = builder.Build();
        app.MapReviewQueue();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorDashboardFilter()],
            DisplayStorageConnectionString = false,
        });
        app.MapHealth();
        app.MapDocumentsApiV1();
        app.MapMailApiV1();
        app.MapDeliveryApi();
        return app;
    }

    private const string ConfigurationErrorKey = "DocIntake.Configuration";

    private static IServiceCollection AddDocIntakeServer(this IServiceCollection services, ServerOptions options)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails();

        // First hosted service: the schema exists before Hangfire's servers and the intake start.
        services.AddHostedService<StartupTasks>();
        services.AddDocumentStore(options);
        services.AddPipeline(options);
        services.AddJobs(options);

        services.AddScoped<DocumentIntake>();
        services.AddScoped<MailIntake>();
        services.AddScoped<ProcessDocumentJob>();
        services.AddScoped<MailPollJob>();
        services.AddScoped<Reconciler>();
        services.AddSingleton<MailHooks>();
        services.AddSingleton<ImapIdleStatus>();
        services.AddHostedService<ImapIdleListener>();
        services.AddHostedService<FolderWatcher>();
        return services;
    }

    private static IServiceCollection AddPipeline(this IServiceCollection services, ServerOptions options)
    {
        var processing = options.Processing;
        // The engine count is the number of pages read in parallel within one document.
        var ocr = new OcrOptions { TessdataPath = processing.TessdataPath, WorkerCount = Math.Max(0, processing.PagesInParallel) };
        if (!string.IsNullOrEmpty(processing.OcrLanguages))
        {
            ocr.Languages = processing.OcrLanguages;
        }

        var pipelineOptions = new PipelineOptions
        {
            Ocr = ocr,
            Decode = new DecodeOptions { Limits = new InputLimits { MaxFileBytes = processing.MaxFileBytes } },
            Extraction = new ExtractionOptions
            {
                MasterData = string.IsNullOrEmpty(processing.MasterDataPath) ? null : MasterData.FromFolder(processing.MasterDataPath),
            },
        };
        services.AddSingleton(pipelineOptions);
        services.AddSingleton(pipelineOptions.Decode);
        // One pipeline per process (thread-safe, pools its OCR engines); created on first use, disposed at shutdown.
        services.AddSingleton(sp => new DocumentPipeline(sp.GetRequiredService<PipelineOptions>()));
        services.TryAddSingleton<IDocumentReader, PipelineDocumentReader>();
        return services;
    }
}
