using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Takes in, every hour, the order events the ledger missed (see <see cref="IMissedOrderService"/>): nothing paid is lost.</summary>
public class MissedOrderTask : IScheduleTask
{
    private readonly IMissedOrderService _missedOrderService;

    /// <summary>Creates the task.</summary>
    public MissedOrderTask(IMissedOrderService missedOrderService)
    {
        _missedOrderService = missedOrderService;
    }

    /// <summary>Takes in the missed order events.</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task ExecuteAsync()
    {
        await _missedOrderService.TakeInMissedAsync();
    }
}
