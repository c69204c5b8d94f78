using BenchmarkDotNet.Attributes;
using Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks;

/// <summary>
/// A monthly period ladder across 10,000 reps: 10 orders per rep through one month (100,000 orders per
/// invocation), each order's commission F(cum + base) − F(cum) on its rep's cumulative total, kept in the
/// host's dictionary (10,000 period totals at the end). One operation is one order.
/// </summary>
[MemoryDiagnoser]
public class PeriodLadderBenchmarks
{
    /// <summary>Reps on the ladder.</summary>
    public const int Reps = 10_000;

    /// <summary>Orders each rep is paid for in the month.</summary>
    public const int OrdersPerRep = 10;

    private const int Orders = Reps * OrdersPerRep;

    private RepTeam _team = null!;

    /// <summary>Marginal (each band's slice at its rate) or WholeAmount (catch-up on the crossing order).</summary>
    [Params(LadderMode.Marginal, LadderMode.WholeAmount)]
    public LadderMode Mode { get; set; }

    /// <summary>Generates the team and checks once that every rep's entries add up to the ladder on their month total.</summary>
    [GlobalSetup]
    public void GenerateTeam()
    {
        _team = new RepTeam(Reps, OrdersPerRep, Mode);
        var ledger = new HostLedger(_team.Setup);
        var earned = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var paid in _team.Orders)
        {
            foreach (var entry in ledger.Pay(paid).Entries)
                earned[entry.BeneficiaryId] = earned.GetValueOrDefault(entry.BeneficiaryId) + entry.Amount;
        }

        if (ledger.PeriodTotalCount != Reps)
            throw new InvalidOperationException($"Expected {Reps} period totals, found {ledger.PeriodTotalCount}.");
        foreach (var (key, total) in ledger.PeriodTotals)
        {
            // Each entry is rounded once, so a rep's sum may drift from F(total) by half a cent per order.
            var drift = Math.Abs(earned.GetValueOrDefault(key.BeneficiaryId) - LadderCalculator.Evaluate(_team.Ladder, total));
            if (drift > OrdersPerRep * 0.005m)
                throw new InvalidOperationException($"Rep {key.BeneficiaryId}: entries drift {drift} from the ladder on {total}.");
        }
    }

    /// <summary>Plans the month's orders in paid-time order with cumulative totals.</summary>
    [Benchmark(OperationsPerInvoke = Orders)]
    public int PlanMonthForTeam()
    {
        var ledger = new HostLedger(_team.Setup);
        var entries = 0;
        foreach (var paid in _team.Orders)
            entries += ledger.Pay(paid).Entries.Count;
        return entries;
    }
}
