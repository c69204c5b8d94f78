using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Crediting;

/// <summary>Rules §1: one answer to who is staff, for crediting, overrides, targets and visibility.</summary>
[TestFixture]
public sealed class StaffRosterTests
{
    [Test]
    public void A_role_member_whose_profile_was_never_saved_is_an_active_staff_member_with_no_manager()
    {
        var roster = new StaffRoster([new RosterEntry("7", null, null), new RosterEntry("5", "7", true)]);

        Assert.Multiple(() =>
        {
            Assert.That(roster.IsActiveStaff("7"), Is.True);
            Assert.That(roster.Active.Select(member => member.Id), Is.EqualTo(new[] { "7", "5" }));
            Assert.That(roster.Visibility.MaySee("7", "5"), Is.True);
        });
    }

    [Test]
    public void A_deactivated_member_stays_in_the_hierarchy_but_is_not_active_staff()
    {
        var roster = new StaffRoster([new RosterEntry("7", null, true), new RosterEntry("5", "7", false)]);

        Assert.Multiple(() =>
        {
            Assert.That(roster.IsActiveStaff("5"), Is.False);
            Assert.That(roster.Active.Select(member => member.Id), Is.EqualTo(new[] { "7" }));
            Assert.That(roster.Hierarchy.Select(member => member.Id), Is.EqualTo(new[] { "7", "5" }));
            Assert.That(roster.Visibility.MaySee("7", "5"), Is.True, "a manager keeps seeing a deactivated report's history");
        });
    }

    [Test]
    public void A_never_saved_top_manager_is_active_staff_with_her_report_under_her_so_overrides_reach_her()
    {
        var roster = new StaffRoster([new RosterEntry("mia", null, null), new RosterEntry("ann", "mia", true)]);

        Assert.That(roster.Active.Select(member => (member.Id, member.ManagerId)), Is.EqualTo(new[] { ("mia", (string?)null), ("ann", "mia") }));
    }
}
