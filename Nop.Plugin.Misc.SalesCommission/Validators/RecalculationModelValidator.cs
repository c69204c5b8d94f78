using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A recalculation names orders (ids separated by commas) or a complete, ascending paid-date range.</summary>
public class RecalculationModelValidator : BaseNopValidator<RecalculationModel>
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Entries.Recalculation.";

    /// <summary>Creates the validator.</summary>
    public RecalculationModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.FromDate).WithinStoreCalendar(localizationService);
        RuleFor(model => model.ToDate).WithinStoreCalendar(localizationService);
        RuleFor(model => model.OrderIds)
            .Matches(@"^\s*[0-9]{1,9}(\s*[,; ]\s*[0-9]{1,9})*\s*$")
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "OrderIds.Invalid"))
            .When(model => !string.IsNullOrWhiteSpace(model.OrderIds));

        When(model => string.IsNullOrWhiteSpace(model.OrderIds), () =>
        {
            RuleFor(model => model.FromDate)
                .NotNull()
                .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "FromDate.Required"));
            RuleFor(model => model.ToDate)
                .NotNull()
                .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "ToDate.Required"));
            RuleFor(model => model.ToDate)
                .GreaterThanOrEqualTo(model => model.FromDate)
                .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "ToDate.BeforeFrom"))
                .When(model => model.FromDate.HasValue && model.ToDate.HasValue);
        });
    }
}
