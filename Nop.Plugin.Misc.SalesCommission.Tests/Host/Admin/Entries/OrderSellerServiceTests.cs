using Moq;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Services;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Entries;

/// <summary>
/// An order's sellers are saved only when every one is an active staff member (a role member whose profile was never
/// saved is one) and the splits total 100.
/// </summary>
[TestFixture]
public sealed class OrderSellerServiceTests
{
    private Mock<IRepository<OrderSellerAssignment>> _assignments = null!;
    private OrderSellerService _service = null!;

    [SetUp]
    public void SetUp()
    {
        var staff = new Mock<IStaffDirectory>();
        staff.Setup(directory => directory.GetRosterAsync()).ReturnsAsync(new StaffRoster(
        [
            new RosterEntry("5", null, true),
            new RosterEntry("6", null, null),
            new RosterEntry("7", null, false)
        ]));

        _assignments = new Mock<IRepository<OrderSellerAssignment>>();
        _service = new OrderSellerService(Mock.Of<ICommissionSetupBuilder>(), Mock.Of<Nop.Services.Orders.IOrderService>(),
            Mock.Of<IOrderSnapshotBuilder>(), _assignments.Object, staff.Object);
    }

    [Test]
    public async Task A_client_who_is_not_staff_is_refused_and_nothing_is_written()
    {
        var problems = await _service.SaveSellersAsync(11, [(5, 50m), (4, 50m)]);

        Assert.That(problems, Is.EqualTo(new[] { new SellerSplitProblem(1, SellerSplitIssue.UnknownStaff) }));
        _assignments.VerifyNoOtherCalls();
    }

    [Test]
    public async Task An_inactive_staff_member_cannot_be_a_seller()
    {
        var problems = await _service.SaveSellersAsync(11, [(7, 100m)]);

        Assert.That(problems, Is.EqualTo(new[] { new SellerSplitProblem(0, SellerSplitIssue.UnknownStaff) }));
        _assignments.VerifyNoOtherCalls();
    }

    [Test]
    public async Task Seventy_thirty_replaces_the_order_sellers()
    {
        IList<OrderSellerAssignment>? inserted = null;
        _assignments.Setup(repository => repository.InsertAsync(It.IsAny<IList<OrderSellerAssignment>>(), It.IsAny<bool>()))
            .Callback((IList<OrderSellerAssignment> rows, bool _) => inserted = rows)
            .Returns(Task.CompletedTask);

        var problems = await _service.SaveSellersAsync(11, [(5, 70m), (6, 30m)]);

        Assert.That(problems, Is.Empty);
        _assignments.Verify(repository => repository.DeleteAsync(It.IsAny<System.Linq.Expressions.Expression<Func<OrderSellerAssignment, bool>>>()), Times.Once);
        Assert.That(inserted!.Select(row => (row.OrderId, row.StaffCustomerId, row.Split)),
            Is.EqualTo(new[] { (11, 5, 70m), (11, 6, 30m) }));
    }
}
