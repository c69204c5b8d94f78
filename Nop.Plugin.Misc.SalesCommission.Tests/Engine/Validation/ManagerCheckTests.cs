using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Validation;

/// <summary>Rules §3.3: overrides climb from a seller to their manager and up, so the hierarchy must never go round.</summary>
[TestFixture]
public sealed class ManagerCheckTests
{
    //ann reports to bob, bob to cat; dan has no manager
    private static readonly StaffMember[] Staff =
        [new("ann", "bob"), new("bob", "cat"), new("cat", null), new("dan", null)];

    [Test]
    public void A_rep_may_get_a_manager_outside_their_line() =>
        Assert.That(ManagerCheck.Check(Staff, "dan", "cat"), Is.Null);

    [Test]
    public void Removing_a_manager_is_always_allowed() =>
        Assert.That(ManagerCheck.Check(Staff, "ann", null), Is.Null);

    [Test]
    public void Nobody_manages_themselves() =>
        Assert.That(ManagerCheck.Check(Staff, "ann", "ann"), Is.EqualTo(ManagerIssue.Self));

    [Test]
    public void A_manager_must_be_a_staff_member() =>
        Assert.That(ManagerCheck.Check(Staff, "ann", "zoe"), Is.EqualTo(ManagerIssue.NotStaff));

    [Test]
    public void A_manager_cannot_get_their_direct_report_as_manager() =>
        Assert.That(ManagerCheck.Check(Staff, "bob", "ann"), Is.EqualTo(ManagerIssue.Cycle));

    [Test]
    public void The_top_manager_cannot_get_someone_from_two_levels_below_as_manager() =>
        Assert.That(ManagerCheck.Check(Staff, "cat", "ann"), Is.EqualTo(ManagerIssue.Cycle));

    [Test]
    public void Moving_a_rep_up_under_the_top_manager_is_allowed() =>
        Assert.That(ManagerCheck.Check(Staff, "ann", "cat"), Is.Null);
}
