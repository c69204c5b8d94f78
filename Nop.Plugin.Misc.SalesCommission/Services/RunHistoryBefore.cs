using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>What the store holds of the orders paid before a run's range, read once when the run starts.</summary>
/// <param name="ClientOrders">Each client's paid orders in a store before the range.</param>
/// <param name="PeriodTotals">Period totals of the periods the range can reach, credited before it.</param>
/// <param name="CapPaid">Direct entries written before the range in the period caps it starts in.</param>
/// <param name="Credited">Each target's credited sales before the range.</param>
/// <param name="Teams">The targets each staff member's credited sales count toward.</param>
public sealed record RunHistoryBefore(
    IReadOnlyDictionary<(string ClientId, string StoreId), int> ClientOrders,
    IReadOnlyDictionary<PeriodKey, decimal> PeriodTotals,
    IReadOnlyDictionary<CapKey, decimal> CapPaid,
    IReadOnlyDictionary<string, decimal> Credited,
    ILookup<string, SalesTarget> Teams)
{
    /// <summary>Nothing before: a run from the first paid order on.</summary>
    /// <param name="teams">The targets each staff member's credited sales count toward.</param>
    public static RunHistoryBefore Nothing(ILookup<string, SalesTarget> teams) =>
        new(new Dictionary<(string, string), int>(), new Dictionary<PeriodKey, decimal>(), new Dictionary<CapKey, decimal>(),
            new Dictionary<string, decimal>(), teams);

    /// <summary>A client's paid orders in a store before the range.</summary>
    public int ClientOrdersOf(string clientId, string storeId) => ClientOrders.GetValueOrDefault((clientId, storeId));

    /// <summary>A period's total credited before the range.</summary>
    public decimal PeriodTotalOf(PeriodKey key) => PeriodTotals.GetValueOrDefault(key);

    /// <summary>A period cap's Direct entries written before the range.</summary>
    public decimal CapPaidOf(CapKey key) => CapPaid.GetValueOrDefault(key);

    /// <summary>A target's credited sales before the range.</summary>
    public decimal CreditedOf(SalesTarget target) => Credited.GetValueOrDefault(target.Id);

    /// <summary>The targets a staff member's credited sales count toward.</summary>
    public IEnumerable<SalesTarget> TargetsCounting(string staffId) => Teams[staffId];
}
