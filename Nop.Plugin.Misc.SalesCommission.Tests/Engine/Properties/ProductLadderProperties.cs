using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Properties;

/// <summary>
/// Rules §3.2.6 as an invariant: in one month, a period ProductLadder's line amounts telescope per rule target, so what
/// the orders pay adds up to Σ over targets of F_target(that target's month total), and each target's total is the
/// member's unrounded shares (split% × line amount) of that target's lines.
/// </summary>
[TestFixture]
public sealed class ProductLadderProperties
{
    private static readonly DateTime March = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static Gen<decimal> Cents(int min, int max) => Gen.Choose(min, max).Select(c => c / 100m);

    private static Gen<Ladder> MonthLadders() =>
        from mode in Gen.Elements(LadderMode.Marginal, LadderMode.WholeAmount)
        from count in Gen.Choose(1, 4)
        from widths in Cents(1, 300000).ListOf(count)
        from rates in Cents(0, 1000).ListOf(count)
        from fixedAmounts in Gen.Elements<decimal?>(null, null, null, 5m, 40m).ListOf(count)
        select new Ladder(mode, LadderWindow.Month, widths.Select((_, i) =>
        {
            var start = widths.Take(i).Sum();
            return new LadderBand(start, i + 1 < count ? start + widths[i] : null, fixedAmounts[i] is null ? rates[i] : null, fixedAmounts[i]);
        }).ToList());

    /// <summary>Ladders for product P1, category A (P2) and the default ladder (P3), and orders of lines of them with a split.</summary>
    private sealed record Month(
        Ladder ForP1, Ladder ForA, Ladder ForDefault, IReadOnlyList<(IReadOnlyList<(string Product, decimal Value)> Lines, decimal Split)> Orders)
    {
        public override string ToString() =>
            string.Join("; ", new[] { ForP1, ForA, ForDefault }.Select(l => $"{l.Mode} [{string.Join(", ", l.Bands.Select(b => $"{b.From}@{b.Rate}%/{b.Fixed}"))}]")) +
            " orders " + string.Join(" | ", Orders.Select(o => $"{string.Join(" + ", o.Lines.Select(l => $"{l.Product} {l.Value}"))} × {o.Split}%"));
    }

    private static Gen<Month> Months() =>
        from p1 in MonthLadders()
        from a in MonthLadders()
        from fallback in MonthLadders()
        from orderCount in Gen.Choose(1, 6)
        from orders in Orders().ListOf(orderCount)
        select new Month(p1, a, fallback, orders.ToList());

    private static Gen<(IReadOnlyList<(string Product, decimal Value)> Lines, decimal Split)> Orders() =>
        from lineCount in Gen.Choose(1, 4)
        from lines in (from product in Gen.Elements("P1", "P2", "P3") from value in Cents(0, 400000) select (product, value)).ListOf(lineCount)
        from split in Gen.Elements(100m, 100m, 50m, 33.33m, 12.5m)
        select ((IReadOnlyList<(string Product, decimal Value)>)lines.ToList(), split);

    [Test]
    public void Period_product_ladder_line_amounts_add_up_to_F_of_each_targets_period_total()
    {
        PropertyRuns.Verify(Prop.ForAll(Months().ToArbitrary(), month =>
        {
            var program = new ProgramTerms
            {
                Id = "p1", Type = ProgramType.ProductLadder, DefaultLadder = month.ForDefault,
                ProductLadders = [new ProductLadderRule("P1", null, month.ForP1), new ProductLadderRule(null, "A", month.ForA)]
            };
            var setup = new CommissionSetup(StackingPolicy.HighestPriority, [new StaffMember("ann", null), new StaffMember("bob", null)], [],
                [new Client("c1", [], [new StaffShare("ann", 100m)])], [],
                [new Product("P1", []), new Product("P2", ["A"]), new Product("P3", [])], [program]);
            var ladders = new Dictionary<string, (Ladder Ladder, string Target)>
            {
                ["P1"] = (month.ForP1, "product:P1"), ["P2"] = (month.ForA, "category:A"), ["P3"] = (month.ForDefault, "default")
            };
            var totals = new Dictionary<string, decimal> { ["product:P1"] = 0m, ["category:A"] = 0m, ["default"] = 0m };
            var calculator = new ProductLadderCalculator();
            var paid = 0m;
            var contributionsAgree = true;
            foreach (var (lines, split) in month.Orders)
            {
                var subtotal = lines.Sum(l => l.Value);
                var order = new OrderSnapshot("1", "c1", "1", null, March, [new StaffShare("ann", 100m)], subtotal, 0m, 0m, subtotal,
                    lines.Select(l => new OrderLine(l.Product, 1, l.Value, 0m)).ToList());
                var input = new CalculationInput(program, order, OrderAmounts.Of(order, setup), split, 0m, 1, setup)
                {
                    LadderTotalBefore = rule => totals[rule.Target]
                };
                paid += calculator.Calculate(input).Amount.Value;

                var planned = PaidOrderPlanner.Plan(setup, split == 100m ? order : order with { Sellers = [new StaffShare("ann", split), new StaffShare("bob", 100m - split)] },
                    1, key => totals[key.Target!]).Contributions.Where(c => c.Key.BeneficiaryId == "ann").ToDictionary(c => c.Key.Target!, c => c.Amount);
                var added = new Dictionary<string, decimal>();
                foreach (var (product, value) in lines)
                    added[ladders[product].Target] = added.GetValueOrDefault(ladders[product].Target) + value * split / 100m;
                if (subtotal == 0m)
                    added.Clear();
                contributionsAgree &= added.Where(a => a.Value != 0m).All(a => planned.GetValueOrDefault(a.Key) == a.Value)
                                      && planned.Keys.All(added.ContainsKey);
                foreach (var (target, share) in added)
                    totals[target] += share;
            }

            var expected = ladders.Values.Sum(l => LadderCalculator.Evaluate(l.Ladder, totals[l.Target]));
            return (paid == expected && contributionsAgree).Label($"paid {paid}, Σ F(total) {expected}, contributions agree {contributionsAgree}");
        }), maxTest: 200);
    }
}
