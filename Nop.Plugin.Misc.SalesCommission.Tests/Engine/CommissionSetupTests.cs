using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine;

/// <summary>A program editor's simulation runs the edited program in the store's setup, everything else as it is.</summary>
[TestFixture]
public sealed class CommissionSetupTests
{
    private static readonly ProgramTerms Stored = new() { Id = "1", Type = ProgramType.PercentOfOrder, Rate = 5m };
    private static readonly ProgramTerms Other = new() { Id = "2", Type = ProgramType.PercentOfOrder, Rate = 1m };

    private static CommissionSetup Setup() => new(StackingPolicy.All,
        [new StaffMember("ann", null)], [], [], [], [new Product("P7", ["Notebooks"]), new Product("G1", [], GiftCard: true)],
        [Stored, Other],
        [SalesTarget.ForStaff("t1", "ann", LadderWindow.Month, new DateOnly(2026, 12, 1), 1000m)],
        [new Category("Notebooks", "Computers"), new Category("Computers", null)],
        giftCardsEarn: true);

    [Test]
    public void With_program_replaces_the_program_of_the_same_id_in_its_place()
    {
        var edited = Stored with { Rate = 7m };

        var setup = Setup().WithProgram(edited);

        Assert.That(setup.Programs, Is.EqualTo(new[] { edited, Other }));
    }

    [Test]
    public void With_program_adds_a_new_program_last()
    {
        var added = Stored with { Id = "0" };

        Assert.That(Setup().WithProgram(added).Programs, Is.EqualTo(new[] { Stored, Other, added }));
    }

    [Test]
    public void With_program_keeps_targets_the_category_tree_and_whether_gift_cards_earn()
    {
        var setup = Setup().WithProgram(Stored with { Rate = 7m });

        Assert.That(setup.Targets.Select(target => target.Id), Is.EqualTo(new[] { "t1" }));
        Assert.That(setup.Categories.ParentOf("Notebooks"), Is.EqualTo("Computers"));
        Assert.That(setup.GiftCardsEarn, Is.True);
        Assert.That(setup.Products["G1"].GiftCard, Is.True);
        Assert.That(setup.Stacking, Is.EqualTo(StackingPolicy.All));
    }
}
