using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Entries;

/// <summary>The order panel's sellers form passes the engine's split check before anything is saved.</summary>
[TestFixture]
public sealed class OrderSellersModelValidatorTests
{
    private readonly OrderSellersModelValidator _validator = new(ResourceKeyLocalization.Create());

    private static OrderSellersModel Sellers(params (int Staff, decimal Split)[] rows) => new()
    {
        CommissionOrderId = 11,
        CommissionSellers = rows.Select(row => new OrderSellerModel { StaffCustomerId = row.Staff, Split = row.Split }).ToList()
    };

    [Test]
    public void Splits_of_70_and_20_are_refused_because_they_do_not_total_100()
    {
        var result = _validator.TestValidate(Sellers((5, 70m), (6, 20m)));

        result.ShouldHaveValidationErrorFor(model => model.CommissionSellers)
            .WithErrorMessage(OrderSellersModelValidator.ResourceFor(SellerSplitIssue.TotalNot100));
    }

    [Test]
    public void The_same_staff_member_twice_is_refused()
    {
        var result = _validator.TestValidate(Sellers((5, 50m), (5, 50m)));

        result.ShouldHaveValidationErrorFor(model => model.CommissionSellers)
            .WithErrorMessage(OrderSellersModelValidator.ResourceFor(SellerSplitIssue.DuplicateSeller));
    }

    [Test]
    public void Seventy_thirty_with_empty_rows_left_over_is_valid()
    {
        var result = _validator.TestValidate(Sellers((5, 70m), (6, 30m), (0, 0m), (0, 0m)));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Test]
    public void Only_empty_rows_clear_the_sellers_and_are_valid()
    {
        var result = _validator.TestValidate(Sellers((0, 0m), (0, 0m)));

        result.ShouldNotHaveAnyValidationErrors();
    }
}
