using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Targets;

/// <summary>The target form: one staff member or one group, a calendar period from a start day, a positive amount.</summary>
[TestFixture]
public sealed class TargetModelValidatorTests
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Targets.";

    private readonly TargetModelValidator _validator = new(ResourceKeyLocalization.Create());

    private static TargetModel Valid() => new() { StaffCustomerId = 5, PeriodId = 1, StartDate = new DateTime(2026, 11, 1), Amount = 500m };

    [Test]
    public void A_monthly_target_of_500_for_a_staff_member_is_accepted() =>
        _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void A_target_for_both_a_staff_member_and_a_group_is_refused_at_the_staff_field() =>
        _validator.TestValidate(Valid() with { CustomerRoleId = 3 })
            .ShouldHaveValidationErrorFor(model => model.StaffCustomerId).WithErrorMessage(Prefix + "Owner.ExactlyOne");

    [Test]
    public void A_target_for_nobody_is_refused_at_the_staff_field() =>
        _validator.TestValidate(Valid() with { StaffCustomerId = 0 })
            .ShouldHaveValidationErrorFor(model => model.StaffCustomerId).WithErrorMessage(Prefix + "Owner.ExactlyOne");

    [TestCase(0)]
    [TestCase(99)]
    public void A_period_that_is_not_a_month_quarter_or_year_is_refused(int periodId) =>
        _validator.TestValidate(Valid() with { PeriodId = periodId })
            .ShouldHaveValidationErrorFor(model => model.PeriodId).WithErrorMessage(Prefix + "Period.Invalid");

    [TestCase(0)]
    [TestCase(-100)]
    public void A_zero_or_negative_amount_is_refused(decimal amount) =>
        _validator.TestValidate(Valid() with { Amount = amount })
            .ShouldHaveValidationErrorFor(model => model.Amount).WithErrorMessage(Prefix + "Amount.Positive");

    [Test]
    public void A_target_without_a_start_day_is_refused() =>
        _validator.TestValidate(Valid() with { StartDate = null })
            .ShouldHaveValidationErrorFor(model => model.StartDate).WithErrorMessage(Prefix + "StartDate.Required");

    [Test]
    public void A_start_in_the_year_9999_is_refused_next_to_the_start_date() =>
        _validator.TestValidate(Valid() with { StartDate = new DateTime(9999, 12, 1) })
            .ShouldHaveValidationErrorFor(model => model.StartDate).WithErrorMessage("Plugins.Misc.SalesCommission.Dates.OutOfRange");

    [Test]
    public void A_monthly_target_starting_mid_month_is_refused_next_to_the_start_date() =>
        _validator.TestValidate(Valid() with { StartDate = new DateTime(2026, 11, 15) })
            .ShouldHaveValidationErrorFor(model => model.StartDate).WithErrorMessage(Prefix + "StartDate.FirstDayOfPeriod");
}
