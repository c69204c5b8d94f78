namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Runs one queued job to its end, under the host's lock for its kind.</summary>
public interface ICommissionJobRunner
{
    /// <summary>Runs a queued job; a job of a kind already running elsewhere in the web farm fails at once, saying so.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="stoppingToken">Signals that the store is stopping.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task RunAsync(int jobId, CancellationToken stoppingToken);
}
