using System.Globalization;
using System.Transactions;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Services.Orders;

using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Stores an order's explicit sellers after the engine's split check, and tells who the order credits.</summary>
public class OrderSellerService : IOrderSellerService
{
    #region Fields

    private readonly ICommissionSetupBuilder _commissionSetupBuilder;
    private readonly IOrderService _orderService;
    private readonly IOrderSnapshotBuilder _orderSnapshotBuilder;
    private readonly IRepository<OrderSellerAssignment> _assignmentRepository;
    private readonly IStaffDirectory _staffDirectory;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public OrderSellerService(ICommissionSetupBuilder commissionSetupBuilder,
        IOrderService orderService,
        IOrderSnapshotBuilder orderSnapshotBuilder,
        IRepository<OrderSellerAssignment> assignmentRepository,
        IStaffDirectory staffDirectory)
    {
        _commissionSetupBuilder = commissionSetupBuilder;
        _orderService = orderService;
        _orderSnapshotBuilder = orderSnapshotBuilder;
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
    public virtual async Task<OrderCredit> GetCreditAsync(int orderId)
    {
        if (await _orderService.GetOrderByIdAsync(orderId) is not { } order)
            return null;

        var items = await _orderService.GetOrderItemsAsync(order.Id);
        var setup = await _commissionSetupBuilder.BuildAsync([order], items.ToList());
        return CreditingPolicy.Credit(await _orderSnapshotBuilder.BuildAsync(order, items), setup);
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<SellerSplitProblem>> SaveSellersAsync(int orderId,
        IReadOnlyList<(int StaffCustomerId, decimal Split)> sellers)
    {
        var roster = await _staffDirectory.GetRosterAsync();
        var problems = SellerSplitCheck.Check(
            sellers.Select(seller => new SellerSplit(EngineId.OfChosen(seller.StaffCustomerId), seller.Split)).ToList(),
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
