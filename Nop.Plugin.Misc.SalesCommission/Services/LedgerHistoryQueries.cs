using System.Linq.Expressions;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// The queries of the history read before a plan, one per kind of history, shared by the read for one order
/// (<see cref="LedgerHistory"/>) and the read once per run (<see cref="RunPlanners"/>).
/// </summary>
public class LedgerHistoryQueries
{
    #region Fields

    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<PeriodCredit> _periodCreditRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the queries.</summary>
    public LedgerHistoryQueries(IRepository<CommissionEntry> entryRepository,
        IRepository<Order> orderRepository,
        IRepository<PeriodCredit> periodCreditRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository)
    {
        _entryRepository = entryRepository;
        _orderRepository = orderRepository;
        _periodCreditRepository = periodCreditRepository;
        _creditedSaleRepository = creditedSaleRepository;
    }

    #endregion

    #region Utilities

    private static DateTime UtcDateOf(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    #endregion

    #region Methods

    /// <summary>The paid orders before a cutoff (deleted ones included) whose stored history counts in a scope.</summary>
    public virtual IQueryable<Order> EarlierOrders(HistoryCutoff cutoff, HistoryScope scope = null)
    {
        ArgumentNullException.ThrowIfNull(cutoff);

        var earlier = _orderRepository.Table.Where(cutoff.EarlierOrders);
        return scope is null ? earlier : earlier.Where(scope.CountedOrders);
    }

    /// <summary>The period credits of some orders summed per program, beneficiary, period and rule target.</summary>
    /// <param name="orders">The orders whose credits count.</param>
    /// <param name="credits">Which credits are read (a narrowing for the database; the totals are per period either way).</param>
    public virtual async Task<Dictionary<PeriodKey, decimal>> GetPeriodTotalsAsync(IQueryable<Order> orders,
        Expression<Func<PeriodCredit, bool>> credits)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(credits);

        var totals = await (from credit in _periodCreditRepository.Table.Where(credits)
                            join order in orders on credit.OrderId equals order.Id
                            group credit by new { credit.ProgramId, credit.BeneficiaryTypeId, credit.BeneficiaryId, credit.PeriodStartUtc, credit.Target }
                            into period
                            select new
                            {
                                period.Key.ProgramId,
                                period.Key.BeneficiaryTypeId,
                                period.Key.BeneficiaryId,
                                period.Key.PeriodStartUtc,
                                period.Key.Target,
                                Total = period.Sum(credit => credit.Amount)
                            }).ToListAsync();

        //a product ladder's totals are kept per rule target; a Ladder program's credits have none (stored empty)
        return totals
            .GroupBy(total => new PeriodKey(EngineId.Of(total.ProgramId), (BeneficiaryType)total.BeneficiaryTypeId,
                EngineId.Of(total.BeneficiaryId), DateOnly.FromDateTime(total.PeriodStartUtc),
                string.IsNullOrEmpty(total.Target) ? null : total.Target))
            .ToDictionary(period => period.Key, period => period.Sum(total => total.Total));
    }

    /// <summary>
    /// The Direct entries of some orders under a program's period cap, summed per beneficiary (rules §3.4).
    /// </summary>
    /// <param name="orders">The orders whose entries count.</param>
    /// <param name="programId">The capped program.</param>
    /// <param name="window">The cap's period.</param>
    /// <param name="periodStart">The start of the cap period.</param>
    /// <param name="beneficiary">Only this beneficiary's entries, or everyone's.</param>
    public virtual async Task<Dictionary<CapKey, decimal>> GetCapPaidAsync(IQueryable<Order> orders, string programId,
        LadderWindow window, DateOnly periodStart, (BeneficiaryType Type, string Id)? beneficiary = null)
    {
        ArgumentNullException.ThrowIfNull(orders);

        var hostProgramId = EngineId.ToHost(programId);
        var start = UtcDateOf(periodStart);
        var end = UtcDateOf(CommissionPeriod.EndOf(window, periodStart));
        var entries = _entryRepository.Table
            .Where(entry => entry.ProgramId == hostProgramId
                            && entry.KindId == (int)EntryKind.Direct
                            && entry.OrderPaidOnUtc >= start && entry.OrderPaidOnUtc < end);
        if (beneficiary is { } only)
        {
            var typeId = (int)only.Type;
            var beneficiaryId = EngineId.ToHost(only.Id);
            entries = entries.Where(entry => entry.BeneficiaryTypeId == typeId && entry.BeneficiaryId == beneficiaryId);
        }

        var sums = await (from entry in entries
                          join order in orders on entry.OrderId equals order.Id
                          group entry by new { entry.BeneficiaryTypeId, entry.BeneficiaryId }
                          into paid
                          select new
                          {
                              paid.Key.BeneficiaryTypeId,
                              paid.Key.BeneficiaryId,
                              Amount = paid.Sum(entry => entry.Amount)
                          }).ToListAsync();

        return sums.ToDictionary(
            sum => new CapKey(programId, (BeneficiaryType)sum.BeneficiaryTypeId, EngineId.Of(sum.BeneficiaryId), window, periodStart),
            sum => sum.Amount);
    }

    /// <summary>The credited sales of a target's team from the target's start up to a cutoff.</summary>
    public virtual async Task<decimal> GetCreditedSalesAsync(CommissionSetup setup, SalesTarget target, HistoryCutoff cutoff)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(cutoff);

        var staffIds = setup.StaffCountedToward(target).Select(EngineId.ToHost).ToArray();
        var start = UtcDateOf(target.StartDate);
        var sum = await _creditedSaleRepository.Table
            .Where(sale => staffIds.Contains(sale.StaffCustomerId) && sale.PaidOnUtc >= start)
            .Where(cutoff.EarlierSales)
            .SumAsync(sale => (decimal?)sale.NetSales);

        return sum ?? 0m;
    }

    #endregion
}
