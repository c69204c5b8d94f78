using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Caching;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Messages;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>
/// The plugin's e-mails (receipt paid, the two dispute notifications) are stored with their message templates in every
/// language, from the plugin's texts: at install and for a language added later; a Danish rep is e-mailed in Danish.
/// </summary>
[TestFixture]
public sealed partial class MessageTemplateLanguageTests : PluginHostTest
{
    private const string Prefix = "Plugins.Misc.SalesCommission.MessageTemplates.";

    private static readonly (string Template, string Texts)[] Templates =
    [
        (ReceiptPaidMessageTemplateInstaller.TemplateSystemName, Prefix + "ReceiptPaid"),
        (DisputeMessageTemplateInstaller.OfficeTemplateSystemName, Prefix + "Dispute.Office"),
        (DisputeMessageTemplateInstaller.StaffTemplateSystemName, Prefix + "Dispute.Staff")
    ];

    [GeneratedRegex("%[A-Za-z.]+%")]
    private static partial Regex TokenPattern();

    private static Dictionary<string, string> Shipped(string culture)
    {
        var file = Path.Combine(Path.GetDirectoryName(typeof(LocaleResourceInstaller).Assembly.Location)!, "Localization",
            $"MessageTemplates.{culture}.xml");
        return LocaleResources.Parse(File.ReadAllText(file));
    }

    /// <summary>A language of the store, added without the plugin hearing of it.</summary>
    private static async Task<Language> LanguageAsync(string culture, string seoCode)
    {
        var language = new Language { Name = $"{culture} (test {seoCode})", LanguageCulture = culture, UniqueSeoCode = seoCode, Published = true, DisplayOrder = 90 };
        await Resolve<IRepository<Language>>().InsertAsync(language, publishEvent: false);
        //the store's list of languages as it stands when the plugin is installed (the language was added long before)
        await Resolve<IStaticCacheManager>().RemoveByPrefixAsync(NopEntityCacheDefaults<Language>.Prefix);
        return language;
    }

    /// <summary>The templates as the plugin's install leaves them: inserted in English, then stored in every language.</summary>
    private static async Task InstallTemplatesAsync()
    {
        await Resolve<ReceiptPaidMessageTemplateInstaller>().InstallAsync();
        await Resolve<DisputeMessageTemplateInstaller>().InstallAsync();
        await Resolve<MessageTemplateLocalizer>().LocalizeAsync();
    }

    private static async Task<(string Subject, string Body)> TextsAsync(string templateName, int languageId)
    {
        var template = (await Resolve<IMessageTemplateService>().GetMessageTemplatesByNameAsync(templateName)).Single();
        var localization = Resolve<ILocalizationService>();
        return (await localization.GetLocalizedAsync(template, t => t.Subject, languageId, false, false),
            await localization.GetLocalizedAsync(template, t => t.Body, languageId, false, false));
    }

    private static IEnumerable<string> TokensOf(string text) => TokenPattern().Matches(text).Select(match => match.Value).Order();

    [Test]
    public async Task A_Danish_language_present_at_install_gets_every_template_s_Danish_subject_and_body()
    {
        var danish = await LanguageAsync("da-DK", "d1");

        await InstallTemplatesAsync();

        var shipped = Shipped("da");
        foreach (var (template, texts) in Templates)
            Assert.That(await TextsAsync(template, danish.Id), Is.EqualTo((shipped[texts + ".Subject"], shipped[texts + ".Body"])), template);
    }

    [Test]
    public async Task A_language_added_later_gets_its_own_texts_or_English()
    {
        await InstallTemplatesAsync();
        var chinese = await LanguageAsync("zh-CN", "z1");
        var german = await LanguageAsync("de-DE", "g1");

        foreach (var language in new[] { chinese, german })
            await ActivatorUtilities.CreateInstance<LanguageEventConsumer>(Store).HandleEventAsync(new EntityInsertedEvent<Language>(language));

        var (chineseSubject, _) = await TextsAsync(ReceiptPaidMessageTemplateInstaller.TemplateSystemName, chinese.Id);
        var (germanSubject, _) = await TextsAsync(ReceiptPaidMessageTemplateInstaller.TemplateSystemName, german.Id);
        Assert.That((chineseSubject, germanSubject),
            Is.EqualTo((Shipped("zh-Hans")[Prefix + "ReceiptPaid.Subject"], Shipped("en")[Prefix + "ReceiptPaid.Subject"])));
    }

    [Test]
    public void Every_translation_keeps_the_English_tokens()
    {
        var english = Shipped("en");
        foreach (var culture in new[] { "da", "zh-Hans" })
        {
            var translated = Shipped(culture);
            foreach (var (key, text) in english)
                Assert.That(TokensOf(translated[key]), Is.EqualTo(TokensOf(text)), $"{key} in {culture}");
        }
    }

    [Test]
    public async Task A_text_the_store_edited_in_a_language_is_kept()
    {
        var danish = await LanguageAsync("da-DK", "d2");
        await InstallTemplatesAsync();
        var template = (await Resolve<IMessageTemplateService>().GetMessageTemplatesByNameAsync(ReceiptPaidMessageTemplateInstaller.TemplateSystemName)).Single();
        await Resolve<ILocalizedEntityService>().SaveLocalizedValueAsync(template, t => t.Subject, "Betalt: %CommissionReceipt.Number%", danish.Id);

        await Resolve<MessageTemplateLocalizer>().LocalizeAsync();

        Assert.That((await TextsAsync(ReceiptPaidMessageTemplateInstaller.TemplateSystemName, danish.Id)).Subject, Is.EqualTo("Betalt: %CommissionReceipt.Number%"));
    }

    [Test]
    public async Task A_rep_whose_language_is_Danish_is_e_mailed_the_paid_receipt_in_Danish()
    {
        var danish = await LanguageAsync("da-DK", "d3");
        await InstallTemplatesAsync();
        var (order, repId) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        var customers = Resolve<ICustomerService>();
        var rep = await customers.GetCustomerByIdAsync(repId);
        rep.LanguageId = danish.Id;
        await customers.UpdateCustomerAsync(rep);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var receipts = Resolve<IReceiptService>();
        var receipt = (await receipts.CreateDraftsAsync(DateTime.UtcNow.AddMinutes(1), BeneficiaryType.Staff, repId)).Single();
        await receipts.ApproveAsync(receipt.Id);

        await receipts.PayAsync(receipt.Id, DateTime.UtcNow, "Bank transfer", "PAY-DA");

        var email = Resolve<IRepository<QueuedEmail>>().Table.Where(queued => queued.To == rep.Email).OrderByDescending(queued => queued.Id).First();
        Assert.That(email.Subject + email.Body, Does.Not.Contain("%"), "every token filled in");
        Assert.That(email.Subject, Does.Contain($"Provisionskvittering {receipt.Number} er betalt"));
        Assert.That(email.Body, Does.Contain("Betalingsreference: PAY-DA"));
    }
}
