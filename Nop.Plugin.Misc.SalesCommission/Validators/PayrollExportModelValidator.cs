using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Payroll;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A payout run is named by an ascending paid date range and/or receipt numbers.</summary>
public class PayrollExportModelValidator : BaseNopValidator<PayrollExportModel>
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Payroll.";

    /// <summary>The most receipt numbers one export names.</summary>
    public const int MaxReceiptNumbers = 1000;

    /// <summary>Creates the validator.</summary>
    public PayrollExportModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.PaidFrom).WithinStoreCalendar(localizationService);
        RuleFor(model => model.PaidTo).WithinStoreCalendar(localizationService);
        RuleFor(model => model.PaidTo)
            .GreaterThanOrEqualTo(model => model.PaidFrom)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "PaidTo.BeforeFrom"))
            .When(model => model.PaidFrom.HasValue && model.PaidTo.HasValue);
        RuleFor(model => model.PaidFrom)
            .NotNull()
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Nothing"))
            .When(model => !model.PaidTo.HasValue && model.ReceiptNumberList.Count == 0);
        RuleFor(model => model.ReceiptNumbers)
            .Must((model, _) => model.ReceiptNumberList.Count <= MaxReceiptNumbers)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "ReceiptNumbers.TooMany"), MaxReceiptNumbers);
    }
}
