using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A dispute says what the rep asks; a missing order is named by its number.</summary>
public class DisputeFormModelValidator : BaseNopValidator<DisputeFormModel>
{
    /// <summary>Creates the validator.</summary>
    public DisputeFormModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Comment).DisputeText(localizationService);
        RuleFor(model => model.OrderNumber)
            .NotEmpty()
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Disputes.OrderNumber.Required"))
            .When(model => model.EntryId is null);
    }
}
