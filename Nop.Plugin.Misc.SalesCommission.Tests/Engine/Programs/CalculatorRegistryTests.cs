using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>Every program type has a calculator; a program of an unknown type is refused by name.</summary>
[TestFixture]
public sealed class CalculatorRegistryTests
{
    [Test]
    public void Every_program_type_has_a_calculator_of_that_type()
    {
        var types = Enum.GetValues<ProgramType>();

        Assert.That(types.Select(t => CommissionCalculators.For(new ProgramTerms { Id = "p", Type = t }).Type), Is.EqualTo(types));
    }

    [Test]
    public void A_program_of_an_unknown_type_is_refused_naming_the_program()
    {
        var program = new ProgramTerms { Id = "42", Name = "Broken", Type = (ProgramType)99 };

        Assert.That(() => CommissionCalculators.For(program),
            Throws.InvalidOperationException.With.Message.EqualTo("Program '42' (Broken) has an unknown type 99"));
    }

    [Test]
    public void A_ladder_without_a_band_reached_pays_nothing_rather_than_failing_the_order()
    {
        var ladder = new Ladder(LadderMode.WholeAmount, LadderWindow.PerOrder, []);

        Assert.That(LadderCalculator.Evaluate(ladder, 500m), Is.EqualTo(0m));
    }
}
