using System.Globalization;
using System.Transactions;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Stores an order's explicit sellers after the engine's split check.</summary>
public class OrderSellerService : IOrderSellerService
{
    #region Fields

    private readonly IRepository<OrderSellerAssignment> _assignmentRepository;
    private readonly IStaffDirectory _staffDirectory;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public OrderSellerService(IRepository<OrderSellerAssignment> assignmentRepository,
        IStaffDirectory staffDirectory)
    {
        _assignmentRepository = assignmentRepository;
        _staffDirectory = staffDirectory;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<OrderSellerAssignment>> GetSellersAsync(int orderId)
    {
        return await _assignmentRepository.Table
            .Where(assignment => assignment.OrderId == orderId)
            .OrderBy(assignment => assignment.Id)
            .ToListAsync();
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<SellerSplitProblem>> SaveSellersAsync(int orderId,
        IReadOnlyList<(int StaffCustomerId, decimal Split)> sellers)
    {
        var roster = await _staffDirectory.GetRosterAsync();
        var problems = SellerSplitCheck.Check(
            sellers.Select(seller => new SellerSplit(seller.StaffCustomerId.ToString(CultureInfo.InvariantCulture), seller.Split)).ToList(),
            roster.IsActiveStaff);
        if (problems.Count > 0)
            return problems;

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);

        await _assignmentRepository.DeleteAsync(assignment => assignment.OrderId == orderId);
        if (sellers.Count > 0)
        {
            await _assignmentRepository.InsertAsync(sellers
                .Select(seller => new OrderSellerAssignment { OrderId = orderId, StaffCustomerId = seller.StaffCustomerId, Split = seller.Split })
                .ToList());
        }

        transaction.Complete();

        return problems;
    }

    #endregion
}
