using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Localization;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Localization;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Lifecycle;

/// <summary>A language added after the plugin was installed gets every one of the plugin's texts, in its own culture where the plugin ships it.</summary>
[TestFixture]
public sealed class LanguageAddedLaterTests : PluginHostTest
{
    private static Dictionary<string, string> Shipped(string culture)
    {
        var folder = Path.Combine(Path.GetDirectoryName(typeof(LocaleResourceInstaller).Assembly.Location)!, "Localization");
        var resources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(folder, $"*{culture}.xml").Where(file =>
                     Path.GetFileName(file) == $"{culture}.xml" || Path.GetFileName(file).EndsWith($".{culture}.xml", StringComparison.Ordinal)))
        {
            foreach (var (name, value) in LocaleResources.Parse(File.ReadAllText(file)))
                resources[name] = value;
        }

        return resources;
    }

    [Test]
    public async Task A_language_added_while_the_hosts_language_list_is_cached_gets_every_text_in_its_culture()
    {
        var languageService = Resolve<ILanguageService>();
        //the host's cached list of languages, as a running store has it when the new language's event reaches the plugin
        //before the host's own cache consumer
        _ = await languageService.GetAllLanguagesAsync(showHidden: true);
        var chinese = new Language { Name = "简体中文 (test)", LanguageCulture = "zh-CN", UniqueSeoCode = "zc", Published = true, DisplayOrder = 95 };
        await Resolve<IRepository<Language>>().InsertAsync(chinese, publishEvent: false);

        await ActivatorUtilities.CreateInstance<LanguageEventConsumer>(Store).HandleEventAsync(new EntityInsertedEvent<Language>(chinese));

        var english = Shipped("en");
        var ownTexts = Shipped("zh-Hans");
        Assert.That(english, Is.Not.Empty);
        var localization = Resolve<ILocalizationService>();
        var missing = new List<string>();
        foreach (var key in english.Keys)
        {
            var expected = ownTexts.TryGetValue(key, out var own) ? own : english[key];
            var actual = await localization.GetResourceAsync(key, chinese.Id, logIfNotFound: false, defaultValue: string.Empty, returnEmptyIfNotFound: true);
            if (actual != expected)
                missing.Add(key);
        }

        Assert.That(missing, Is.Empty, $"{missing.Count} of {english.Count} texts missing or not in the language's culture");
        Assert.That(await localization.GetResourceAsync("Plugins.Misc.SalesCommission.Programs.Fields.Name", chinese.Id), Is.EqualTo("名称"));
    }
}
