using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Engine;
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
    private readonly LedgerHistoryQueries _queries;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public RunPlanners(ILedgerHistory ledgerHistory, LedgerHistoryQueries queries)
    {
        _ledgerHistory = ledgerHistory;
        _queries = queries;
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

    private async Task<Dictionary<(string, string), int>> GetClientOrdersAsync(HistoryCutoff cutoff)
    {
        var counts = await _queries.EarlierOrders(cutoff)
            .GroupBy(order => new { order.CustomerId, order.StoreId })
            .Select(client => new { client.Key.CustomerId, client.Key.StoreId, Orders = client.Count() })
            .ToListAsync();

        return counts.ToDictionary(count => (EngineId.Of(count.CustomerId), EngineId.Of(count.StoreId)), count => count.Orders);
    }

    private async Task<Dictionary<PeriodKey, decimal>> GetPeriodTotalsAsync(HistoryCutoff cutoff)
    {
        var earliest = EarliestPeriodStart(cutoff.PaidAtUtc);
        return await _queries.GetPeriodTotalsAsync(_queries.EarlierOrders(cutoff), credit => credit.PeriodStartUtc >= earliest);
    }

    /// <summary>The Direct entries written before the range in the cap period each capped program's range starts in (rules §3.4).</summary>
    private async Task<Dictionary<CapKey, decimal>> GetCapPaidAsync(HistoryCutoff cutoff, CommissionSetup setup)
    {
        var paid = new Dictionary<CapKey, decimal>();
        //the cap periods of the versions in force at the start of the range and of today's terms
        var programs = setup.ProgramsInForce(cutoff.PaidAtUtc).Concat(setup.Programs)
            .DistinctBy(program => (program.Id, program.CapPerPeriod?.Window));
        foreach (var program in programs)
        {
            if (program.CapPerPeriod is not { } cap || CommissionPeriod.StartOf(cap.Window, cutoff.PaidAtUtc) is not { } periodStart)
                continue;

            var sums = await _queries.GetCapPaidAsync(_queries.EarlierOrders(cutoff), program.Id, cap.Window, periodStart);
            foreach (var (key, amount) in sums)
                paid[key] = amount;
        }

        return paid;
    }

    /// <summary>Each target's team's credited sales from the target's start to the range (targets that start later have none).</summary>
    private async Task<Dictionary<string, decimal>> GetCreditedAsync(HistoryCutoff cutoff, CommissionSetup setup)
    {
        var credited = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var target in setup.Targets)
        {
            if (UtcDateOf(target.StartDate) >= cutoff.PaidAtUtc || UtcDateOf(target.EndDate) <= cutoff.PaidAtUtc)
                continue;

            credited[target.Id] = await _queries.GetCreditedSalesAsync(setup, target, cutoff);
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

        var cutoff = HistoryCutoff.Before(fromUtc);
        var before = new RunHistoryBefore(
            await GetClientOrdersAsync(cutoff),
            await GetPeriodTotalsAsync(cutoff),
            await GetCapPaidAsync(cutoff, setup),
            await GetCreditedAsync(cutoff, setup),
            teams);

        return new RunHistory(before, fromUtc);
    }

    #endregion
}
