using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Expenses;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Expenses;

/// <summary>The journal's export range ascends.</summary>
[TestFixture]
public sealed class ExpenseSearchModelValidatorTests
{
    private readonly ExpenseSearchModelValidator _validator = new(ResourceKeyLocalization.Create());

    [Test]
    public void An_export_range_that_ends_before_it_starts_is_refused_on_the_end_day()
    {
        var result = _validator.TestValidate(new ExpenseSearchModel { SearchFrom = new DateTime(2026, 11, 30), SearchTo = new DateTime(2026, 11, 1) });

        result.ShouldHaveValidationErrorFor(model => model.SearchTo)
            .WithErrorMessage("Plugins.Misc.SalesCommission.Expenses.Search.To.BeforeFrom");
    }

    [Test]
    public void A_month_is_a_valid_range()
    {
        var result = _validator.TestValidate(new ExpenseSearchModel { SearchFrom = new DateTime(2026, 11, 1), SearchTo = new DateTime(2026, 11, 30) });

        result.ShouldNotHaveAnyValidationErrors();
    }
}
