using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nop.Services.Logging;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Runs queued jobs inside the store process, each in its own service scope, so the request that asked for one returns
/// at once. The host's schedule tasks run at most every N seconds and are single instances of a type, which suits
/// neither a job asked for now nor its parameters; a hosted service is the ASP.NET Core way to run such work.
/// </summary>
public class CommissionJobHost : BackgroundService
{
    private readonly CommissionJobQueue _queue;
    private readonly IServiceScopeFactory _scopeFactory;

    /// <summary>Creates the host.</summary>
    public CommissionJobHost(CommissionJobQueue queue, IServiceScopeFactory scopeFactory)
    {
        _queue = queue;
        _scopeFactory = scopeFactory;
    }

    private async Task RunAsync(int jobId, CancellationToken stoppingToken)
    {
        using var scope = _scopeFactory.CreateScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ICommissionJobRunner>().RunAsync(jobId, stoppingToken);
        }
        catch (Exception exception)
        {
            await scope.ServiceProvider.GetRequiredService<ILogger>()
                .ErrorAsync($"Sales commission: background job #{jobId} failed. {exception.Message}", exception);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var jobId in _queue.ReadAllAsync(stoppingToken))
                _ = Task.Run(() => RunAsync(jobId, stoppingToken), CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            //the store is stopping
        }
    }
}
