using System.Globalization;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Messages;
using Nop.Core.Events;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Events;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// E-mails a staff member when one of their receipts is paid, once per receipt: the receipt remembers the sending
/// in a generic attribute, so a later update of a paid receipt (or a second event) sends nothing.
/// </summary>
public class ReceiptPaidNotificationConsumer : IConsumer<EntityUpdatedEvent<CommissionReceipt>>
{
    /// <summary>The generic attribute that records the sending on the receipt.</summary>
    public const string NotifiedAttribute = "SalesCommission.ReceiptPaidNotified";

    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly ICustomerService _customerService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IEmailAccountService _emailAccountService;
    private readonly IEventPublisher _eventPublisher;
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly ILanguageService _languageService;
    private readonly IMessageTemplateService _messageTemplateService;
    private readonly IMessageTokenProvider _messageTokenProvider;
    private readonly IMoneyFormat _moneyFormat;
    private readonly INopUrlHelper _nopUrlHelper;
    private readonly IStoreContext _storeContext;
    private readonly IWebHelper _webHelper;
    private readonly IWorkflowMessageService _workflowMessageService;

    /// <summary>Creates the consumer.</summary>
    public ReceiptPaidNotificationConsumer(EmailAccountSettings emailAccountSettings,
        ICustomerService customerService,
        IDateTimeHelper dateTimeHelper,
        IEmailAccountService emailAccountService,
        IEventPublisher eventPublisher,
        IGenericAttributeService genericAttributeService,
        ILanguageService languageService,
        IMessageTemplateService messageTemplateService,
        IMessageTokenProvider messageTokenProvider,
        IMoneyFormat moneyFormat,
        INopUrlHelper nopUrlHelper,
        IStoreContext storeContext,
        IWebHelper webHelper,
        IWorkflowMessageService workflowMessageService)
    {
        _emailAccountSettings = emailAccountSettings;
        _customerService = customerService;
        _dateTimeHelper = dateTimeHelper;
        _emailAccountService = emailAccountService;
        _eventPublisher = eventPublisher;
        _genericAttributeService = genericAttributeService;
        _languageService = languageService;
        _messageTemplateService = messageTemplateService;
        _messageTokenProvider = messageTokenProvider;
        _moneyFormat = moneyFormat;
        _nopUrlHelper = nopUrlHelper;
        _storeContext = storeContext;
        _webHelper = webHelper;
        _workflowMessageService = workflowMessageService;
    }

    /// <summary>Sends the e-mail when a staff receipt is paid and was not notified yet.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task HandleEventAsync(EntityUpdatedEvent<CommissionReceipt> eventMessage)
    {
        var receipt = eventMessage.Entity;
        if (receipt.StatusId != (int)ReceiptStatus.Paid || receipt.BeneficiaryTypeId != (int)BeneficiaryType.Staff)
            return;

        if (await _genericAttributeService.GetAttributeAsync<bool>(receipt, NotifiedAttribute))
            return;

        var customer = await _customerService.GetCustomerByIdAsync(receipt.BeneficiaryId);
        if (string.IsNullOrEmpty(customer?.Email))
            return;

        var store = await _storeContext.GetCurrentStoreAsync();
        var templates = (await _messageTemplateService.GetMessageTemplatesByNameAsync(ReceiptPaidMessageTemplateInstaller.TemplateSystemName, store.Id))
            .Where(template => template.IsActive)
            .ToList();
        if (templates.Count == 0)
            return;

        var languages = await _languageService.GetAllLanguagesAsync(storeId: store.Id);
        var language = languages.FirstOrDefault(candidate => candidate.Id == customer.LanguageId) ?? languages.First();
        var name = await _customerService.GetCustomerFullNameAsync(customer);
        foreach (var template in templates)
        {
            var emailAccount = await _emailAccountService.GetEmailAccountByIdAsync(template.EmailAccountId)
                ?? await _emailAccountService.GetEmailAccountByIdAsync(_emailAccountSettings.DefaultEmailAccountId);
            var tokens = new List<Token>();
            await _messageTokenProvider.AddStoreTokensAsync(tokens, store, emailAccount, language.Id);
            await _messageTokenProvider.AddCustomerTokensAsync(tokens, customer);
            await AddReceiptTokensAsync(tokens, receipt, customer, language.LanguageCulture);
            await _eventPublisher.MessageTokensAddedAsync(template, tokens);

            await _workflowMessageService.SendNotificationAsync(template, emailAccount, language.Id, tokens, customer.Email, name);
        }

        await _genericAttributeService.SaveAttributeAsync(receipt, NotifiedAttribute, true);
    }

    private async Task AddReceiptTokensAsync(IList<Token> tokens, CommissionReceipt receipt, Customer customer, string culture)
    {
        var timeZone = await _dateTimeHelper.GetCustomerTimeZoneAsync(customer);
        var paidOn = receipt.PaidOnUtc is { } paidOnUtc
            ? _dateTimeHelper.ConvertToUserTime(paidOnUtc, TimeZoneInfo.Utc, timeZone).ToString("D", new CultureInfo(culture))
            : string.Empty;

        tokens.Add(new Token("CommissionReceipt.Number", receipt.Number));
        tokens.Add(new Token("CommissionReceipt.Total", await _moneyFormat.FormatAsync(receipt.Total)));
        tokens.Add(new Token("CommissionReceipt.PaidOn", paidOn));
        tokens.Add(new Token("CommissionReceipt.PaymentMethod", receipt.PaymentMethod));
        tokens.Add(new Token("CommissionReceipt.PaymentReference", receipt.PaymentReference));
        tokens.Add(new Token("CommissionReceipt.URL",
            _nopUrlHelper.RouteUrl(SalesCommissionDefaults.ReceiptStatementRouteName, new { receiptId = receipt.Id }, _webHelper.GetCurrentRequestProtocol())));
    }
}
