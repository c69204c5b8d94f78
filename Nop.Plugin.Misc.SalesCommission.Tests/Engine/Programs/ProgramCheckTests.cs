using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>
/// Rules §3: a program built from stored data that cannot be calculated is named with its problems, so a host skips
/// it instead of failing every order.
/// </summary>
[TestFixture]
public sealed class ProgramCheckTests
{
    private static readonly Ladder ThreeBands = new(LadderMode.Marginal, LadderWindow.PerOrder,
        [new LadderBand(0m, 3000m, 2m, null), new LadderBand(3000m, 5000m, 3m, null), new LadderBand(5000m, null, 4m, null)]);

    [Test]
    public void Valid_ladder_has_no_problems()
    {
        var program = new ProgramTerms { Id = "1", Type = ProgramType.Ladder, Ladder = ThreeBands };

        Assert.That(ProgramCheck.Problems(program), Is.Empty);
    }

    [Test]
    public void Unknown_program_type_is_a_problem()
    {
        var program = new ProgramTerms { Id = "1", Type = (ProgramType)42, Rate = 5m };

        Assert.That(ProgramCheck.Problems(program), Is.EqualTo(new[] { "type: unknown program type 42" }));
    }

    [Test]
    public void Ladder_without_bands_is_a_problem()
    {
        var program = new ProgramTerms
        {
            Id = "1", Type = ProgramType.Ladder, Ladder = new Ladder(LadderMode.Marginal, LadderWindow.Month, [])
        };

        Assert.That(ProgramCheck.Problems(program), Is.EqualTo(new[] { "ladder.bands: LadderWithoutBands" }));
    }

    [Test]
    public void Ladder_not_starting_at_0_is_a_problem()
    {
        var program = new ProgramTerms
        {
            Id = "1", Type = ProgramType.Ladder,
            Ladder = ThreeBands with { Bands = [new LadderBand(100m, null, 2m, null)] }
        };

        Assert.That(ProgramCheck.Problems(program), Is.EqualTo(new[] { "ladder.bands[0].from: FirstBandNotAtZero" }));
    }

    [Test]
    public void FirstOrder_program_without_terms_is_a_problem()
    {
        var program = new ProgramTerms { Id = "1", Type = ProgramType.FirstOrder, Rate = 2m };

        Assert.That(ProgramCheck.Problems(program),
            Is.EqualTo(new[] { "firstOrder.count: FirstOrderCountTooSmall", "firstOrder.rate: FirstOrderRateMissing" }));
    }

    [Test]
    public void Rate_above_100_percent_is_a_problem()
    {
        var program = new ProgramTerms { Id = "1", Type = ProgramType.PercentOfOrder, Rate = 150m };

        Assert.That(ProgramCheck.Problems(program), Is.EqualTo(new[] { "rate: RateOutOfRange" }));
    }

    [Test]
    public void Stored_program_with_caps_above_0_and_a_ladder_top_above_its_from_has_no_problems()
    {
        var program = new ProgramTerms
        {
            Id = "1", Type = ProgramType.Ladder, CapPerOrder = 250m, CapPerPeriod = new PeriodCap(LadderWindow.Quarter, 1000m),
            Ladder = ThreeBands with { Bands = [.. ThreeBands.Bands.Take(2), new LadderBand(5000m, 8000m, 4m, null)] }
        };

        Assert.That(ProgramCheck.Problems(program), Is.Empty);
    }

    [Test]
    public void Stored_caps_of_0_or_below_and_a_per_order_cap_window_are_problems()
    {
        var program = new ProgramTerms
        {
            Id = "1", Type = ProgramType.PercentOfOrder, Rate = 5m, CapPerOrder = 0m, CapPerPeriod = new PeriodCap(LadderWindow.PerOrder, -1m)
        };

        Assert.That(ProgramCheck.Problems(program), Is.EqualTo(new[]
        {
            "capPerOrder: CapPerOrderNotPositive",
            "capPerPeriod.window: CapPerPeriodWindowInvalid",
            "capPerPeriod.amount: CapPerPeriodAmountNotPositive"
        }));
    }

    [Test]
    public void Stored_last_band_to_not_above_its_from_is_a_problem()
    {
        var program = new ProgramTerms
        {
            Id = "1", Type = ProgramType.Ladder,
            Ladder = ThreeBands with { Bands = [.. ThreeBands.Bands.Take(2), new LadderBand(5000m, 5000m, 4m, null)] }
        };

        Assert.That(ProgramCheck.Problems(program),
            Is.EqualTo(new[] { "ladder.bands[2].to: LastBandHasEnd" }));
    }
}
