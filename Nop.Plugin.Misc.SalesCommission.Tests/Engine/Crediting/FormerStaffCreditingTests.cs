using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Crediting;

/// <summary>
/// Rules §2 in a host, where an assignment can outlive a staff member (they left the sales-rep role or were
/// deactivated): only current staff are credited.
/// </summary>
[TestFixture]
public sealed class FormerStaffCreditingTests
{
    private static readonly StaffMember Ann = new("ann", null);

    private static CommissionSetup Setup(params ClientGroup[] groups) =>
        new(StackingPolicy.HighestPriority, [Ann], [], [new Client("c1", ["Wholesale"], [new StaffShare("gone", 100m)])], groups, [], []);

    private static OrderSnapshot Order(IReadOnlyList<StaffShare>? sellers) =>
        new("1", "c1", "1", null, new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), sellers, 500m, 0m, 0m, 540m, []);

    [Test]
    public void A_former_staff_members_share_of_a_split_earns_nothing_and_is_not_handed_to_the_others()
    {
        var credit = CreditingPolicy.Credit(Order([new StaffShare("ann", 70m), new StaffShare("gone", 30m)]), Setup());

        Assert.That(credit.Staff, Is.EqualTo(new[] { new StaffShare("ann", 70m) }));
    }

    [Test]
    public void An_owner_who_is_no_longer_staff_names_nobody_so_the_clients_group_staff_are_credited()
    {
        var credit = CreditingPolicy.Credit(Order(null), Setup(new ClientGroup("Wholesale", [new StaffShare("ann", 100m)])));

        Assert.That((credit.Source, credit.Staff.Single().StaffId), Is.EqualTo((CreditSource.ClientGroup, "ann")));
    }

    [Test]
    public void A_staff_member_named_twice_in_one_assignment_is_credited_once_with_both_splits()
    {
        var credit = CreditingPolicy.Credit(Order([new StaffShare("ann", 60m), new StaffShare("ann", 40m)]), Setup());

        Assert.That(credit.Staff, Is.EqualTo(new[] { new StaffShare("ann", 100m) }));
    }
}
