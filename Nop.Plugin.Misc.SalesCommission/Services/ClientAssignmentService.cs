using System.Globalization;
using System.Transactions;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads and replaces client owners and client-group staff; the splits are checked by the engine as an order's
/// sellers are (each above 0, nobody twice, active staff only, 100 in all)
/// </summary>
public class ClientAssignmentService : IClientAssignmentService
{
    #region Fields

    private readonly IRepository<ClientAssignment> _clientAssignmentRepository;
    private readonly IRepository<ClientGroupAssignment> _groupAssignmentRepository;
    private readonly IStaffDirectory _staffDirectory;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public ClientAssignmentService(IRepository<ClientAssignment> clientAssignmentRepository,
        IRepository<ClientGroupAssignment> groupAssignmentRepository,
        IStaffDirectory staffDirectory)
    {
        _clientAssignmentRepository = clientAssignmentRepository;
        _groupAssignmentRepository = groupAssignmentRepository;
        _staffDirectory = staffDirectory;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<ClientAssignment>> GetClientAssignmentsAsync()
    {
        return await _clientAssignmentRepository.Table.OrderBy(a => a.CustomerId).ThenBy(a => a.Id).ToListAsync();
    }

    /// <inheritdoc />
    public virtual async Task<IList<ClientGroupAssignment>> GetGroupAssignmentsAsync()
    {
        return await _groupAssignmentRepository.Table.OrderBy(a => a.CustomerRoleId).ThenBy(a => a.Id).ToListAsync();
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<SellerSplitProblem>> SaveOwnersAsync(bool isGroup, int targetId,
        IReadOnlyList<(int StaffCustomerId, decimal Split)> owners)
    {
        var roster = await _staffDirectory.GetRosterAsync();
        var problems = SellerSplitCheck.Check(
            owners.Select(owner => new SellerSplit(EngineId.OfChosen(owner.StaffCustomerId), owner.Split)).ToList(),
            roster.IsActiveStaff);
        if (problems.Count > 0)
            return problems;

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);
        if (isGroup)
        {
            //row by row, so that the entity events clear the cached setup
            await _groupAssignmentRepository.DeleteAsync(await _groupAssignmentRepository.Table
                .Where(assignment => assignment.CustomerRoleId == targetId).ToListAsync());
            await _groupAssignmentRepository.InsertAsync(owners
                .Select(owner => new ClientGroupAssignment { CustomerRoleId = targetId, StaffCustomerId = owner.StaffCustomerId, Split = owner.Split })
                .ToList());
        }
        else
        {
            await _clientAssignmentRepository.DeleteAsync(await _clientAssignmentRepository.Table
                .Where(assignment => assignment.CustomerId == targetId).ToListAsync());
            await _clientAssignmentRepository.InsertAsync(owners
                .Select(owner => new ClientAssignment { CustomerId = targetId, StaffCustomerId = owner.StaffCustomerId, Split = owner.Split })
                .ToList());
        }

        transaction.Complete();
        return problems;
    }

    #endregion
}
