using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Which staff own a client, and which staff serve a client group (customer role), with their splits (rules §2)
/// </summary>
public interface IClientAssignmentService
{
    /// <summary>Gets every client's owners.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the assignments</returns>
    Task<IList<ClientAssignment>> GetClientAssignmentsAsync();

    /// <summary>Gets every client group's staff.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the assignments</returns>
    Task<IList<ClientGroupAssignment>> GetGroupAssignmentsAsync();

    /// <summary>Replaces a client's owners, or a group's staff, when the engine accepts the splits; an empty list removes them.</summary>
    /// <param name="isGroup">True for a client group (customer role id), false for a client (customer id)</param>
    /// <param name="targetId">The client or group</param>
    /// <param name="owners">The staff and their splits, in the order entered</param>
    /// <returns>A task that represents the asynchronous operation; its result is the engine's objections, none when saved</returns>
    Task<IReadOnlyList<SellerSplitProblem>> SaveOwnersAsync(bool isGroup, int targetId, IReadOnlyList<(int StaffCustomerId, decimal Split)> owners);
}
