using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Stores;
using Nop.Core.Events;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework.Mvc.Routing;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Storefront;

/// <summary>The rep gets one e-mail when their receipt is paid, with the receipt's figures, and never a second one.</summary>
[TestFixture]
public sealed class ReceiptPaidNotificationTests
{
    private readonly Customer _rep = new() { Id = 5, Email = "rep@example.com" };
    private Mock<IWorkflowMessageService> _workflow = null!;
    private Mock<IGenericAttributeService> _attributes = null!;
    private List<IList<Token>> _sentTokens = null!;
    private bool _notified;

    private ReceiptPaidNotificationConsumer Consumer()
    {
        _sentTokens = [];
        _notified = false;
        _workflow = new Mock<IWorkflowMessageService>();
        _workflow.Setup(service => service.SendNotificationAsync(It.IsAny<MessageTemplate>(), It.IsAny<EmailAccount>(), It.IsAny<int>(),
                It.IsAny<IList<Token>>(), It.IsAny<string>(), It.IsAny<string>(), null, null, null, null, null, null, null, false))
            .Callback((MessageTemplate _, EmailAccount _, int _, IList<Token> tokens, string _, string _, string _, string _, string _, string _, string _, string _, string _, bool _) => _sentTokens.Add(tokens))
            .ReturnsAsync(1);
        _attributes = new Mock<IGenericAttributeService>();
        _attributes.Setup(service => service.GetAttributeAsync<bool>(It.IsAny<CommissionReceipt>(), ReceiptPaidNotificationConsumer.NotifiedAttribute, 0, false))
            .ReturnsAsync(() => _notified);
        _attributes.Setup(service => service.SaveAttributeAsync(It.IsAny<CommissionReceipt>(), ReceiptPaidNotificationConsumer.NotifiedAttribute, true, 0))
            .Callback(() => _notified = true)
            .Returns(Task.CompletedTask);

        var customers = new Mock<ICustomerService>();
        customers.Setup(service => service.GetCustomerByIdAsync(_rep.Id)).ReturnsAsync(_rep);
        var templates = new Mock<IMessageTemplateService>();
        templates.Setup(service => service.GetMessageTemplatesByNameAsync(ReceiptPaidMessageTemplateInstaller.TemplateSystemName, 1))
            .ReturnsAsync([new MessageTemplate { Name = ReceiptPaidMessageTemplateInstaller.TemplateSystemName, IsActive = true, EmailAccountId = 1 }]);
        var languages = new Mock<ILanguageService>();
        languages.Setup(service => service.GetAllLanguagesAsync(false, 1)).ReturnsAsync([new Language { Id = 1, LanguageCulture = "en-US" }]);
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(context => context.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        var emailAccounts = new Mock<IEmailAccountService>();
        emailAccounts.Setup(service => service.GetEmailAccountByIdAsync(1)).ReturnsAsync(new EmailAccount { Id = 1 });
        var prices = new Mock<IPriceFormatter>();
        prices.Setup(service => service.FormatPriceAsync(It.IsAny<decimal>(), true, It.IsAny<Currency>()))
            .ReturnsAsync((decimal amount, bool _, Currency _) => $"${amount:0.00}");

        return new ReceiptPaidNotificationConsumer(new EmailAccountSettings(),
            customers.Object, Mock.Of<IDateTimeHelper>(), emailAccounts.Object, Mock.Of<IEventPublisher>(), _attributes.Object,
            languages.Object, templates.Object, Mock.Of<IMessageTokenProvider>(),
            new MoneyFormat(new CurrencySettings(), Mock.Of<ICurrencyService>(), prices.Object), Mock.Of<INopUrlHelper>(),
            storeContext.Object, Mock.Of<IWebHelper>(), _workflow.Object);
    }

    private CommissionReceipt Receipt(ReceiptStatus status, BeneficiaryType type = BeneficiaryType.Staff) => new()
    {
        Id = 9, Number = "R-2026-11-0001", BeneficiaryId = _rep.Id, BeneficiaryTypeId = (int)type, StatusId = (int)status,
        Total = 141m, PaidOnUtc = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc), PaymentMethod = "Bank transfer", PaymentReference = "TX-4711"
    };

    [Test]
    public async Task The_rep_gets_an_email_with_the_receipt_figures_when_the_receipt_is_paid()
    {
        var consumer = Consumer();

        await consumer.HandleEventAsync(new EntityUpdatedEvent<CommissionReceipt>(Receipt(ReceiptStatus.Paid)));

        _workflow.Verify(service => service.SendNotificationAsync(It.IsAny<MessageTemplate>(), It.IsAny<EmailAccount>(), 1,
            It.IsAny<IList<Token>>(), "rep@example.com", It.IsAny<string>(), null, null, null, null, null, null, null, false), Times.Once);
        var tokens = _sentTokens.Single().ToDictionary(token => token.Key, token => token.Value?.ToString());
        Assert.That(tokens["CommissionReceipt.Number"], Is.EqualTo("R-2026-11-0001"));
        Assert.That(tokens["CommissionReceipt.Total"], Is.EqualTo("$141.00"));
        Assert.That(tokens["CommissionReceipt.PaymentMethod"], Is.EqualTo("Bank transfer"));
        Assert.That(tokens["CommissionReceipt.PaymentReference"], Is.EqualTo("TX-4711"));
        Assert.That(_notified, Is.True);
    }

    [Test]
    public async Task The_rep_gets_no_second_email_when_a_paid_receipt_is_updated_again()
    {
        var consumer = Consumer();
        var receipt = Receipt(ReceiptStatus.Paid);

        await consumer.HandleEventAsync(new EntityUpdatedEvent<CommissionReceipt>(receipt));
        await consumer.HandleEventAsync(new EntityUpdatedEvent<CommissionReceipt>(receipt));

        Assert.That(_sentTokens, Has.Count.EqualTo(1));
    }

    [TestCase(ReceiptStatus.Draft)]
    [TestCase(ReceiptStatus.Approved)]
    [TestCase(ReceiptStatus.Voided)]
    public async Task No_email_before_the_receipt_is_paid(ReceiptStatus status)
    {
        var consumer = Consumer();

        await consumer.HandleEventAsync(new EntityUpdatedEvent<CommissionReceipt>(Receipt(status)));

        Assert.That(_sentTokens, Is.Empty);
        Assert.That(_notified, Is.False);
    }

    [Test]
    public async Task A_partner_receipt_sends_no_staff_email()
    {
        var consumer = Consumer();

        await consumer.HandleEventAsync(new EntityUpdatedEvent<CommissionReceipt>(Receipt(ReceiptStatus.Paid, BeneficiaryType.Partner)));

        Assert.That(_sentTokens, Is.Empty);
    }
}
