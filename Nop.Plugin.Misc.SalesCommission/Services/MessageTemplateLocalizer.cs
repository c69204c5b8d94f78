using System.Linq.Expressions;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Gives the plugin's message templates (receipt paid, the two dispute notifications) their subject and body in each
/// language of the store, stored as the host stores a message template's translations, from the plugin's texts
/// (Localization/MessageTemplates.{culture}.xml; English for a language the plugin ships none for). A language's
/// subject or body the store has already set is kept.
/// </summary>
public class MessageTemplateLocalizer
{
    #region Constants

    private const string TextPrefix = SalesCommissionDefaults.ResourcePrefix + "MessageTemplates.";

    #endregion

    #region Fields

    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly ILocalizedEntityService _localizedEntityService;
    private readonly IMessageTemplateService _messageTemplateService;
    private readonly LocaleResourceInstaller _localeResourceInstaller;

    #endregion

    #region Ctor

    /// <summary>Creates the localizer.</summary>
    public MessageTemplateLocalizer(ILanguageService languageService,
        ILocalizationService localizationService,
        ILocalizedEntityService localizedEntityService,
        IMessageTemplateService messageTemplateService,
        LocaleResourceInstaller localeResourceInstaller)
    {
        _languageService = languageService;
        _localizationService = localizationService;
        _localizedEntityService = localizedEntityService;
        _messageTemplateService = messageTemplateService;
        _localeResourceInstaller = localeResourceInstaller;
    }

    #endregion

    #region Utilities

    /// <summary>The resource key of each template's texts (followed by ".Subject" or ".Body"), by the template's system name.</summary>
    private static readonly IReadOnlyDictionary<string, string> TextKeys = new Dictionary<string, string>
    {
        [ReceiptPaidMessageTemplateInstaller.TemplateSystemName] = TextPrefix + "ReceiptPaid",
        [DisputeMessageTemplateInstaller.OfficeTemplateSystemName] = TextPrefix + "Dispute.Office",
        [DisputeMessageTemplateInstaller.StaffTemplateSystemName] = TextPrefix + "Dispute.Staff"
    };

    private static (string Subject, string Body) TextsOf(IReadOnlyDictionary<string, string> resources, string templateName)
    {
        var key = TextKeys[templateName];
        return (resources[key + ".Subject"], resources[key + ".Body"]);
    }

    private async Task SaveUnlessSetAsync(MessageTemplate template, Expression<Func<MessageTemplate, string>> text, string value, int languageId)
    {
        if (string.IsNullOrEmpty(await _localizationService.GetLocalizedAsync(template, text, languageId, false, false)))
            await _localizedEntityService.SaveLocalizedValueAsync(template, text, value, languageId);
    }

    #endregion

    #region Methods

    /// <summary>A template's English subject and body: the template's own texts when it is installed.</summary>
    /// <param name="templateName">The template's system name.</param>
    /// <returns>A task that represents the asynchronous operation; its result is the subject and body</returns>
    public virtual async Task<(string Subject, string Body)> GetEnglishTextsAsync(string templateName)
    {
        return TextsOf(await _localeResourceInstaller.GetEnglishResourcesAsync(), templateName);
    }

    /// <summary>Stores the templates' texts in every language of the store.</summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task LocalizeAsync()
    {
        foreach (var language in await _languageService.GetAllLanguagesAsync(showHidden: true))
            await LocalizeAsync(language);
    }

    /// <summary>Stores the templates' texts in one language (one added after the plugin was installed).</summary>
    /// <param name="language">The language.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task LocalizeAsync(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);

        var resources = await _localeResourceInstaller.GetResourcesAsync(language);
        foreach (var name in TextKeys.Keys)
        {
            var (subject, body) = TextsOf(resources, name);
            foreach (var template in await _messageTemplateService.GetMessageTemplatesByNameAsync(name))
            {
                await SaveUnlessSetAsync(template, t => t.Subject, subject, language.Id);
                await SaveUnlessSetAsync(template, t => t.Body, body, language.Id);
            }
        }
    }

    /// <summary>Removes the templates' translations (before the templates themselves are deleted).</summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task RemoveAsync()
    {
        var languages = await _languageService.GetAllLanguagesAsync(showHidden: true);
        foreach (var name in TextKeys.Keys)
        {
            foreach (var template in await _messageTemplateService.GetMessageTemplatesByNameAsync(name))
            {
                //the host deletes a translation saved empty
                foreach (var language in languages)
                {
                    await _localizedEntityService.SaveLocalizedValueAsync(template, t => t.Subject, string.Empty, language.Id);
                    await _localizedEntityService.SaveLocalizedValueAsync(template, t => t.Body, string.Empty, language.Id);
                }
            }
        }
    }

    #endregion
}
