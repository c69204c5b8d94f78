using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Sends the dispute message templates: to the office's e-mail account, or to the staff member.</summary>
public class DisputeNotifier : IDisputeNotifier
{
    #region Fields

    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly ICustomerService _customerService;
    private readonly IEmailAccountService _emailAccountService;
    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly IMessageTemplateService _messageTemplateService;
    private readonly IMessageTokenProvider _messageTokenProvider;
    private readonly IOrderService _orderService;
    private readonly IStoreContext _storeContext;
    private readonly IWebHelper _webHelper;
    private readonly IWorkflowMessageService _workflowMessageService;

    #endregion

    #region Ctor

    /// <summary>Creates the notifier.</summary>
    public DisputeNotifier(EmailAccountSettings emailAccountSettings,
        ICustomerService customerService,
        IEmailAccountService emailAccountService,
        ILanguageService languageService,
        ILocalizationService localizationService,
        IMessageTemplateService messageTemplateService,
        IMessageTokenProvider messageTokenProvider,
        IOrderService orderService,
        IStoreContext storeContext,
        IWebHelper webHelper,
        IWorkflowMessageService workflowMessageService)
    {
        _emailAccountSettings = emailAccountSettings;
        _customerService = customerService;
        _emailAccountService = emailAccountService;
        _languageService = languageService;
        _localizationService = localizationService;
        _messageTemplateService = messageTemplateService;
        _messageTokenProvider = messageTokenProvider;
        _orderService = orderService;
        _storeContext = storeContext;
        _webHelper = webHelper;
        _workflowMessageService = workflowMessageService;
    }

    #endregion

    #region Utilities

    private async Task SendAsync(string templateName, CommissionDispute dispute, string message, Customer staff, bool toStaff, string url)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var templates = (await _messageTemplateService.GetMessageTemplatesByNameAsync(templateName, store.Id))
            .Where(template => template.IsActive)
            .ToList();
        if (templates.Count == 0 || staff is null)
            return;

        var languages = await _languageService.GetAllLanguagesAsync(storeId: store.Id);
        var language = (toStaff ? languages.FirstOrDefault(candidate => candidate.Id == staff.LanguageId) : null) ?? languages.First();
        var staffName = await _customerService.GetStaffNameAsync(staff);
        var order = await _orderService.GetOrderByIdAsync(dispute.OrderId);
        foreach (var template in templates)
        {
            var emailAccount = await _emailAccountService.GetEmailAccountByIdAsync(template.EmailAccountId)
                ?? await _emailAccountService.GetEmailAccountByIdAsync(_emailAccountSettings.DefaultEmailAccountId);
            if (emailAccount is null)
                continue;

            var tokens = new List<Token>();
            await _messageTokenProvider.AddStoreTokensAsync(tokens, store, emailAccount, language.Id);
            await _messageTokenProvider.AddCustomerTokensAsync(tokens, staff);
            tokens.Add(new Token("CommissionDispute.Reference", DisputeReference.Of(dispute.Id)));
            tokens.Add(new Token("CommissionDispute.Order", order?.CustomOrderNumber ?? dispute.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            tokens.Add(new Token("CommissionDispute.Staff", staffName));
            tokens.Add(new Token("CommissionDispute.Status", await _localizationService.GetLocalizedEnumAsync(dispute.Status, language.Id)));
            tokens.Add(new Token("CommissionDispute.Message", message));
            tokens.Add(new Token("CommissionDispute.URL", url));

            var (email, name) = toStaff ? (staff.Email, staffName) : (emailAccount.Email, emailAccount.DisplayName);
            if (!string.IsNullOrEmpty(email))
                await _workflowMessageService.SendNotificationAsync(template, emailAccount, language.Id, tokens, email, name);
        }
    }

    private string Url(string path) => _webHelper.GetStoreLocation().TrimEnd('/') + path;

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task NotifyOfficeAsync(CommissionDispute dispute, string message)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        var staff = await _customerService.GetCustomerByIdAsync(dispute.StaffCustomerId);
        await SendAsync(DisputeMessageTemplateInstaller.OfficeTemplateSystemName, dispute, message, staff, false,
            Url($"/Admin/CommissionDispute/Details/{dispute.Id}"));
    }

    /// <inheritdoc />
    public virtual async Task NotifyStaffAsync(CommissionDispute dispute, string message)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        var staff = await _customerService.GetCustomerByIdAsync(dispute.StaffCustomerId);
        await SendAsync(DisputeMessageTemplateInstaller.StaffTemplateSystemName, dispute, message, staff, true,
            Url($"/customer/commissions/dispute/{dispute.Id}"));
    }

    #endregion
}
