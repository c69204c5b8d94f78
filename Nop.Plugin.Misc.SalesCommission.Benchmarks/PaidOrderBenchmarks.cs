using BenchmarkDotNet.Attributes;
using Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks;

/// <summary>
/// Goals 1 and 2: the per-order cost of evaluating paid orders as the host does (plan the paid order, add
/// its period contributions, plan the clawbacks of the ~10% that are refunded), against a raw pass that
/// only sums the same orders' line amounts. One operation is one order; each invocation runs a batch of
/// 100,000 orders of the generated store, and the time for 1M orders is extrapolated from it.
/// </summary>
[MemoryDiagnoser]
public class PaidOrderBenchmarks
{
    /// <summary>Orders per invocation.</summary>
    public const int Batch = 100_000;

    private GeneratedOrder[] _orders = [];
    private CommissionSetup _setup = null!;

    /// <summary>HighestPriority (the default: one program per beneficiary) or All (every matching program pays).</summary>
    [Params(StackingPolicy.HighestPriority, StackingPolicy.All)]
    public StackingPolicy Stacking { get; set; }

    /// <summary>Generates the store and its orders once.</summary>
    [GlobalSetup]
    public void GenerateStore()
    {
        var store = new StoreGenerator();
        _setup = store.Setup(Stacking);
        _orders = store.Orders(Batch).ToArray();
    }

    /// <summary>The floor: one pass over the same orders that only adds up their line amounts.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public decimal RawLineSum()
    {
        var sum = 0m;
        foreach (var paid in _orders)
        {
            var lines = paid.Order.Lines;
            for (var i = 0; i < lines.Count; i++)
                sum += lines[i].PriceExclTax;
        }

        return sum;
    }

    /// <summary>The engine as the host runs it, period totals kept in a dictionary; entries planned, derivations not read.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int PlanPaidOrdersAndRefunds()
    {
        var ledger = new HostLedger(_setup);
        var entries = 0;
        foreach (var paid in _orders)
            entries += ledger.PayAndRefund(paid);
        return entries;
    }

    /// <summary>The same, reading every entry's derivation as the plugin does when it writes the entries.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int PlanPaidOrdersAndRefundsWithDerivations()
    {
        var ledger = new HostLedger(_setup);
        var entries = 0;
        foreach (var paid in _orders)
            entries += ledger.PayAndRefund(paid, readDerivations: true);
        return entries;
    }
}
