using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Hierarchy;

/// <summary>A rep sees only their own data, a manager their team (the subtree below them), nobody else anything.</summary>
[TestFixture]
public sealed class TeamVisibilityTests
{
    // cat manages bob, bob manages ann and dan; eve is a peer of cat with no reports
    private static TeamVisibility Hierarchy(params string[] inactive)
    {
        StaffMember[] staff =
        [
            new("ann", "bob"), new("dan", "bob"), new("bob", "cat"), new("cat", null), new("eve", null)
        ];
        return new TeamVisibility(staff, staff.Select(member => member.Id).Except(inactive));
    }

    [Test]
    public void A_rep_sees_their_own_figures()
    {
        Assert.That(Hierarchy().MaySee("ann", "ann"), Is.True);
    }

    [Test]
    public void A_rep_does_not_see_a_peer_or_their_manager()
    {
        var visibility = Hierarchy();

        Assert.That(visibility.MaySee("ann", "dan"), Is.False);
        Assert.That(visibility.MaySee("ann", "bob"), Is.False);
        Assert.That(visibility.MaySee("eve", "ann"), Is.False);
    }

    [Test]
    public void A_manager_sees_direct_reports_and_their_reports()
    {
        var visibility = Hierarchy();

        Assert.That(visibility.MaySee("bob", "ann"), Is.True);
        Assert.That(visibility.MaySee("cat", "ann"), Is.True);
        Assert.That(visibility.MaySee("cat", "bob"), Is.True);
    }

    [Test]
    public void A_manager_team_lists_the_subtree_nearest_first_without_the_manager()
    {
        var visibility = Hierarchy();

        Assert.That(visibility.TeamOf("cat"), Is.EqualTo(new[] { "bob", "ann", "dan" }));
        Assert.That(visibility.TeamOf("bob"), Is.EqualTo(new[] { "ann", "dan" }));
        Assert.That(visibility.TeamOf("ann"), Is.Empty);
    }

    [Test]
    public void A_customer_who_is_not_staff_sees_nothing_not_even_by_their_own_id()
    {
        var visibility = Hierarchy();

        Assert.That(visibility.IsStaff("client4"), Is.False);
        Assert.That(visibility.MaySee("client4", "client4"), Is.False);
        Assert.That(visibility.MaySee("client4", "ann"), Is.False);
        Assert.That(visibility.TeamOf("client4"), Is.Empty);
    }

    [Test]
    public void An_inactive_staff_member_sees_nothing()
    {
        var visibility = Hierarchy("bob");

        Assert.That(visibility.IsStaff("bob"), Is.False);
        Assert.That(visibility.MaySee("bob", "bob"), Is.False);
        Assert.That(visibility.MaySee("bob", "ann"), Is.False);
    }

    [Test]
    public void A_manager_still_sees_an_inactive_report_and_the_reports_below_them()
    {
        var visibility = Hierarchy("bob");

        Assert.That(visibility.MaySee("cat", "bob"), Is.True);
        Assert.That(visibility.MaySee("cat", "ann"), Is.True);
    }

    [Test]
    public void A_cycle_in_the_data_ends_the_walk_and_lists_each_member_once()
    {
        StaffMember[] staff = [new("ann", "bob"), new("bob", "ann"), new("cat", "cat")];
        var visibility = new TeamVisibility(staff, ["ann", "bob", "cat"]);

        Assert.That(visibility.TeamOf("ann"), Is.EqualTo(new[] { "bob" }));
        Assert.That(visibility.TeamOf("cat"), Is.Empty);
        Assert.That(visibility.MaySee("cat", "ann"), Is.False);
    }
}
