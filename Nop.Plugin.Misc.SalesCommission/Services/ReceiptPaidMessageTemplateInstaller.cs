using Nop.Core.Domain.Messages;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Installs the message template that tells a staff member their receipt was paid; the store can edit it in
/// Content › Message templates.
/// </summary>
public class ReceiptPaidMessageTemplateInstaller
{
    /// <summary>The message template's system name.</summary>
    public const string TemplateSystemName = "SalesCommission.ReceiptPaid.StaffNotification";

    /// <summary>The receipt tokens the template may use.</summary>
    public static readonly string[] Tokens =
    [
        "%CommissionReceipt.Number%", "%CommissionReceipt.Total%", "%CommissionReceipt.PaidOn%",
        "%CommissionReceipt.PaymentMethod%", "%CommissionReceipt.PaymentReference%", "%CommissionReceipt.URL%"
    ];

    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly IEmailAccountService _emailAccountService;
    private readonly IMessageTemplateService _messageTemplateService;

    /// <summary>Creates the installer.</summary>
    public ReceiptPaidMessageTemplateInstaller(EmailAccountSettings emailAccountSettings,
        IEmailAccountService emailAccountService,
        IMessageTemplateService messageTemplateService)
    {
        _emailAccountSettings = emailAccountSettings;
        _emailAccountService = emailAccountService;
        _messageTemplateService = messageTemplateService;
    }

    /// <summary>Adds the template unless it exists (a reinstall keeps the store's edits).</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task InstallAsync()
    {
        if ((await _messageTemplateService.GetMessageTemplatesByNameAsync(TemplateSystemName)).Any())
            return;

        var emailAccount = await _emailAccountService.GetEmailAccountByIdAsync(_emailAccountSettings.DefaultEmailAccountId)
            ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault()
            ?? throw new InvalidOperationException("The store has no email account for the receipt-paid message template.");
        var newLine = Environment.NewLine;

        await _messageTemplateService.InsertMessageTemplateAsync(new MessageTemplate
        {
            Name = TemplateSystemName,
            Subject = "%Store.Name%. Commission receipt %CommissionReceipt.Number% paid",
            Body = $"<p>{newLine}<a href=\"%Store.URL%\">%Store.Name%</a>{newLine}<br />{newLine}<br />{newLine}" +
                   $"Hello %Customer.FullName%,{newLine}<br />{newLine}<br />{newLine}" +
                   $"your commission receipt %CommissionReceipt.Number% of %CommissionReceipt.Total% was paid on %CommissionReceipt.PaidOn%.{newLine}<br />{newLine}" +
                   $"Payment method: %CommissionReceipt.PaymentMethod%{newLine}<br />{newLine}" +
                   $"Payment reference: %CommissionReceipt.PaymentReference%{newLine}<br />{newLine}<br />{newLine}" +
                   $"See the statement on <a href=\"%CommissionReceipt.URL%\">your commission page</a>.{newLine}</p>{newLine}",
            IsActive = true,
            EmailAccountId = emailAccount.Id
        });
    }

    /// <summary>Deletes the template.</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task UninstallAsync()
    {
        foreach (var template in await _messageTemplateService.GetMessageTemplatesByNameAsync(TemplateSystemName))
            await _messageTemplateService.DeleteMessageTemplateAsync(template);
    }
}
