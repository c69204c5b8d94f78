using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Structure;

/// <summary>The staff and clients pages' saves, in the host's test store: refused input writes nothing.</summary>
[TestFixture]
public class StructureServiceTests : PluginHostTest
{
    private static async Task<(int Rep, int Client)> RepWithClientAsync()
    {
        var (order, rep) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        return (rep, order.CustomerId);
    }

    private static StaffProfile ProfileOf(int customerId) =>
        Resolve<IRepository<StaffProfile>>().Table.Single(profile => profile.CustomerId == customerId);

    [Test]
    public async Task A_manager_cannot_be_given_their_own_report_as_manager_and_nothing_changes()
    {
        var (rep, _) = await RepWithClientAsync();
        var (manager, _) = await RepWithClientAsync();
        var staff = Resolve<IStaffService>();
        Assert.That(await staff.SaveProfileAsync(rep, manager, true), Is.Null);

        var issue = await staff.SaveProfileAsync(manager, rep, true);

        Assert.That(issue, Is.EqualTo(ManagerIssue.Cycle));
        Assert.That(ProfileOf(manager).ManagerCustomerId, Is.Null);
        Assert.That(ProfileOf(rep).ManagerCustomerId, Is.EqualTo(manager));
    }

    [Test]
    public async Task A_customer_who_is_not_staff_cannot_be_a_manager()
    {
        var (rep, client) = await RepWithClientAsync();

        Assert.That(await Resolve<IStaffService>().SaveProfileAsync(rep, client, true), Is.EqualTo(ManagerIssue.NotStaff));
        Assert.That(ProfileOf(rep).ManagerCustomerId, Is.Null);
    }

    [Test]
    public async Task Client_splits_of_60_and_30_are_refused_and_the_old_owner_stays()
    {
        var (rep, client) = await RepWithClientAsync();
        var (other, _) = await RepWithClientAsync();

        var problems = await Resolve<IClientAssignmentService>().SaveOwnersAsync(false, client, [(rep, 60m), (other, 30m)]);

        Assert.That(problems.Select(problem => problem.Issue), Is.EqualTo(new[] { SellerSplitIssue.TotalNot100 }));
        var owners = Resolve<IRepository<ClientAssignment>>().Table.Where(a => a.CustomerId == client).ToList();
        Assert.That(owners.Select(a => (a.StaffCustomerId, a.Split)), Is.EqualTo(new[] { (rep, 100m) }));
    }

    [Test]
    public async Task Client_splits_of_60_and_40_replace_the_owners()
    {
        var (rep, client) = await RepWithClientAsync();
        var (other, _) = await RepWithClientAsync();

        var problems = await Resolve<IClientAssignmentService>().SaveOwnersAsync(false, client, [(rep, 60m), (other, 40m)]);

        Assert.That(problems, Is.Empty);
        var owners = Resolve<IRepository<ClientAssignment>>().Table.Where(a => a.CustomerId == client).OrderBy(a => a.Split).ToList();
        Assert.That(owners.Select(a => (a.StaffCustomerId, a.Split)), Is.EqualTo(new[] { (other, 40m), (rep, 60m) }));
    }
}
