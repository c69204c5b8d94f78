using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Receipts;

/// <summary>A payment records the day it was made, not in the future, and how it was paid.</summary>
[TestFixture]
public sealed class PayReceiptModelValidatorTests
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Receipts.Pay.";

    private readonly PayReceiptModelValidator _validator = new(ResourceKeyLocalization.Create());

    [Test]
    public void Paying_without_a_day_or_a_method_names_both_fields()
    {
        var result = _validator.TestValidate(new PayReceiptModel { ReceiptId = 1 });

        result.ShouldHaveValidationErrorFor(model => model.PaidOn).WithErrorMessage(Prefix + "PaidOn.Required");
        result.ShouldHaveValidationErrorFor(model => model.Method).WithErrorMessage(Prefix + "Method.Required");
    }

    [Test]
    public void A_payment_dated_next_week_is_refused()
    {
        var result = _validator.TestValidate(new PayReceiptModel { ReceiptId = 1, PaidOn = DateTime.UtcNow.Date.AddDays(7), Method = "Bank transfer" });

        result.ShouldHaveValidationErrorFor(model => model.PaidOn).WithErrorMessage(Prefix + "PaidOn.Future");
    }

    [Test]
    public void A_reference_longer_than_the_column_is_refused()
    {
        var result = _validator.TestValidate(new PayReceiptModel
        {
            ReceiptId = 1, PaidOn = DateTime.UtcNow.Date, Method = "Bank transfer", Reference = new string('x', CommissionReceipt.PaymentTextLength + 1)
        });

        result.ShouldHaveValidationErrorFor(model => model.Reference).WithErrorMessage(Prefix + "Reference.TooLong");
    }

    [Test]
    public void Today_by_bank_transfer_is_valid()
    {
        var result = _validator.TestValidate(new PayReceiptModel { ReceiptId = 1, PaidOn = DateTime.UtcNow.Date, Method = "Bank transfer", Reference = "TX-1" });

        result.ShouldNotHaveAnyValidationErrors();
    }
}
