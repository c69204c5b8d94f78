using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>Rules §3.2.2 as invariants: the ladder function F and how period ladders share it out over orders.</summary>
[TestFixture]
public sealed class LadderProperties
{
    private static readonly DateTime March = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static Gen<decimal> Cents(int min, int max) => Gen.Choose(min, max).Select(c => c / 100m);

    /// <summary>Contiguous ascending bands from 0, the last open-ended; rate bands, or rate and fixed bands mixed.</summary>
    private static Gen<Ladder> Ladders(LadderMode mode, LadderWindow window, bool ratesOnly) =>
        from count in Gen.Choose(1, 5)
        from widths in Cents(1, 500000).ListOf(count)
        from rates in Cents(0, 10000).ListOf(count)
        from fixedAmounts in Gen.Elements<decimal?>(null, null, null, 5m, 12.5m, 100m).ListOf(count)
        select new Ladder(mode, window, widths.Select((_, i) =>
        {
            var bandStart = widths.Take(i).Sum();
            var fixedAmount = ratesOnly ? null : fixedAmounts[i];
            return new LadderBand(bandStart, i + 1 < count ? bandStart + widths[i] : null, fixedAmount is null ? rates[i] : null, fixedAmount);
        }).ToList());

    private sealed record Interval(Ladder Ladder, decimal Low, decimal High)
    {
        public decimal MaxRate => Ladder.Bands.Max(b => b.Rate ?? 0m);

        public override string ToString() =>
            $"[{string.Join(", ", Ladder.Bands.Select(b => $"{b.From}@{b.Rate}%"))}] from {Low} to {High}";
    }

    /// <summary>Two amounts on a ladder, often just either side of a band start, where a jump would show.</summary>
    private static Gen<Interval> Intervals() =>
        from ladder in Ladders(LadderMode.Marginal, LadderWindow.PerOrder, ratesOnly: true)
        from band in Gen.Choose(0, ladder.Bands.Count - 1)
        from nearBand in Gen.Elements(true, false)
        from a in Cents(0, 3000000)
        from b in Cents(0, 3000000)
        from epsilon in Gen.Choose(1, 100).Select(e => e / 10000m)
        let start = ladder.Bands[band].From
        select nearBand && start >= epsilon
            ? new Interval(ladder, start - epsilon, start)
            : new Interval(ladder, Math.Min(a, b), Math.Max(a, b));

    [Test]
    public void Marginal_ladder_of_rate_bands_is_continuous_and_non_decreasing()
    {
        PropertyRuns.Verify(Prop.ForAll(Intervals().ToArbitrary(), interval =>
        {
            var rise = LadderCalculator.Evaluate(interval.Ladder, interval.High)
                       - LadderCalculator.Evaluate(interval.Ladder, interval.Low);
            return rise >= 0m && rise <= (interval.High - interval.Low) * interval.MaxRate / 100m;
        }), maxTest: 200);
    }

    private sealed record PeriodOrders(Ladder Ladder, IReadOnlyList<(decimal NetSales, decimal Split)> Orders)
    {
        public override string ToString() =>
            $"{Ladder.Mode} [{string.Join(", ", Ladder.Bands.Select(b => $"{b.From}@{b.Rate}%/{b.Fixed}"))}] orders " +
            string.Join(", ", Orders.Select(o => $"{o.NetSales}×{o.Split}%"));
    }

    private static Gen<PeriodOrders> PeriodOrdersOf() =>
        from mode in Gen.Elements(LadderMode.Marginal, LadderMode.WholeAmount)
        from ladder in Ladders(mode, LadderWindow.Month, ratesOnly: false)
        from count in Gen.Choose(1, 8)
        from netSales in Cents(0, 1000000).ListOf(count)
        from splits in Gen.Elements(100m, 100m, 50m, 33.33m, 66.67m, 12.5m).ListOf(count)
        select new PeriodOrders(ladder, netSales.Zip(splits).ToList());

    [Test]
    public void Period_ladder_order_amounts_add_up_to_the_ladder_on_the_period_total()
    {
        PropertyRuns.Verify(Prop.ForAll(PeriodOrdersOf().ToArbitrary(), period =>
        {
            var program = new ProgramTerms { Id = "p1", Type = ProgramType.Ladder, Ladder = period.Ladder };
            var setup = new CommissionSetup(StackingPolicy.HighestPriority, [new StaffMember("ann", null)], [], [], [], [], [program]);
            var calculator = new LadderCalculator();
            decimal periodTotal = 0m, paid = 0m;
            foreach (var (netSales, split) in period.Orders)
            {
                var order = new OrderSnapshot("1", "c1", "1", null, March, null, netSales, 0m, 0m, netSales, [new OrderLine("P1", 1, netSales, 0m)]);
                var input = new CalculationInput(program, order, new OrderAmounts(order), split, periodTotal, 1, setup);
                paid += calculator.Calculate(input).Amount.Value;
                periodTotal += input.CreditedBase;
            }

            return paid == LadderCalculator.Evaluate(period.Ladder, periodTotal);
        }), maxTest: 200);
    }
}
