using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the disputes pages: the office's list and details, the rep's form and threads.</summary>
public interface IDisputeModelFactory
{
    /// <summary>Prepares the office's filters.</summary>
    Task<DisputeSearchModel> PrepareDisputeSearchModelAsync(DisputeSearchModel searchModel);

    /// <summary>Prepares a page of disputes for the office.</summary>
    Task<DisputeListModel> PrepareDisputeListModelAsync(DisputeSearchModel searchModel);

    /// <summary>Prepares a dispute with its thread for the office; the forms keep what <paramref name="model"/> holds.</summary>
    Task<DisputeModel> PrepareDisputeModelAsync(CommissionDispute dispute, DisputeModel model = null);

    /// <summary>Prepares the rep's dispute form (the entry shown above it, when one is questioned).</summary>
    Task<DisputeFormModel> PrepareDisputeFormModelAsync(DisputeFormModel model, CommissionEntry entry);

    /// <summary>Prepares one of the rep's disputes with its thread.</summary>
    Task<DisputeThreadModel> PrepareDisputeThreadModelAsync(CommissionDispute dispute, string text = null);

    /// <summary>Prepares the rep's disputes.</summary>
    Task<MyDisputesModel> PrepareMyDisputesModelAsync(int staffCustomerId);
}
