namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Progress nobody watches: work run in the request or by a schedule task goes on to the end.</summary>
public sealed class UnwatchedProgress : IJobProgress
{
    /// <summary>The one instance.</summary>
    public static IJobProgress Instance { get; } = new UnwatchedProgress();

    private UnwatchedProgress()
    {
    }

    /// <inheritdoc />
    public Task StartAsync(int total) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<bool> ReportAsync(int done) => Task.FromResult(true);
}
