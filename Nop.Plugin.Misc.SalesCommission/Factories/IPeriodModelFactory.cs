using Nop.Plugin.Misc.SalesCommission.Models.Admin.Periods;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view model of the period close page.</summary>
public interface IPeriodModelFactory
{
    /// <summary>Prepares the page: the months that may be closed and the closed months.</summary>
    /// <param name="model">The model (its Month is kept as typed).</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model.</returns>
    Task<PeriodCloseModel> PreparePeriodCloseModelAsync(PeriodCloseModel model);
}
