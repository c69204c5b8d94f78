using Moq;
using Nop.Core;
using Nop.Core.Domain.Localization;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Entries;

/// <summary>
/// Every view words an entry's stored derivation in the reader's language, with the store's money format and the names of
/// products and categories; an entry written before derivations shows its stored text.
/// </summary>
[TestFixture]
public sealed class EntryExplanationTests : PluginHostTest
{
    private static async Task<Language> DanishAsync()
    {
        var languageService = Resolve<ILanguageService>();
        var danish = (await languageService.GetAllLanguagesAsync(showHidden: true)).FirstOrDefault(language => language.LanguageCulture == "da-DK");
        if (danish is null)
        {
            danish = new Language { Name = "Dansk", LanguageCulture = "da-DK", UniqueSeoCode = "da", Published = true, DisplayOrder = 90 };
            await languageService.InsertLanguageAsync(danish);
        }

        await using var xml = typeof(EntryExplanationTests).Assembly.GetManifestResourceStream("Explanations.da.xml")!;
        await Resolve<ILocalizationService>().AddOrUpdateLocaleResourceAsync(LocaleResources.Read(xml), danish.Id);
        return danish;
    }

    private static ExplanationService ServiceFor(Language language)
    {
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(context => context.GetWorkingLanguageAsync()).ReturnsAsync(language);
        return new ExplanationService(Resolve<ICategoryService>(), Resolve<IEntryService>(), Resolve<ILocalizationService>(),
            Resolve<IMoneyFormat>(), Resolve<IProductService>(), workContext.Object);
    }

    [Test]
    public async Task An_entrys_explanation_reads_in_Danish_with_the_product_and_category_names_and_the_stores_money()
    {
        var danish = await DanishAsync();
        var product = (await Resolve<IProductService>().SearchProductsAsync(showHidden: true)).First();
        var category = (await Resolve<ICategoryService>().GetAllCategoriesAsync(showHidden: true)).First();
        var line = new Derivation("Line", DerivationValue.Of(DerivationField.Product, EngineId.Of(product.Id)),
            DerivationValue.Of(DerivationField.Pay, new Derivation("Pay.Rate", DerivationValue.Of(DerivationField.LineAmount, 200m),
                DerivationValue.Of(DerivationField.Rate, 8m),
                DerivationValue.Of(DerivationField.Scope, new Derivation("Scope", DerivationValue.Of(DerivationField.Category, EngineId.Of(category.Id)))))));
        var derivation = new Derivation("Direct",
            DerivationValue.Of(DerivationField.Commission, new Derivation("PercentPerProduct", DerivationValue.Of(DerivationField.Parts, [line]))),
            DerivationValue.Of(DerivationField.Result, new Derivation("Result", DerivationValue.Of(DerivationField.Value, 16m))),
            DerivationValue.Of(DerivationField.On, new Derivation("On", DerivationValue.Of(DerivationField.Basis, "NetSales"),
                DerivationValue.Of(DerivationField.BasisAmount, 200m), DerivationValue.Of(DerivationField.Order, "77"))));
        var entries = new[]
        {
            new CommissionEntry { Derivation = DerivationJson.Write(derivation), Explanation = string.Empty },
            new CommissionEntry { Derivation = null, Explanation = "PercentOfOrder: 500.00 × 5% = 25.00 on NetSales 500.00 of order #5001" }
        };

        var explanations = await ServiceFor(danish).ExplainAsync(entries);

        var money = await Resolve<IMoneyFormat>().FormatAsync(16m);
        Assert.That(explanations, Is.EqualTo(new[]
        {
            $"Procent pr. produkt: {product.Name} 200,00×8% ({category.Name}) = {money} af nettosalg 200,00 på ordre #77",
            "PercentOfOrder: 500.00 × 5% = 25.00 on NetSales 500.00 of order #5001"
        }));
    }
}
