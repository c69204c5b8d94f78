using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks;

/// <summary>
/// The <c>describe</c> command: what the generated store's orders make the engine do, so a reader can see
/// that every program type pays and how many entries an order produces under each stacking policy.
/// </summary>
public static class StoreReport
{
    /// <summary>Plays <paramref name="orderCount"/> orders of the store under both stacking policies and prints the counts.</summary>
    public static void Print(int orderCount)
    {
        var store = new StoreGenerator();
        var orders = store.Orders(orderCount).ToArray();
        var refunded = orders.Count(o => o.Refunds.Count > 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Store: {store.Staff.Count} staff, {store.Clients.Count:N0} clients, {store.Groups.Count} groups, {store.Partners.Count} partners, " +
            $"{store.Programs.Count} programs; {orders.Length:N0} orders, {refunded:N0} refunded ({refunded * 100.0 / orders.Length:0.0}%), " +
            $"{orders.Sum(o => o.Refunds.Count):N0} refund events"));

        foreach (var stacking in new[] { StackingPolicy.HighestPriority, StackingPolicy.All })
        {
            var ledger = new HostLedger(store.Setup(stacking));
            var entries = new List<LedgerEntry>();
            var uncredited = 0;
            foreach (var paid in orders)
            {
                var plan = ledger.Pay(paid);
                if (plan.Credit.IsUncredited)
                    uncredited++;
                var written = new List<LedgerEntry>(plan.Entries);
                HostLedger.Refund(paid, written);
                entries.AddRange(written);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\n{stacking}: {entries.Count:N0} entries ({entries.Count / (double)orders.Length:0.00} per order), " +
                $"{uncredited:N0} uncredited orders, {ledger.PeriodTotalCount:N0} period totals"));
            Console.WriteLine("  by kind: " + string.Join(", ", entries.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}")));
            Console.WriteLine("  by program (Direct/Override):");
            foreach (var program in store.Programs)
            {
                var direct = entries.Count(e => e.ProgramId == program.Id && e.Kind == EntryKind.Direct);
                var overrides = entries.Count(e => e.ProgramId == program.Id && e.Kind == EntryKind.Override);
                var window = program.Type == ProgramType.Ladder ? $" {program.Ladder!.Mode}/{program.Ladder.Window}" : string.Empty;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {program.Id,2} {program.Type}{window} on {program.Basis} \"{program.Name}\": {direct:N0}/{overrides:N0}"));
            }
        }
    }
}
