using Nop.Core.Domain.Localization;
using Nop.Core.Events;
using Nop.Services.Events;
using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Gives a language added after the plugin was installed the plugin's texts, so its pages never show resource keys, and
/// its e-mails' subjects and bodies.
/// </summary>
public class LanguageEventConsumer : IConsumer<EntityInsertedEvent<Language>>
{
    #region Fields

    private readonly IPluginService _pluginService;
    private readonly LocaleResourceInstaller _localeResourceInstaller;
    private readonly MessageTemplateLocalizer _messageTemplateLocalizer;

    #endregion

    #region Ctor

    /// <summary>Creates the consumer.</summary>
    public LanguageEventConsumer(IPluginService pluginService, LocaleResourceInstaller localeResourceInstaller,
        MessageTemplateLocalizer messageTemplateLocalizer)
    {
        _messageTemplateLocalizer = messageTemplateLocalizer;
        _pluginService = pluginService;
        _localeResourceInstaller = localeResourceInstaller;
    }

    #endregion

    #region Methods

    /// <summary>Loads the plugin's texts and its message templates' texts into the new language when the plugin is installed.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async Task HandleEventAsync(EntityInsertedEvent<Language> eventMessage)
    {
        ArgumentNullException.ThrowIfNull(eventMessage);

        //consumers run for a plugin that is only queued for installation too; its install loads every language anyway
        if (await _pluginService.GetPluginDescriptorBySystemNameAsync<IPlugin>(SalesCommissionDefaults.SystemName,
                LoadPluginsMode.InstalledOnly) is null)
            return;

        await _localeResourceInstaller.InstallAsync(eventMessage.Entity);
        await _messageTemplateLocalizer.LocalizeAsync(eventMessage.Entity);
    }

    #endregion
}
