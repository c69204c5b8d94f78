using System.Threading.Channels;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The jobs this instance was asked to run, in the order asked (one queue per running store instance).</summary>
public sealed class CommissionJobQueue
{
    private readonly Channel<int> _jobs = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a stored job.</summary>
    /// <param name="jobId">The job.</param>
    public void Enqueue(int jobId) => _jobs.Writer.TryWrite(jobId);

    /// <summary>The queued jobs, as they come.</summary>
    /// <param name="stoppingToken">Ends the reading when the store stops.</param>
    public IAsyncEnumerable<int> ReadAllAsync(CancellationToken stoppingToken) => _jobs.Reader.ReadAllAsync(stoppingToken);
}
