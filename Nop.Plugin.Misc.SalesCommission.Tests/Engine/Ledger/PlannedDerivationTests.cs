using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Ledger;

/// <summary>
/// A planned entry builds its derivation when it is first read (written or shown), not when it is planned: the entry reads,
/// compares and copies as if it had been built at once.
/// </summary>
[TestFixture]
public sealed class PlannedDerivationTests
{
    private sealed class CountingSource(Derivation derivation) : IDerivationSource
    {
        public int Builds { get; private set; }

        public Derivation Derive()
        {
            Builds++;
            return derivation;
        }
    }

    private static readonly Derivation Rate = new("PercentOfOrder.Rate", DerivationValue.Of(DerivationField.Base, 500m),
        DerivationValue.Of(DerivationField.Rate, 5m));

    private static LedgerEntry Planned(IDerivationSource source) =>
        LedgerEntry.Planned("1042", "p1", BeneficiaryType.Staff, "ann", EntryKind.Direct, 0, 500m, 25m, source);

    [Test]
    public void A_planned_entry_builds_its_derivation_once_when_first_read()
    {
        var source = new CountingSource(Rate);
        var entry = Planned(source);
        var before = source.Builds;

        var first = entry.Derivation;
        var second = entry.Derivation;

        Assert.That((before, source.Builds, ReferenceEquals(first, second), first), Is.EqualTo((0, 1, true, Rate)));
    }

    [Test]
    public void A_planned_entry_equals_the_same_entry_built_with_its_derivation()
    {
        var eager = new LedgerEntry("1042", "p1", BeneficiaryType.Staff, "ann", EntryKind.Direct, 0, 500m, 25m,
            new Derivation("PercentOfOrder.Rate", DerivationValue.Of(DerivationField.Base, 500m), DerivationValue.Of(DerivationField.Rate, 5m)));
        var otherRate = new LedgerEntry("1042", "p1", BeneficiaryType.Staff, "ann", EntryKind.Direct, 0, 500m, 25m,
            new Derivation("PercentOfOrder.Rate", DerivationValue.Of(DerivationField.Base, 500m), DerivationValue.Of(DerivationField.Rate, 6m)));

        Assert.That((Planned(new CountingSource(Rate)).Equals(eager), Planned(new CountingSource(Rate)).Equals(otherRate),
            Planned(new CountingSource(Rate)).GetHashCode() == eager.GetHashCode()), Is.EqualTo((true, false, true)));
    }

    [Test]
    public void A_copy_of_a_planned_entry_keeps_its_derivation_unless_one_is_given()
    {
        var entry = Planned(new CountingSource(Rate));
        var replaced = new Derivation("Recalculated");

        Assert.That(((entry with { Amount = 30m }).Derivation, (entry with { Derivation = replaced }).Derivation, entry.Derivation),
            Is.EqualTo((Rate, replaced, Rate)));
    }

    [Test]
    public void A_clawback_reads_its_derivation_from_the_refund_when_asked()
    {
        var earning = new LedgerEntry("1042", "p1", BeneficiaryType.Staff, "ann", EntryKind.Direct, 0, 500m, 25m, Rate);
        var state = new OrderLedgerState(540m, 54m, false);

        var clawback = ClawbackPlanner.Claw(earning, 25m, 0m, state, 54m)!;

        Assert.That((clawback.Amount, clawback.Base, DerivationJson.Write(clawback.Derivation!)), Is.EqualTo((-2.50m, 54.00m,
            DerivationJson.Write(new Derivation("Clawback", DerivationValue.Of(DerivationField.Refunded, 54m), DerivationValue.Of(DerivationField.Total, 540m),
                DerivationValue.Of(DerivationField.Order, "1042"), DerivationValue.Of(DerivationField.Original, 25m),
                DerivationValue.Of(DerivationField.ClawBack, 2.50m), DerivationValue.Of(DerivationField.Already, 0m),
                DerivationValue.Of(DerivationField.Note, (Derivation?)null))))));
    }
}
