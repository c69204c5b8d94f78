using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Periods;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Periods;

/// <summary>The period close form names a month as yyyy-MM within the store's calendar.</summary>
[TestFixture]
public sealed class PeriodCloseModelValidatorTests
{
    private readonly PeriodCloseModelValidator _validator = new(ResourceKeyLocalization.Create());

    [Test]
    public void A_month_from_the_list_is_accepted() =>
        _validator.TestValidate(new PeriodCloseModel { Month = "2026-11" }).ShouldNotHaveAnyValidationErrors();

    [TestCase("")]
    [TestCase(null)]
    [TestCase("November")]
    [TestCase("2026-13")]
    [TestCase("1999-12")]
    public void A_month_not_in_the_list_is_refused_at_its_field(string month) =>
        _validator.TestValidate(new PeriodCloseModel { Month = month })
            .ShouldHaveValidationErrorFor(model => model.Month).WithErrorMessage("Plugins.Misc.SalesCommission.Periods.Month.Invalid");
}
