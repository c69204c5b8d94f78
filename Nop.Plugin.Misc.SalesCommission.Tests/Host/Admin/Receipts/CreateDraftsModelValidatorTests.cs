using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Receipts;

/// <summary>Drafting needs a cut-off day that is not in the future.</summary>
[TestFixture]
public sealed class CreateDraftsModelValidatorTests
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Receipts.CreateDrafts.";

    private readonly CreateDraftsModelValidator _validator = new(ResourceKeyLocalization.Create());

    [Test]
    public void Drafting_without_a_cut_off_names_the_field()
    {
        var result = _validator.TestValidate(new CreateDraftsModel());

        result.ShouldHaveValidationErrorFor(model => model.CutoffDate).WithErrorMessage(Prefix + "CutoffDate.Required");
    }

    [Test]
    public void A_cut_off_next_week_is_refused()
    {
        var result = _validator.TestValidate(new CreateDraftsModel { CutoffDate = DateTime.UtcNow.Date.AddDays(7) });

        result.ShouldHaveValidationErrorFor(model => model.CutoffDate).WithErrorMessage(Prefix + "CutoffDate.Future");
    }

    [Test]
    public void A_beneficiary_value_that_is_not_from_the_list_is_refused()
    {
        var result = _validator.TestValidate(new CreateDraftsModel { CutoffDate = DateTime.UtcNow.Date, Beneficiary = "Staff:five" });

        result.ShouldHaveValidationErrorFor(model => model.Beneficiary).WithErrorMessage(Prefix + "Beneficiary.Invalid");
    }

    [Test]
    public void Today_for_one_staff_member_is_valid()
    {
        var result = _validator.TestValidate(new CreateDraftsModel { CutoffDate = DateTime.UtcNow.Date, Beneficiary = "Staff:5" });

        result.ShouldNotHaveAnyValidationErrors();
    }
}
