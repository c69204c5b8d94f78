using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Performance;

/// <summary>The leaderboard's ranking: highest commission first, ties share a rank, tied lines listed by name.</summary>
[TestFixture]
public sealed class KpiRankingTests
{
    private static (KpiLine, string) Line(string id, string name, decimal commission) =>
        (new KpiLine(id, commission, 0m, 0, null, null), name);

    [Test]
    public void Equal_commission_shares_a_rank_and_the_next_rank_skips()
    {
        var ranked = KpiRanking.Rank([Line("1", "Dan", 50m), Line("2", "bob", 100m), Line("3", "Ann", 100m), Line("4", "Cat", 10m)]);

        Assert.That(ranked.Select(line => (line.Rank, line.Name)), Is.EqualTo(new[] { (1, "Ann"), (1, "bob"), (3, "Dan"), (4, "Cat") }));
    }

    [Test]
    public void Tied_lines_with_the_same_name_are_listed_by_id_whatever_order_they_came_in()
    {
        var one = KpiRanking.Rank([Line("9", "Ann", 5m), Line("3", "Ann", 5m)]);
        var other = KpiRanking.Rank([Line("3", "Ann", 5m), Line("9", "Ann", 5m)]);

        Assert.That(one.Select(line => line.Figures.Id), Is.EqualTo(new[] { "3", "9" }));
        Assert.That(other, Is.EqualTo(one));
    }

    [Test]
    public void A_negative_month_after_clawbacks_ranks_below_zero()
    {
        var ranked = KpiRanking.Rank([Line("1", "Ann", -20m), Line("2", "Bob", 0m)]);

        Assert.That(ranked.Select(line => (line.Rank, line.Name)), Is.EqualTo(new[] { (1, "Bob"), (2, "Ann") }));
    }

    [Test]
    public void A_board_ranks_the_reps_and_the_teams_of_the_period_containing_now()
    {
        var now = new DateTime(2026, 5, 20, 8, 0, 0, DateTimeKind.Utc);
        var rows = new PerformanceRows(
            [new("ann", new DateOnly(2026, 4, 1), 100m), new("bob", new DateOnly(2026, 5, 1), 300m), new("cat", new DateOnly(2026, 6, 1), 50m)],
            [], []);

        var board = PerformanceBoard.Of(LadderWindow.Quarter, now, [("ann", "Ann"), ("bob", "Bob"), ("cat", "Cat")],
            [(new SalesTeam("cat", ["cat", "ann"]), "Cat")], rows);

        Assert.That(board.PeriodStart, Is.EqualTo(new DateOnly(2026, 4, 1)));
        Assert.That(board.Reps.Select(line => (line.Rank, line.Name, line.Figures.Commission)),
            Is.EqualTo(new[] { (1, "Bob", 300.00m), (2, "Ann", 100.00m), (3, "Cat", 50.00m) }));
        Assert.That(board.Teams.Single().Figures.Commission, Is.EqualTo(150.00m));
    }
}
