using Nop.Plugin.Misc.SalesCommission.Models.Admin.Clients;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the clients and groups pages.</summary>
public interface IClientAssignmentModelFactory
{
    /// <summary>Prepares the list page.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the search model</returns>
    Task<AssignmentSearchModel> PrepareAssignmentSearchModelAsync(AssignmentSearchModel searchModel);

    /// <summary>Prepares a page of clients and groups with their staff.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the page</returns>
    Task<AssignmentListModel> PrepareAssignmentListModelAsync(AssignmentSearchModel searchModel);

    /// <summary>Prepares the owners editor of a client or group (stored owners unless a posted model is given).</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the model, or null when the client or group does not exist</returns>
    Task<ClientOwnersModel> PrepareClientOwnersModelAsync(bool isGroup, int targetId, ClientOwnersModel posted);
}
