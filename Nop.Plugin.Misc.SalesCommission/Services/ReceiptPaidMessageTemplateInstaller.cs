using Nop.Core.Domain.Messages;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Installs the message template that tells a staff member their receipt was paid (its texts in each language:
/// <see cref="MessageTemplateLocalizer"/>); the store can edit it in Content › Message templates.
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
    private readonly MessageTemplateLocalizer _messageTemplateLocalizer;

    /// <summary>Creates the installer.</summary>
    public ReceiptPaidMessageTemplateInstaller(EmailAccountSettings emailAccountSettings,
        IEmailAccountService emailAccountService,
        IMessageTemplateService messageTemplateService,
        MessageTemplateLocalizer messageTemplateLocalizer)
    {
        _emailAccountSettings = emailAccountSettings;
        _emailAccountService = emailAccountService;
        _messageTemplateService = messageTemplateService;
        _messageTemplateLocalizer = messageTemplateLocalizer;
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
        var (subject, body) = await _messageTemplateLocalizer.GetEnglishTextsAsync(TemplateSystemName);

        await _messageTemplateService.InsertMessageTemplateAsync(new MessageTemplate
        {
            Name = TemplateSystemName,
            Subject = subject,
            Body = body,
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
