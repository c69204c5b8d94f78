using BenchmarkDotNet.Attributes;
using Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks;

/// <summary>
/// Where the per-order time of <see cref="PaidOrderBenchmarks"/> goes: crediting alone, program matching
/// alone, the whole paid-order plan, and the clawbacks of the refunded orders (spread over every order,
/// so the four figures compare directly). Same store, a batch of 20,000 orders; one operation is one order.
/// </summary>
[MemoryDiagnoser]
public class PlanStageBenchmarks
{
    /// <summary>Orders per invocation.</summary>
    public const int Batch = 20_000;

    private GeneratedOrder[] _orders = [];
    private CommissionSetup _setup = null!;
    private (GeneratedOrder Paid, IReadOnlyList<LedgerEntry> Entries)[] _refunded = [];

    /// <summary>The stacking policy.</summary>
    [Params(StackingPolicy.HighestPriority, StackingPolicy.All)]
    public StackingPolicy Stacking { get; set; }

    /// <summary>Generates the store and its orders, and plans the refunded ones once for the clawback stage.</summary>
    [GlobalSetup]
    public void GenerateStore()
    {
        var store = new StoreGenerator();
        _setup = store.Setup(Stacking);
        _orders = store.Orders(Batch).ToArray();
        var ledger = new HostLedger(_setup);
        _refunded = _orders
            .Select(paid => (Paid: paid, ledger.Pay(paid).Entries))
            .Where(o => o.Paid.Refunds.Count > 0)
            .ToArray();
    }

    /// <summary>Crediting (rules §2) only.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int Credit()
    {
        var credited = 0;
        foreach (var paid in _orders)
            credited += CreditingPolicy.Credit(paid.Order, _setup).Staff.Count;
        return credited;
    }

    /// <summary>Finding the programs that apply to each order (rules §3) only.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int MatchPrograms()
    {
        var matched = 0;
        foreach (var paid in _orders)
        {
            var client = _setup.ClientOf(paid.Order.ClientId);
            foreach (var program in _setup.Programs)
            {
                if (ProgramMatcher.AppliesTo(program, paid.Order, client))
                    matched++;
            }
        }

        return matched;
    }

    /// <summary>The whole paid-order plan, with period totals, without refunds.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int PlanPaidOrders()
    {
        var ledger = new HostLedger(_setup);
        var entries = 0;
        foreach (var paid in _orders)
            entries += ledger.Pay(paid).Entries.Count;
        return entries;
    }

    /// <summary>The clawbacks of the refunded orders only, divided over all orders of the batch.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int PlanClawbacks()
    {
        var entries = 0;
        foreach (var (paid, planned) in _refunded)
        {
            var written = new List<LedgerEntry>(planned);
            HostLedger.Refund(paid, written);
            entries += written.Count;
        }

        return entries;
    }
}
