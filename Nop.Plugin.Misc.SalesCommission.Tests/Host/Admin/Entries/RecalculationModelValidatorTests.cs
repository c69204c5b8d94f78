using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Entries;

/// <summary>The recalculation form names orders or a complete, ascending paid-date range.</summary>
[TestFixture]
public sealed class RecalculationModelValidatorTests
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Entries.Recalculation.";

    private readonly RecalculationModelValidator _validator = new(ResourceKeyLocalization.Create());

    [Test]
    public void An_empty_form_asks_for_both_paid_days()
    {
        var result = _validator.TestValidate(new RecalculationModel());

        result.ShouldHaveValidationErrorFor(model => model.FromDate).WithErrorMessage(Prefix + "FromDate.Required");
        result.ShouldHaveValidationErrorFor(model => model.ToDate).WithErrorMessage(Prefix + "ToDate.Required");
    }

    [Test]
    public void A_range_that_ends_before_it_starts_is_refused_on_the_end_day()
    {
        var result = _validator.TestValidate(new RecalculationModel { FromDate = new DateTime(2026, 11, 30), ToDate = new DateTime(2026, 11, 1) });

        result.ShouldHaveValidationErrorFor(model => model.ToDate).WithErrorMessage(Prefix + "ToDate.BeforeFrom");
    }

    [Test]
    public void Order_ids_with_a_word_in_them_are_refused()
    {
        var result = _validator.TestValidate(new RecalculationModel { OrderIds = "10, eleven" });

        result.ShouldHaveValidationErrorFor(model => model.OrderIds).WithErrorMessage(Prefix + "OrderIds.Invalid");
    }

    [Test]
    public void Order_ids_alone_are_enough()
    {
        var result = _validator.TestValidate(new RecalculationModel { OrderIds = "10, 11" });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void A_month_is_a_valid_range()
    {
        var result = _validator.TestValidate(new RecalculationModel { FromDate = new DateTime(2026, 11, 1), ToDate = new DateTime(2026, 11, 30) });

        result.ShouldNotHaveAnyValidationErrors();
    }
}
