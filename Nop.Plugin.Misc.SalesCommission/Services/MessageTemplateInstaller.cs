using Nop.Core.Domain.Messages;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Installs and deletes the plugin's message templates by system name (their texts in each language:
/// <see cref="MessageTemplateLocalizer"/>); the store can edit them in Content › Message templates.
/// </summary>
public class MessageTemplateInstaller
{
    private readonly EmailAccountSettings _emailAccountSettings;
    private readonly IEmailAccountService _emailAccountService;
    private readonly IMessageTemplateService _messageTemplateService;
    private readonly MessageTemplateLocalizer _messageTemplateLocalizer;

    /// <summary>Creates the installer.</summary>
    public MessageTemplateInstaller(EmailAccountSettings emailAccountSettings,
        IEmailAccountService emailAccountService,
        IMessageTemplateService messageTemplateService,
        MessageTemplateLocalizer messageTemplateLocalizer)
    {
        _emailAccountSettings = emailAccountSettings;
        _emailAccountService = emailAccountService;
        _messageTemplateService = messageTemplateService;
        _messageTemplateLocalizer = messageTemplateLocalizer;
    }

    /// <summary>Adds a template, with its English texts and the store's email account, unless it exists (a reinstall keeps the store's edits).</summary>
    /// <param name="name">The template's system name.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task InstallAsync(string name)
    {
        if ((await _messageTemplateService.GetMessageTemplatesByNameAsync(name)).Any())
            return;

        var emailAccount = await _emailAccountService.GetEmailAccountByIdAsync(_emailAccountSettings.DefaultEmailAccountId)
            ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault()
            ?? throw new InvalidOperationException($"The store has no email account for the message template {name}.");
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

    /// <summary>Deletes a template (in every store).</summary>
    /// <param name="name">The template's system name.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task UninstallAsync(string name)
    {
        foreach (var template in await _messageTemplateService.GetMessageTemplatesByNameAsync(name))
            await _messageTemplateService.DeleteMessageTemplateAsync(template);
    }
}
