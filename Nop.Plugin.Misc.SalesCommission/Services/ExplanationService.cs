using System.Globalization;
using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Services.Catalog;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Words derivations with the engine's <see cref="DerivationRenderer"/>: templates and words are the locale resources
/// under <see cref="DerivationRenderer.ResourcePrefix"/> in the working language, figures in its culture, amounts by
/// <see cref="IMoneyFormat"/>, and products, categories and staff by their (localized) names.
/// </summary>
public class ExplanationService : IExplanationService
{
    #region Fields

    private readonly ICategoryService _categoryService;
    private readonly IEntryService _entryService;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly IProductService _productService;
    private readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public ExplanationService(ICategoryService categoryService,
        IEntryService entryService,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat,
        IProductService productService,
        IWorkContext workContext)
    {
        _categoryService = categoryService;
        _entryService = entryService;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
        _productService = productService;
        _workContext = workContext;
    }

    #endregion

    #region Utilities

    private static CultureInfo CultureOf(string languageCulture)
    {
        try
        {
            return string.IsNullOrEmpty(languageCulture) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(languageCulture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static int[] HostIds(IEnumerable<DerivationValue> values, DerivationValueKind kind) =>
        values.Where(value => value.Field.Kind == kind)
            .Select(value => int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .ToArray();

    /// <summary>The names the derivations' products, categories and staff are shown by, keyed by kind and engine id.</summary>
    private async Task<Dictionary<(DerivationValueKind, string), string>> GetNamesAsync(IReadOnlyList<DerivationValue> values, int languageId)
    {
        var names = new Dictionary<(DerivationValueKind, string), string>();
        foreach (var product in await _productService.GetProductsByIdsAsync(HostIds(values, DerivationValueKind.Product)))
            names[(DerivationValueKind.Product, EngineId.Of(product.Id))] = await _localizationService.GetLocalizedAsync(product, p => p.Name, languageId);
        foreach (var category in await _categoryService.GetCategoriesByIdsAsync(HostIds(values, DerivationValueKind.Category)))
            names[(DerivationValueKind.Category, EngineId.Of(category.Id))] = await _localizationService.GetLocalizedAsync(category, c => c.Name, languageId);
        var staff = await _entryService.GetBeneficiaryNamesAsync(HostIds(values, DerivationValueKind.Staff).Select(id => (BeneficiaryType.Staff, id)));
        foreach (var ((_, id), name) in staff)
            names[(DerivationValueKind.Staff, EngineId.Of(id))] = name;

        return names;
    }

    /// <summary>The templates, words and separators the derivations use, in a language.</summary>
    private async Task<Dictionary<string, string>> GetTemplatesAsync(IReadOnlyList<Derivation> nodes, IReadOnlyList<DerivationValue> values, int languageId)
    {
        var keys = nodes.Select(node => node.Kind)
            .Concat(values.Where(value => value.Field.Kind == DerivationValueKind.Word).Select(value => DerivationRenderer.WordGroup + value.Text))
            .Concat(values.Where(value => value.Field.Separator is not null).Select(value => DerivationRenderer.JoinGroup + value.Field.Separator))
            .Distinct(StringComparer.Ordinal);
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var template = await _localizationService.GetResourceAsync(DerivationRenderer.ResourcePrefix + key, languageId,
                logIfNotFound: false, defaultValue: string.Empty, returnEmptyIfNotFound: true);
            if (!string.IsNullOrEmpty(template))
                templates[key] = template;
        }

        return templates;
    }

    /// <summary>The store's format of every amount the derivations show.</summary>
    private async Task<Dictionary<decimal, string>> GetAmountsAsync(IReadOnlyList<DerivationValue> values)
    {
        var amounts = new Dictionary<decimal, string>();
        foreach (var value in values.Where(value => value.Field.Kind is DerivationValueKind.Amount or DerivationValueKind.Result))
        {
            var rounded = Engine.Money.Round(value.Number);
            if (!amounts.ContainsKey(rounded))
                amounts[rounded] = await _moneyFormat.FormatAsync(rounded);
        }

        return amounts;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<string>> ExplainAsync(IReadOnlyList<CommissionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        var derivations = entries.Select(entry => DerivationJson.Read(entry.Derivation)).ToList();
        var texts = await RenderAsync(derivations);
        return entries.Select((entry, index) => derivations[index] is null ? entry.Explanation ?? string.Empty : texts[index]).ToList();
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<Derivation?> derivations)
    {
        ArgumentNullException.ThrowIfNull(derivations);

        var nodes = derivations.OfType<Derivation>().SelectMany(derivation => derivation.Walk()).ToList();
        if (nodes.Count == 0)
            return derivations.Select(_ => string.Empty).ToList();

        var values = nodes.SelectMany(node => node.Values).ToList();
        var language = await _workContext.GetWorkingLanguageAsync();
        var templates = await GetTemplatesAsync(nodes, values, language.Id);
        var names = await GetNamesAsync(values, language.Id);
        var amounts = await GetAmountsAsync(values);
        var format = new DerivationFormat(CultureOf(language.LanguageCulture), amount => amounts.TryGetValue(amount, out var text) ? text : null);
        var renderer = new DerivationRenderer(key => templates.GetValueOrDefault(key),
            format, (kind, id) => names.GetValueOrDefault((kind, id)));

        return derivations.Select(derivation => derivation is null ? string.Empty : renderer.Render(derivation)).ToList();
    }

    #endregion
}
