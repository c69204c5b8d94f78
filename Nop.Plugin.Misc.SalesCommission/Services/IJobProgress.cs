namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Where long work reports how far it is, and learns between batches whether it was asked to stop.</summary>
public interface IJobProgress
{
    /// <summary>Announces how many items (orders, beneficiaries) the work will go through.</summary>
    /// <param name="total">The number of items.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task StartAsync(int total);

    /// <summary>Reports how many items are done; called between batches.</summary>
    /// <param name="done">Items done so far.</param>
    /// <returns>A task that represents the asynchronous operation. The task result is false when the work is to stop now.</returns>
    Task<bool> ReportAsync(int done);
}
