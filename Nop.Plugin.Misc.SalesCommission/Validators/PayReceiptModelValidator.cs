using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A payment records the day it was made (not in the future), its method and optionally a reference.</summary>
public class PayReceiptModelValidator : BaseNopValidator<PayReceiptModel>
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Receipts.Pay.";

    /// <summary>Creates the validator.</summary>
    public PayReceiptModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.PaidOn).WithinStoreCalendar(localizationService);
        RuleFor(model => model.PaidOn)
            .NotNull()
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "PaidOn.Required"));
        RuleFor(model => model.PaidOn)
            .Must(date => date!.Value.Date <= CalendarLimits.LatestToday)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "PaidOn.Future"))
            .When(model => model.PaidOn.HasValue);
        RuleFor(model => model.Method)
            .NotEmpty()
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Method.Required"));
        RuleFor(model => model.Method)
            .MaximumLength(CommissionReceipt.PaymentTextLength)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Method.TooLong"), CommissionReceipt.PaymentTextLength);
        RuleFor(model => model.Reference)
            .MaximumLength(CommissionReceipt.PaymentTextLength)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Reference.TooLong"), CommissionReceipt.PaymentTextLength);
    }
}
