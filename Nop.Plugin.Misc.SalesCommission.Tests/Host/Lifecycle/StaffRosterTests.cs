using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Services.Customers;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>Who is staff in the store: the sales-rep role's members, whether or not their staff page was ever saved.</summary>
[TestFixture]
public class StaffRosterTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    [Test]
    public async Task A_top_manager_whose_staff_page_was_never_saved_is_paid_her_override()
    {
        var (order, rep) = await Data.UnpaidOrderWithRepAsync(10m);
        var customers = Resolve<ICustomerService>();
        var role = await customers.GetCustomerRoleBySystemNameAsync(SalesCommissionDefaults.SalesRepRoleSystemName);
        var manager = new Customer { CustomerGuid = Guid.NewGuid(), Email = $"manager-{Guid.NewGuid():N}@example.com", Active = true, CreatedOnUtc = DateTime.UtcNow, LastActivityDateUtc = DateTime.UtcNow };
        await customers.InsertCustomerAsync(manager);
        await customers.AddCustomerRoleMappingAsync(new CustomerCustomerRoleMapping { CustomerId = manager.Id, CustomerRoleId = role!.Id });

        var profiles = Resolve<IRepository<StaffProfile>>();
        var repProfile = profiles.Table.Single(profile => profile.CustomerId == rep);
        repProfile.ManagerCustomerId = manager.Id;
        await profiles.UpdateAsync(repProfile);
        var programId = Resolve<IRepository<ProgramBeneficiary>>().Table.Single(payee => payee.BeneficiaryId == rep).ProgramId;
        await Resolve<IRepository<ProgramOverrideLevel>>().InsertAsync(new ProgramOverrideLevel
        {
            ProgramId = programId, Level = 1, Percent = 20m, OverrideBaseId = (int)OverrideBase.OfCommission
        });

        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);

        var entries = Resolve<IRepository<CommissionEntry>>().Table.Where(entry => entry.OrderId == order.Id).ToList();
        var direct = entries.Single(entry => entry.KindId == (int)EntryKind.Direct);
        var managerOverride = entries.Single(entry => entry.KindId == (int)EntryKind.Override);
        Assert.Multiple(() =>
        {
            Assert.That(profiles.Table.Any(profile => profile.CustomerId == manager.Id), Is.False, "the manager's staff page was never saved");
            Assert.That(managerOverride.BeneficiaryId, Is.EqualTo(manager.Id));
            Assert.That(managerOverride.BeneficiaryTypeId, Is.EqualTo((int)BeneficiaryType.Staff));
            Assert.That(managerOverride.Amount, Is.EqualTo(Math.Round(direct.Amount * 0.20m, 2, MidpointRounding.AwayFromZero)));
        });
    }
}
