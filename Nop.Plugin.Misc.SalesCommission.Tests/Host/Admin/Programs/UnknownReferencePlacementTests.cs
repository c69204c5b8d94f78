using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Programs;

/// <summary>An id the store does not have (found when saving) is shown next to the rule or list that names it.</summary>
[TestFixture]
public sealed class UnknownReferencePlacementTests
{
    private static ProgramModel PerProduct() => new()
    {
        Name = "Per product",
        ProgramTypeId = (int)ProgramType.PercentPerProduct,
        ProductRules =
        [
            new ProgramProductRuleModel { ProductId = 1, Rate = 5m },
            new ProgramProductRuleModel { ProductId = 999, Rate = 5m },
            new ProgramProductRuleModel { CategoryId = 77, Rate = 5m }
        ]
    };

    [Test]
    public void An_unknown_product_or_category_is_named_on_its_rule()
    {
        var model = PerProduct();

        Assert.That(ProgramModelValidator.PropertyOf(model, new UnknownProgramReference(ProgramReferenceKind.Product, 999)),
            Is.EqualTo("ProductRules[1].ProductId"));
        Assert.That(ProgramModelValidator.PropertyOf(model, new UnknownProgramReference(ProgramReferenceKind.Category, 77)),
            Is.EqualTo("ProductRules[2].CategoryId"));
    }

    [Test]
    public void An_unknown_product_of_a_quantity_rule_is_named_on_that_rule()
    {
        var model = new ProgramModel
        {
            Name = "Quantity",
            ProgramTypeId = (int)ProgramType.PerQuantity,
            QuantityRules = [new ProgramQuantityRuleModel { PerUnit = 1m }, new ProgramQuantityRuleModel { ProductId = 555, PerUnit = 1m }]
        };

        Assert.That(ProgramModelValidator.PropertyOf(model, new UnknownProgramReference(ProgramReferenceKind.Product, 555)),
            Is.EqualTo("QuantityRules[1].ProductId"));
    }

    [Test]
    public void An_unknown_product_or_category_of_a_product_ladder_is_named_on_that_ladder()
    {
        var model = new ProgramModel
        {
            Name = "Product ladders",
            ProgramTypeId = (int)ProgramType.ProductLadder,
            ProductLadders = [new ProgramProductLadderModel { CategoryId = 5 }, new ProgramProductLadderModel { ProductId = 444 }]
        };

        Assert.That(ProgramModelValidator.PropertyOf(model, new UnknownProgramReference(ProgramReferenceKind.Product, 444)),
            Is.EqualTo("ProductLadders[1].ProductId"));
        Assert.That(ProgramModelValidator.PropertyOf(model, new UnknownProgramReference(ProgramReferenceKind.Category, 5)),
            Is.EqualTo("ProductLadders[0].CategoryId"));
    }

    [Test]
    public void An_unknown_id_no_rule_names_is_named_on_the_lines_left_out()
    {
        var model = PerProduct();

        Assert.That(ProgramModelValidator.PropertyOf(model, new UnknownProgramReference(ProgramReferenceKind.Product, 321)),
            Is.EqualTo(nameof(ProgramModel.ExcludedProductIds)));
        Assert.That(ProgramModelValidator.PropertyOf(model, new UnknownProgramReference(ProgramReferenceKind.Category, 654)),
            Is.EqualTo(nameof(ProgramModel.SelectedExcludedCategoryIds)));
    }

    [TestCase(ProgramReferenceKind.Store, nameof(ProgramModel.SelectedStoreIds))]
    [TestCase(ProgramReferenceKind.ClientGroup, nameof(ProgramModel.SelectedCustomerRoleIds))]
    [TestCase(ProgramReferenceKind.Client, nameof(ProgramModel.ClientIds))]
    [TestCase(ProgramReferenceKind.Staff, nameof(ProgramModel.SelectedStaffIds))]
    [TestCase(ProgramReferenceKind.Partner, nameof(ProgramModel.SelectedPartnerIds))]
    public void An_unknown_scope_or_beneficiary_id_is_named_on_its_list(ProgramReferenceKind kind, string property)
    {
        Assert.That(ProgramModelValidator.PropertyOf(PerProduct(), new UnknownProgramReference(kind, 12345)), Is.EqualTo(property));
    }

    [Test]
    public void Each_kind_of_unknown_id_has_its_own_message()
    {
        var keys = Enum.GetValues<ProgramReferenceKind>().Select(ProgramModelValidator.ResourceFor).ToList();

        Assert.That(keys, Is.Unique);
        Assert.That(keys, Has.All.StartWith("Plugins.Misc.SalesCommission.Programs.Unknown."));
    }
}
