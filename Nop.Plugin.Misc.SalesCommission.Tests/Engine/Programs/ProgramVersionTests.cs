using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>
/// Rules §5: a program's money terms change by versions. Example: rate 5% until 15 Nov, 8% from 16 Nov; an order paid
/// 10 Nov earns 5% however often it is recalculated, one paid 16 Nov 00:00 earns 8%.
/// </summary>
[TestFixture]
public sealed class ProgramVersionTests
{
    private static readonly DateTime NewRateFrom = new(2026, 11, 16, 0, 0, 0, DateTimeKind.Utc);

    private static ProgramTerms Rate(decimal rate) => new() { Id = "p1", Type = ProgramType.PercentOfOrder, Rate = rate };

    private static readonly ProgramVersion[] FiveThenEight = [new(null, Rate(5m)), new(NewRateFrom, Rate(8m))];

    private static CommissionSetup Setup(IEnumerable<ProgramVersion> versions, params ProgramTerms[] programs) =>
        new(StackingPolicy.All, [new StaffMember("ann", null)], [], [new Client("c1", [], [new StaffShare("ann", 100m)])], [], [],
            programs, versions: versions);

    private static OrderSnapshot PaidAt(string id, DateTime paidAt, decimal net = 500m) =>
        new(id, "c1", "1", null, paidAt, null, net, 0m, 0m, net, []);

    [Test]
    public void An_order_paid_before_the_effective_instant_earns_under_the_earlier_version()
    {
        var inForce = ProgramVersions.InForce(FiveThenEight, new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc));

        Assert.That(inForce.Program.Rate, Is.EqualTo(5m));
    }

    [Test]
    public void An_order_paid_exactly_at_the_effective_instant_earns_under_the_new_version()
    {
        Assert.That(ProgramVersions.InForce(FiveThenEight, NewRateFrom).Program.Rate, Is.EqualTo(8m));
    }

    [Test]
    public void An_order_paid_a_tick_before_the_effective_instant_earns_under_the_earlier_version()
    {
        Assert.That(ProgramVersions.InForce(FiveThenEight, NewRateFrom.AddTicks(-1)).Program.Rate, Is.EqualTo(5m));
    }

    [Test]
    public void Versions_are_found_in_any_order_and_the_first_covers_everything_before_the_second()
    {
        ProgramVersion[] versions = [new(NewRateFrom, Rate(8m)), new(NewRateFrom.AddDays(10), Rate(9m)), new(null, Rate(5m))];

        var rates = new[] { DateTime.MinValue, NewRateFrom.AddDays(3), NewRateFrom.AddDays(10) }
            .Select(paidAt => ProgramVersions.InForce(versions, paidAt).Program.Rate);

        Assert.That(rates, Is.EqualTo(new decimal?[] { 5m, 8m, 9m }));
    }

    [Test]
    public void A_planned_order_earns_the_rate_of_the_version_in_force_at_its_paid_time()
    {
        var setup = Setup(FiveThenEight, Rate(8m));
        var before = PaidOrderPlanner.Plan(setup, PaidAt("1", new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc)), 1, _ => 0m);
        var after = PaidOrderPlanner.Plan(setup, PaidAt("2", NewRateFrom), 1, _ => 0m);

        Assert.That((before.Entries.Single().Amount, after.Entries.Single().Amount), Is.EqualTo((25.00m, 40.00m)));
    }

    [Test]
    public void A_period_ladder_keeps_counting_the_period_total_across_versions()
    {
        static ProgramTerms Ladder(decimal topRate) => new()
        {
            Id = "p1", Type = ProgramType.Ladder,
            Ladder = new Ladder(LadderMode.WholeAmount, LadderWindow.Month, [new LadderBand(0m, 1000m, 2m, null), new LadderBand(1000m, null, topRate, null)])
        };
        var setup = Setup([new ProgramVersion(null, Ladder(5m)), new ProgramVersion(NewRateFrom, Ladder(6m))], Ladder(6m));
        var first = PaidOrderPlanner.Plan(setup, PaidAt("1", new DateTime(2026, 11, 10, 9, 0, 0, DateTimeKind.Utc), 800m), 1, _ => 0m);
        var monthTotal = first.Contributions.Single();

        //800 before the new version + 400 after: the month's total is 1,200, above the 1,000 band under the new terms
        var second = PaidOrderPlanner.Plan(setup, PaidAt("2", NewRateFrom, 400m), 1,
            key => key == monthTotal.Key ? monthTotal.Amount : 0m);

        Assert.That(second.Entries.Single().Amount, Is.EqualTo(1200m * 6m / 100m - 800m * 2m / 100m));
    }

    [Test]
    public void A_program_without_versions_is_the_same_for_every_paid_time()
    {
        var program = Rate(5m);

        Assert.That(Setup([], program).ProgramsInForce(NewRateFrom).Single(), Is.SameAs(program));
    }

    [Test]
    public void Changing_the_rate_is_a_change_of_rates_and_nothing_else()
    {
        Assert.That(ProgramVersions.ChangedTerms(Rate(5m), Rate(8m)), Is.EqualTo(new[] { ProgramTerm.Rates }));
    }

    [Test]
    public void Renaming_or_reordering_priority_changes_no_money_term()
    {
        Assert.That(ProgramVersions.ChangedTerms(Rate(5m), Rate(5.0000m) with { Name = "Renamed", Priority = 3 }), Is.Empty);
    }

    [Test]
    public void Changing_caps_scope_and_overrides_names_each()
    {
        var after = Rate(5m) with
        {
            CapPerOrder = 100m, Scope = new ProgramScope(["1"], [], []),
            Hierarchy = [new OverrideLevel(1, 10m, OverrideBase.OfCommission)]
        };

        Assert.That(ProgramVersions.ChangedTerms(Rate(5m), after),
            Is.EqualTo(new[] { ProgramTerm.Scope, ProgramTerm.Overrides, ProgramTerm.Caps }));
    }

    [Test]
    public void A_money_change_on_a_program_with_entries_makes_a_new_version()
    {
        Assert.That(ProgramVersions.Saving([ProgramTerm.Rates], hasEntries: true, [], NewRateFrom), Is.EqualTo(VersionedSave.NewVersion));
    }

    [Test]
    public void A_program_without_entries_or_versions_is_saved_in_place()
    {
        Assert.That(ProgramVersions.Saving([ProgramTerm.Rates], hasEntries: false, [], NewRateFrom), Is.EqualTo(VersionedSave.InPlace));
    }

    [Test]
    public void A_change_of_no_money_term_is_saved_in_place()
    {
        Assert.That(ProgramVersions.Saving([], hasEntries: true, FiveThenEight, NewRateFrom.AddDays(1)), Is.EqualTo(VersionedSave.InPlace));
    }

    [Test]
    public void A_second_change_effective_the_same_day_corrects_the_latest_version()
    {
        Assert.That(ProgramVersions.Saving([ProgramTerm.Rates], hasEntries: true, FiveThenEight, NewRateFrom),
            Is.EqualTo(VersionedSave.ReplaceLatest));
    }

    [Test]
    public void A_change_effective_before_the_latest_version_is_refused()
    {
        Assert.That(ProgramVersions.Saving([ProgramTerm.Rates], hasEntries: true, FiveThenEight, NewRateFrom.AddDays(-1)),
            Is.EqualTo(VersionedSave.BeforeLatest));
    }

    [Test]
    public void An_edit_effective_today_starts_at_the_moment_it_is_saved_so_nothing_already_paid_changes()
    {
        var now = new DateTime(2026, 12, 7, 10, 45, 0, DateTimeKind.Utc);

        Assert.That(ProgramVersions.EffectiveInstant(new DateOnly(2026, 12, 7), now, FiveThenEight), Is.EqualTo(now));
    }

    [Test]
    public void An_edit_effective_another_day_starts_at_its_first_instant_utc()
    {
        var now = new DateTime(2026, 12, 7, 10, 45, 0, DateTimeKind.Utc);

        Assert.That(ProgramVersions.EffectiveInstant(new DateOnly(2026, 12, 1), now, FiveThenEight),
            Is.EqualTo(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void An_edit_effective_the_day_of_the_latest_version_takes_its_instant_and_corrects_it()
    {
        var now = new DateTime(2026, 11, 16, 15, 0, 0, DateTimeKind.Utc);
        var instant = ProgramVersions.EffectiveInstant(new DateOnly(2026, 11, 16), now, FiveThenEight);

        Assert.That(ProgramVersions.Saving([ProgramTerm.Rates], true, FiveThenEight, instant), Is.EqualTo(VersionedSave.ReplaceLatest));
    }
}
