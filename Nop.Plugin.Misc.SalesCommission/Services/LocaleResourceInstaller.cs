using System.Globalization;
using System.Text;
using Nop.Core.Caching;
using Nop.Core.Domain.Localization;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Services.Localization;
using Nop.Services.Plugins;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Loads the plugin's texts into the store's languages: at install into every language, and into a language added
/// later as soon as it is added. A language gets English first, then the strings of the closest culture the plugin
/// ships (Localization/{culture}.xml and every Localization/{area}.{culture}.xml, in the nopCommerce language-pack
/// format), so a language the plugin has no translation for shows English rather than resource keys.
/// </summary>
public class LocaleResourceInstaller
{
    #region Constants

    /// <summary>The culture whose resources every language gets first.</summary>
    public const string FallbackCulture = "en";

    private const string LocalizationFolder = "Localization";

    #endregion

    #region Fields

    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly INopFileProvider _fileProvider;
    private readonly IPluginService _pluginService;
    private readonly IStaticCacheManager _staticCacheManager;

    #endregion

    #region Ctor

    /// <summary>Creates the installer.</summary>
    public LocaleResourceInstaller(ILanguageService languageService,
        ILocalizationService localizationService,
        INopFileProvider fileProvider,
        IPluginService pluginService,
        IStaticCacheManager staticCacheManager)
    {
        _languageService = languageService;
        _localizationService = localizationService;
        _fileProvider = fileProvider;
        _pluginService = pluginService;
        _staticCacheManager = staticCacheManager;
    }

    #endregion

    #region Utilities

    /// <summary>The folder of the resource files: Localization beside the plugin's assembly, wherever it was loaded from.</summary>
    private async Task<string> GetResourceDirectoryAsync()
    {
        var descriptor = await _pluginService.GetPluginDescriptorBySystemNameAsync<IPlugin>(SalesCommissionDefaults.SystemName,
            LoadPluginsMode.All);
        var pluginDirectory = descriptor?.OriginalAssemblyFile is { } assemblyFile
            ? _fileProvider.GetDirectoryName(assemblyFile)
            : _fileProvider.MapPath($"~/Plugins/{SalesCommissionDefaults.SystemName}");

        return _fileProvider.Combine(pluginDirectory, LocalizationFolder);
    }

    /// <summary>Reads the resources of one culture; empty when the plugin ships no file for it.</summary>
    private Dictionary<string, string> LoadResources(string directory, string culture)
    {
        var resources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!_fileProvider.DirectoryExists(directory))
            return resources;

        var files = _fileProvider.GetFiles(directory, "*.xml")
            .Where(path =>
            {
                var name = _fileProvider.GetFileName(path);
                return name.Equals($"{culture}.xml", StringComparison.OrdinalIgnoreCase)
                    || name.EndsWith($".{culture}.xml", StringComparison.OrdinalIgnoreCase);
            })
            .OrderBy(path => path, StringComparer.Ordinal);
        foreach (var path in files)
        {
            foreach (var (name, value) in LocaleResources.Parse(_fileProvider.ReadAllText(path, Encoding.UTF8)))
                resources[name] = value;
        }

        return resources;
    }

    /// <summary>
    /// The cultures a language's resources may come from, most specific first: "zh-CN" gives "zh-CN", "zh-Hans", "zh";
    /// "da-DK" gives "da-DK", "da".
    /// </summary>
    private static List<string> GetCultureChain(string languageCulture)
    {
        var chain = new List<string>();
        if (string.IsNullOrEmpty(languageCulture))
            return chain;

        try
        {
            for (var culture = CultureInfo.GetCultureInfo(languageCulture); !string.IsNullOrEmpty(culture.Name); culture = culture.Parent)
                chain.Add(culture.Name);
        }
        catch (CultureNotFoundException)
        {
            chain.Add(languageCulture);
        }

        var neutral = languageCulture.Split('-')[0];
        if (!chain.Contains(neutral, StringComparer.OrdinalIgnoreCase))
            chain.Add(neutral);

        return chain;
    }

    /// <summary>The resources for a language: English, overwritten by the closest culture the plugin ships.</summary>
    private Dictionary<string, string> GetResourcesFor(string directory, string languageCulture, IDictionary<string, string> english)
    {
        var resources = new Dictionary<string, string>(english, StringComparer.OrdinalIgnoreCase);
        foreach (var culture in GetCultureChain(languageCulture))
        {
            var own = LoadResources(directory, culture);
            if (own.Count == 0)
                continue;

            foreach (var (name, value) in own)
                resources[name] = value;

            break;
        }

        return resources;
    }

    private async Task<(string Directory, Dictionary<string, string> English)> LoadEnglishAsync()
    {
        var directory = await GetResourceDirectoryAsync();
        var english = LoadResources(directory, FallbackCulture);
        if (english.Count == 0)
            throw new InvalidOperationException($"The plugin's English resources are missing from {directory}");

        return (directory, english);
    }

    #endregion

    #region Methods

    /// <summary>Reads the plugin's English resources.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the resources by name.</returns>
    public virtual async Task<IReadOnlyDictionary<string, string>> GetEnglishResourcesAsync()
    {
        return (await LoadEnglishAsync()).English;
    }

    /// <summary>The plugin's texts for a language: English, overwritten by the closest culture the plugin ships.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the resources by name.</returns>
    public virtual async Task<IReadOnlyDictionary<string, string>> GetResourcesAsync(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var (directory, english) = await LoadEnglishAsync();
        return GetResourcesFor(directory, language.LanguageCulture, english);
    }

    /// <summary>Adds or updates the plugin's texts in every language of the store.</summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task InstallAsync()
    {
        var (directory, english) = await LoadEnglishAsync();
        foreach (var language in await _languageService.GetAllLanguagesAsync(showHidden: true))
            await _localizationService.AddOrUpdateLocaleResourceAsync(GetResourcesFor(directory, language.LanguageCulture, english), language.Id);
    }

    /// <summary>Adds or updates the plugin's texts in one language (one added after the plugin was installed).</summary>
    /// <param name="language">The language.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task InstallAsync(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);

        //the host inserts resources only for the languages in its cached list; when this runs before the host's own cache
        //consumer has cleared that list, the new language is not in it yet and would silently get nothing
        await _staticCacheManager.RemoveByPrefixAsync(NopEntityCacheDefaults<Language>.Prefix);

        var (directory, english) = await LoadEnglishAsync();
        await _localizationService.AddOrUpdateLocaleResourceAsync(GetResourcesFor(directory, language.LanguageCulture, english), language.Id);
    }

    #endregion
}
