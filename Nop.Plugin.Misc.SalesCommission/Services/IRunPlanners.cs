using Nop.Plugin.Misc.SalesCommission.Engine;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Gives a run the planner that fits it: history held in memory for a range of paid dates, read per order for chosen orders.</summary>
public interface IRunPlanners
{
    /// <summary>
    /// The planner of a run. For a range of paid dates, what came before the range is read once here (each client's
    /// paid orders, period totals, period caps, targets' credited sales).
    /// </summary>
    /// <param name="range">The run's orders.</param>
    /// <param name="setup">The commission setup of the run's first batch (its programs and targets).</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the planner.</returns>
    Task<IRunPlanner> ForAsync(PaidOrderRange range, CommissionSetup setup);
}
