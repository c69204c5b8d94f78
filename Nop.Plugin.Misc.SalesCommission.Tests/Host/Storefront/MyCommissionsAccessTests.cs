using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.SalesCommission.Controllers;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Storefront;

/// <summary>
/// Who sees what on "My commissions" and receipt statements: rep 5 reports to manager 6, rep 7 is a peer of 6,
/// customer 4 is a client (not staff). The controller runs with the real team visibility and mocked data.
/// </summary>
[TestFixture]
public sealed class MyCommissionsAccessTests
{
    private const int Client = 4;
    private const int Rep = 5;
    private const int Manager = 6;
    private const int OtherRep = 7;
    private const int RepReceiptId = 50;
    private const int OtherRepReceiptId = 70;

    private Mock<IRepStatementModelFactory> _factory = null!;

    private CommissionCustomerController ControllerFor(int customerId, bool registered = true)
    {
        var customer = new Customer { Id = customerId };
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(context => context.GetCurrentCustomerAsync()).ReturnsAsync(customer);
        var customerService = new Mock<ICustomerService>();
        customerService.Setup(service => service.IsRegisteredAsync(customer, true)).ReturnsAsync(registered);

        var visibility = new TeamVisibility(
            [new StaffMember("5", "6"), new StaffMember("6", null), new StaffMember("7", null)], ["5", "6", "7"]);
        var statements = new Mock<IRepStatementService>();
        statements.Setup(service => service.GetTeamVisibilityAsync()).ReturnsAsync(visibility);
        statements.Setup(service => service.GetStatementReceiptAsync(RepReceiptId))
            .ReturnsAsync(new CommissionReceipt { Id = RepReceiptId, BeneficiaryId = Rep });
        statements.Setup(service => service.GetStatementReceiptAsync(OtherRepReceiptId))
            .ReturnsAsync(new CommissionReceipt { Id = OtherRepReceiptId, BeneficiaryId = OtherRep });

        _factory = new Mock<IRepStatementModelFactory>();
        _factory.Setup(factory => factory.PrepareMyCommissionsModelAsync(It.IsAny<int>(), It.IsAny<int>(), visibility, It.IsAny<int>()))
            .ReturnsAsync((int _, int staffId, TeamVisibility _, int _) => new MyCommissionsModel { StaffCustomerId = staffId });
        _factory.Setup(factory => factory.PrepareReceiptStatementModelAsync(It.IsAny<CommissionReceipt>()))
            .ReturnsAsync((CommissionReceipt receipt) => new ReceiptStatementModel { Id = receipt.Id });

        return new CommissionCustomerController(customerService.Object, _factory.Object, statements.Object, workContext.Object);
    }

    [Test]
    public async Task A_guest_is_sent_to_log_in()
    {
        var controller = ControllerFor(1, registered: false);

        Assert.That(await controller.MyCommissions(null), Is.InstanceOf<ChallengeResult>());
        Assert.That(await controller.ReceiptStatement(RepReceiptId), Is.InstanceOf<ChallengeResult>());
    }

    [Test]
    public async Task A_client_who_is_not_staff_gets_page_not_found()
    {
        var controller = ControllerFor(Client);

        Assert.That(await controller.MyCommissions(null), Is.InstanceOf<NotFoundResult>());
        Assert.That(await controller.MyCommissions(Rep), Is.InstanceOf<NotFoundResult>());
        Assert.That(await controller.ReceiptStatement(RepReceiptId), Is.InstanceOf<NotFoundResult>());
    }

    [Test]
    public async Task A_rep_sees_their_own_commissions_and_receipt()
    {
        var controller = ControllerFor(Rep);

        //the controller's view data holds one model at a time, so each page is read before the next is asked for
        var page = (await controller.MyCommissions(null) as ViewResult)?.Model as MyCommissionsModel;
        var statement = (await controller.ReceiptStatement(RepReceiptId) as ViewResult)?.Model as ReceiptStatementModel;

        Assert.That(page?.StaffCustomerId, Is.EqualTo(Rep));
        Assert.That(statement?.Id, Is.EqualTo(RepReceiptId));
    }

    [Test]
    public async Task A_rep_asking_for_another_rep_or_their_manager_gets_page_not_found()
    {
        var controller = ControllerFor(Rep);

        Assert.That(await controller.MyCommissions(OtherRep), Is.InstanceOf<NotFoundResult>());
        Assert.That(await controller.MyCommissions(Manager), Is.InstanceOf<NotFoundResult>());
        Assert.That(await controller.ReceiptStatement(OtherRepReceiptId), Is.InstanceOf<NotFoundResult>());
        _factory.Verify(factory => factory.PrepareMyCommissionsModelAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<TeamVisibility>(), It.IsAny<int>()), Times.Never);
    }

    [Test]
    public async Task A_manager_sees_a_team_member_and_their_receipt_but_not_a_peer()
    {
        var controller = ControllerFor(Manager);

        var member = (await controller.MyCommissions(Rep) as ViewResult)?.Model as MyCommissionsModel;

        Assert.That(member?.StaffCustomerId, Is.EqualTo(Rep));
        Assert.That(await controller.ReceiptStatement(RepReceiptId), Is.InstanceOf<ViewResult>());
        Assert.That(await controller.MyCommissions(OtherRep), Is.InstanceOf<NotFoundResult>());
        Assert.That(await controller.ReceiptStatement(OtherRepReceiptId), Is.InstanceOf<NotFoundResult>());
    }

    [Test]
    public async Task A_receipt_that_is_not_a_staff_statement_is_page_not_found()
    {
        var controller = ControllerFor(Rep);

        Assert.That(await controller.ReceiptStatement(999), Is.InstanceOf<NotFoundResult>());
    }
}
