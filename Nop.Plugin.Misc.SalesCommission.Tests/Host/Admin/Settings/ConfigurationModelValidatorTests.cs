using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Settings;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Settings;

/// <summary>The settings page names a known stacking policy and a sales-rep role.</summary>
[TestFixture]
public sealed class ConfigurationModelValidatorTests
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Settings.";

    private readonly ConfigurationModelValidator _validator = new(ResourceKeyLocalization.Create());

    [Test]
    public void All_programs_stacking_with_the_sales_rep_role_is_accepted() =>
        _validator.TestValidate(new ConfigurationModel { StackingPolicyId = 1, SalesRepRoleSystemName = "SalesRepresentative" })
            .ShouldNotHaveAnyValidationErrors();

    [Test]
    public void An_unknown_stacking_policy_is_refused_at_its_field() =>
        _validator.TestValidate(new ConfigurationModel { StackingPolicyId = 7, SalesRepRoleSystemName = "SalesRepresentative" })
            .ShouldHaveValidationErrorFor(model => model.StackingPolicyId).WithErrorMessage(Prefix + "StackingPolicy.Unknown");

    [Test]
    public void No_sales_rep_role_is_refused_at_its_field() =>
        _validator.TestValidate(new ConfigurationModel { StackingPolicyId = 0, SalesRepRoleSystemName = "" })
            .ShouldHaveValidationErrorFor(model => model.SalesRepRoleSystemName).WithErrorMessage(Prefix + "SalesRepRole.Required");

    [TestCase(-1)]
    [TestCase(366)]
    public void A_hold_period_outside_0_to_365_days_is_refused_at_its_field(int days) =>
        _validator.TestValidate(new ConfigurationModel { StackingPolicyId = 0, SalesRepRoleSystemName = "SalesRepresentative", HoldDays = days })
            .ShouldHaveValidationErrorFor(model => model.HoldDays).WithErrorMessage("Plugins.Misc.SalesCommission.Hold.Days.Invalid");

    [Test]
    public void A_hold_period_of_14_days_is_accepted() =>
        _validator.TestValidate(new ConfigurationModel { StackingPolicyId = 0, SalesRepRoleSystemName = "SalesRepresentative", HoldDays = 14 })
            .ShouldNotHaveAnyValidationErrors();
}
