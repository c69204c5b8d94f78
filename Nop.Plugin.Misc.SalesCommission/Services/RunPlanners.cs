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
/// Reads, once per run over a range of paid dates, what the store holds of the orders paid before the range, with the
/// same meaning as <see cref="LedgerHistory"/> reads it per order: earlier paid orders (deleted ones included), their
/// period credits, their Direct entries under period caps, and the credited sales of each target's team.
/// </summary>
public class RunPlanners : IRunPlanners
{
    #region Fields

    private readonly ILedgerHistory _ledgerHistory;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<Order> _orderRepository;
    private readonly IRepository<PeriodCredit> _periodCreditRepository;
    private readonly IRepository<StaffCreditedSale> _creditedSaleRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public RunPlanners(ILedgerHistory ledgerHistory,
        IRepository<CommissionEntry> entryRepository,
        IRepository<Order> orderRepository,
        IRepository<PeriodCredit> periodCreditRepository,
        IRepository<StaffCreditedSale> creditedSaleRepository)
    {
        _ledgerHistory = ledgerHistory;
        _entryRepository = entryRepository;
        _orderRepository = orderRepository;
        _periodCreditRepository = periodCreditRepository;
        _creditedSaleRepository = creditedSaleRepository;
    }

    #endregion

    #region Utilities

    private static DateTime UtcDateOf(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The earliest start of a period (the longest is a year) that can contain a time.</summary>
    private static DateTime EarliestPeriodStart(DateTime utc) => UtcDateOf(CommissionPeriod.StartOf(LadderWindow.Year, utc)!.Value);

    private static ILookup<string, SalesTarget> TeamsOf(CommissionSetup setup) =>
        setup.Targets
            .SelectMany(target => setup.StaffCountedToward(target).Select(staffId => (StaffId: staffId, Target: target)))
            .ToLookup(member => member.StaffId, member => member.Target, StringComparer.Ordinal);

    private async Task<Dictionary<(string, string), int>> GetClientOrdersAsync(DateTime fromUtc)
    {
        var counts = await _orderRepository.Table
            .Where(order => order.PaidDateUtc != null && order.PaidDateUtc < fromUtc)
            .GroupBy(order => new { order.CustomerId, order.StoreId })
            .Select(client => new { client.Key.CustomerId, client.Key.StoreId, Orders = client.Count() })
            .ToListAsync();

        return counts.ToDictionary(count => (EngineId.Of(count.CustomerId), EngineId.Of(count.StoreId)), count => count.Orders);
    }

    private async Task<Dictionary<PeriodKey, decimal>> GetPeriodTotalsAsync(DateTime fromUtc)
    {
        var earliest = EarliestPeriodStart(fromUtc);
        var totals = await (from credit in _periodCreditRepository.Table
                            join order in _orderRepository.Table on credit.OrderId equals order.Id
                            where order.PaidDateUtc < fromUtc && credit.PeriodStartUtc >= earliest
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

    /// <summary>The Direct entries written before the range in the cap period each capped program's range starts in (rules §3.4).</summary>
    private async Task<Dictionary<CapKey, decimal>> GetCapPaidAsync(DateTime fromUtc, CommissionSetup setup)
    {
        var paid = new Dictionary<CapKey, decimal>();
        //the cap periods of the versions in force at the start of the range and of today's terms
        var programs = setup.ProgramsInForce(fromUtc).Concat(setup.Programs)
            .DistinctBy(program => (program.Id, program.CapPerPeriod?.Window));
        foreach (var program in programs)
        {
            if (program.CapPerPeriod is not { } cap || CommissionPeriod.StartOf(cap.Window, fromUtc) is not { } periodStart)
                continue;

            var programId = EngineId.ToHost(program.Id);
            var start = UtcDateOf(periodStart);
            var sums = await (from entry in _entryRepository.Table
                              join order in _orderRepository.Table on entry.OrderId equals order.Id
                              where order.PaidDateUtc < fromUtc
                                    && entry.ProgramId == programId
                                    && entry.KindId == (int)EntryKind.Direct
                                    && entry.OrderPaidOnUtc >= start
                              group entry by new { entry.BeneficiaryTypeId, entry.BeneficiaryId }
                              into beneficiary
                              select new
                              {
                                  beneficiary.Key.BeneficiaryTypeId,
                                  beneficiary.Key.BeneficiaryId,
                                  Amount = beneficiary.Sum(entry => entry.Amount)
                              }).ToListAsync();
            foreach (var sum in sums)
            {
                paid[new CapKey(program.Id, (BeneficiaryType)sum.BeneficiaryTypeId, EngineId.Of(sum.BeneficiaryId), cap.Window, periodStart)] =
                    sum.Amount;
            }
        }

        return paid;
    }

    /// <summary>Each target's team's credited sales from the target's start to the range (targets that start later have none).</summary>
    private async Task<Dictionary<string, decimal>> GetCreditedAsync(DateTime fromUtc, CommissionSetup setup)
    {
        var credited = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var target in setup.Targets)
        {
            var start = UtcDateOf(target.StartDate);
            if (start >= fromUtc || UtcDateOf(target.EndDate) <= fromUtc)
                continue;

            var staffIds = setup.StaffCountedToward(target).Select(EngineId.ToHost).ToArray();
            var sum = await _creditedSaleRepository.Table
                .Where(sale => staffIds.Contains(sale.StaffCustomerId) && sale.PaidOnUtc >= start && sale.PaidOnUtc < fromUtc)
                .SumAsync(sale => (decimal?)sale.NetSales);
            credited[target.Id] = sum ?? 0m;
        }

        return credited;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IRunPlanner> ForAsync(PaidOrderRange range, CommissionSetup setup)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(setup);

        if (range.OrderIds is { } orderIds)
            return new StoredHistoryRunPlanner(_ledgerHistory, HistoryScope.Run(null, orderIds));

        var teams = TeamsOf(setup);
        if (range.FromUtc is not { } fromUtc)
            return new RunHistory(RunHistoryBefore.Nothing(teams), null);

        var before = new RunHistoryBefore(
            await GetClientOrdersAsync(fromUtc),
            await GetPeriodTotalsAsync(fromUtc),
            await GetCapPaidAsync(fromUtc, setup),
            await GetCreditedAsync(fromUtc, setup),
            teams);

        return new RunHistory(before, fromUtc);
    }

    #endregion
}
