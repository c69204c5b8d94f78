using Nop.Core.Domain.Messages;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Installs the two dispute message templates (to the office, to the staff member; their texts in each language:
/// <see cref="MessageTemplateLocalizer"/>); the store can edit them in Content › Message templates.
/// </summary>
public class DisputeMessageTemplateInstaller
{
    /// <summary>The template sent to the office when a staff member opens or answers a dispute.</summary>
    public const string OfficeTemplateSystemName = "SalesCommission.Dispute.OfficeNotification";

    /// <summary>The template sent to the staff member when the office answers, resolves or refuses.</summary>
    public const string StaffTemplateSystemName = "SalesCommission.Dispute.StaffNotification";

    /// <summary>The dispute tokens the templates may use.</summary>
    public static readonly string[] Tokens =
    [
        "%CommissionDispute.Reference%", "%CommissionDispute.Order%", "%CommissionDispute.Staff%", "%CommissionDispute.Status%",
        "%CommissionDispute.Message%", "%CommissionDispute.URL%"
    ];

    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly IEmailAccountService _emailAccountService;
    private readonly IMessageTemplateService _messageTemplateService;
    private readonly MessageTemplateLocalizer _messageTemplateLocalizer;

    /// <summary>Creates the installer.</summary>
    public DisputeMessageTemplateInstaller(EmailAccountSettings emailAccountSettings,
        IEmailAccountService emailAccountService,
        IMessageTemplateService messageTemplateService,
        MessageTemplateLocalizer messageTemplateLocalizer)
    {
        _emailAccountSettings = emailAccountSettings;
        _emailAccountService = emailAccountService;
        _messageTemplateService = messageTemplateService;
        _messageTemplateLocalizer = messageTemplateLocalizer;
    }

    private async Task InstallAsync(string name)
    {
        if ((await _messageTemplateService.GetMessageTemplatesByNameAsync(name)).Any())
            return;

        var emailAccount = await _emailAccountService.GetEmailAccountByIdAsync(_emailAccountSettings.DefaultEmailAccountId)
            ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault()
            ?? throw new InvalidOperationException("The store has no email account for the dispute message templates.");
        var (subject, body) = await _messageTemplateLocalizer.GetEnglishTextsAsync(name);
        await _messageTemplateService.InsertMessageTemplateAsync(new MessageTemplate
        {
            Name = name,
            Subject = subject,
            Body = body,
            IsActive = true,
            EmailAccountId = emailAccount.Id
        });
    }

    /// <summary>Adds the templates unless they exist (a reinstall keeps the store's edits).</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task InstallAsync()
    {
        await InstallAsync(OfficeTemplateSystemName);
        await InstallAsync(StaffTemplateSystemName);
    }

    /// <summary>Deletes the templates.</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task UninstallAsync()
    {
        foreach (var name in new[] { OfficeTemplateSystemName, StaffTemplateSystemName })
        {
            foreach (var template in await _messageTemplateService.GetMessageTemplatesByNameAsync(name))
                await _messageTemplateService.DeleteMessageTemplateAsync(template);
        }
    }
}
