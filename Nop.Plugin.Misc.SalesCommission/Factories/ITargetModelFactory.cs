using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the targets pages.</summary>
public interface ITargetModelFactory
{
    /// <summary>Prepares the list page's search model.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the search model</returns>
    Task<TargetSearchModel> PrepareTargetSearchModelAsync(TargetSearchModel searchModel);

    /// <summary>Prepares a page of targets with their attainment.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the list model</returns>
    Task<TargetListModel> PrepareTargetListModelAsync(TargetSearchModel searchModel);

    /// <summary>Prepares the editor: from a stored target when one is given and no posted model is, and always its choices.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the model</returns>
    Task<TargetModel> PrepareTargetModelAsync(TargetModel model, CommissionTarget target);
}
