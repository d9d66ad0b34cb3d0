using Microsoft.Extensions.Options;

namespace DocIntake.Server.Delivery;

/// <summary>Runs the dispatcher on every node every DispatchInterval, or at once when woken (a redelivery).</summary>
internal sealed class WebhookPump(IServiceScopeFactory scopes, IOptions<DeliveryOptions> options, ILogger<WebhookPump> logger) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var dispatcher = scope.ServiceProvider.GetRequiredService<WebhookDispatcher>();
                await dispatcher.FanOutAsync(stoppingToken);
                await dispatcher.QueueDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Webhook dispatch failed; trying again in {Interval}", options.Value.DispatchInterval);
            }

            try
            {
                await wake.WaitAsync(options.Value.DispatchInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
