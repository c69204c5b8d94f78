using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Controllers;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using Nop.Services.Localization;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Storefront;

/// <summary>
/// A rep sees and disputes only their own entries: rep 5 and rep 7 are peers, 6 is 5's manager, customer 4 is a
/// client. The controller runs with the real team visibility and mocked data; nothing is written when access fails.
/// </summary>
[TestFixture]
public sealed class DisputeAccessTests
{
    private const int Client = 4;
    private const int Rep = 5;
    private const int Manager = 6;
    private const int OtherRep = 7;
    private const int RepEntryId = 50;
    private const int OtherRepEntryId = 70;
    private const int RepDisputeId = 500;
    private const int OtherRepDisputeId = 700;

    private Mock<IDisputeService> _disputes = null!;

    private CommissionDisputeCustomerController ControllerFor(int customerId, bool registered = true)
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

        var entries = new Mock<IRepository<CommissionEntry>>();
        entries.Setup(repository => repository.GetByIdAsync(RepEntryId, It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .ReturnsAsync(new CommissionEntry { Id = RepEntryId, BeneficiaryType = BeneficiaryType.Staff, BeneficiaryId = Rep, OrderId = 1 });
        entries.Setup(repository => repository.GetByIdAsync(OtherRepEntryId, It.IsAny<Func<ICacheKeyService, CacheKey>>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .ReturnsAsync(new CommissionEntry { Id = OtherRepEntryId, BeneficiaryType = BeneficiaryType.Staff, BeneficiaryId = OtherRep, OrderId = 2 });

        _disputes = new Mock<IDisputeService>();
        _disputes.Setup(service => service.GetDisputeAsync(RepDisputeId)).ReturnsAsync(new CommissionDispute { Id = RepDisputeId, StaffCustomerId = Rep });
        _disputes.Setup(service => service.GetDisputeAsync(OtherRepDisputeId)).ReturnsAsync(new CommissionDispute { Id = OtherRepDisputeId, StaffCustomerId = OtherRep });

        var factory = new Mock<IDisputeModelFactory>();
        factory.Setup(f => f.PrepareDisputeThreadModelAsync(It.IsAny<CommissionDispute>(), It.IsAny<string>()))
            .ReturnsAsync((CommissionDispute dispute, string _) => new DisputeThreadModel { Id = dispute.Id });
        factory.Setup(f => f.PrepareDisputeFormModelAsync(It.IsAny<DisputeFormModel>(), It.IsAny<CommissionEntry>()))
            .ReturnsAsync((DisputeFormModel model, CommissionEntry entry) => model with { EntryId = entry?.Id });
        factory.Setup(f => f.PrepareMyDisputesModelAsync(It.IsAny<int>())).ReturnsAsync(new MyDisputesModel());

        return new CommissionDisputeCustomerController(customerService.Object, factory.Object, _disputes.Object,
            new Mock<ILocalizationService>().Object, entries.Object, statements.Object, workContext.Object);
    }

    [Test]
    public async Task A_rep_reads_their_own_dispute()
    {
        var result = await ControllerFor(Rep).Dispute(RepDisputeId);

        Assert.That(((result as ViewResult)?.Model as DisputeThreadModel)?.Id, Is.EqualTo(RepDisputeId));
    }

    [Test]
    public async Task A_rep_cannot_read_another_rep_s_dispute()
    {
        Assert.That(await ControllerFor(Rep).Dispute(OtherRepDisputeId), Is.InstanceOf<NotFoundResult>());
    }

    [Test]
    public async Task Not_even_their_manager_reads_a_rep_s_dispute()
    {
        Assert.That(await ControllerFor(Manager).Dispute(RepDisputeId), Is.InstanceOf<NotFoundResult>());
    }

    [Test]
    public async Task A_rep_cannot_answer_another_rep_s_dispute_and_nothing_is_written()
    {
        var result = await ControllerFor(Rep).Dispute(OtherRepDisputeId, new DisputeThreadModel { Text = "I agree" });

        Assert.That(result, Is.InstanceOf<NotFoundResult>());
        _disputes.Verify(service => service.ReplyAsync(It.IsAny<CommissionDispute>(), It.IsAny<int>(), It.IsAny<string>()), Times.Never);
    }

    [Test]
    public async Task A_rep_cannot_question_another_rep_s_entry_and_nothing_is_written()
    {
        var controller = ControllerFor(Rep);

        Assert.That(await controller.OpenDispute(OtherRepEntryId), Is.InstanceOf<NotFoundResult>());
        Assert.That(await controller.OpenDispute(new DisputeFormModel { EntryId = OtherRepEntryId, Comment = "mine?" }), Is.InstanceOf<NotFoundResult>());
        _disputes.Verify(service => service.OpenAboutEntryAsync(It.IsAny<int>(), It.IsAny<int>(), It.IsAny<string>()), Times.Never);
    }

    [Test]
    public async Task A_rep_questions_their_own_entry()
    {
        var result = await ControllerFor(Rep).OpenDispute(RepEntryId);

        Assert.That(((result as ViewResult)?.Model as DisputeFormModel)?.EntryId, Is.EqualTo(RepEntryId));
    }

    [Test]
    public async Task A_client_who_is_not_staff_gets_page_not_found_and_a_guest_is_sent_to_log_in()
    {
        Assert.That(await ControllerFor(Client).MyDisputes(), Is.InstanceOf<NotFoundResult>());
        Assert.That(await ControllerFor(Client).OpenDispute((int?)null), Is.InstanceOf<NotFoundResult>());
        Assert.That(await ControllerFor(1, registered: false).MyDisputes(), Is.InstanceOf<ChallengeResult>());
    }
}
