using System.Globalization;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Orders' stored crediting: a head row per order (the crediting step) and a row per credited staff member or partner
/// (split, and for staff the manager chain as comma-separated customer ids). Reads and writes rows only; which crediting
/// an order is planned with is the engine's <see cref="CreditingChoice"/>.
/// </summary>
public class OrderCreditingStore : IOrderCreditingStore
{
    #region Fields

    private readonly IRepository<OrderCrediting> _creditingRepository;
    private readonly IRepository<OrderCreditingShare> _shareRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the store.</summary>
    public OrderCreditingStore(IRepository<OrderCrediting> creditingRepository, IRepository<OrderCreditingShare> shareRepository)
    {
        _creditingRepository = creditingRepository;
        _shareRepository = shareRepository;
    }

    #endregion

    #region Utilities

    private static IReadOnlyList<string> ManagersOf(OrderCreditingShare share) =>
        string.IsNullOrEmpty(share.ManagerIds) ? [] : share.ManagerIds.Split(',');

    private static OrderCredit ToCredit(OrderCrediting crediting, IEnumerable<OrderCreditingShare> shares)
    {
        var ordered = shares.OrderBy(share => share.DisplayOrder).ToList();
        var staff = ordered.Where(share => share.BeneficiaryTypeId == (int)BeneficiaryType.Staff).ToList();
        return new OrderCredit((CreditSource)crediting.CreditSourceId,
            staff.Select(share => new StaffShare(EngineId.Of(share.BeneficiaryId), share.Split)).ToList(),
            ordered.Where(share => share.BeneficiaryTypeId == (int)BeneficiaryType.Partner).Select(share => EngineId.Of(share.BeneficiaryId)).ToList())
        {
            ManagerChains = staff.Select(share => new ManagerChain(EngineId.Of(share.BeneficiaryId), ManagersOf(share))).ToList()
        };
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IDictionary<int, OrderCredit>> GetAsync(IReadOnlyCollection<int> orderIds)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        var ids = orderIds.Distinct().ToArray();
        if (ids.Length == 0)
            return new Dictionary<int, OrderCredit>();

        var creditings = await _creditingRepository.Table.Where(crediting => ids.Contains(crediting.OrderId)).ToListAsync();
        var shares = (await _shareRepository.Table.Where(share => ids.Contains(share.OrderId)).ToListAsync()).ToLookup(share => share.OrderId);

        return creditings.ToDictionary(crediting => crediting.OrderId, crediting => ToCredit(crediting, shares[crediting.OrderId]));
    }

    /// <inheritdoc />
    public virtual async Task SaveAsync(Order order, OrderCredit credit)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(credit);

        await _shareRepository.DeleteAsync(share => share.OrderId == order.Id);
        await _creditingRepository.DeleteAsync(crediting => crediting.OrderId == order.Id);

        await _creditingRepository.InsertAsync(new OrderCrediting
        {
            OrderId = order.Id,
            CreditSourceId = (int)credit.Source,
            CreditedOnUtc = DateTime.UtcNow
        }, false);

        var shares = credit.Staff.Select(share => new OrderCreditingShare
        {
            OrderId = order.Id,
            BeneficiaryTypeId = (int)BeneficiaryType.Staff,
            BeneficiaryId = EngineId.ToHost(share.StaffId),
            Split = share.Split,
            ManagerIds = string.Join(',', credit.ManagersOf(share.StaffId)
                .Select(id => EngineId.ToHost(id).ToString(CultureInfo.InvariantCulture)))
        }).Concat(credit.Partners.Select(partnerId => new OrderCreditingShare
        {
            OrderId = order.Id,
            BeneficiaryTypeId = (int)BeneficiaryType.Partner,
            BeneficiaryId = EngineId.ToHost(partnerId),
            Split = 100m,
            ManagerIds = string.Empty
        })).ToList();
        for (var i = 0; i < shares.Count; i++)
            shares[i].DisplayOrder = i;

        await _shareRepository.InsertAsync(shares, false);
    }

    #endregion
}
