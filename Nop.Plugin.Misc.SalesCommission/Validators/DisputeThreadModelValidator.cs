using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Customer;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A rep's reply says something, within the length a message keeps.</summary>
public class DisputeThreadModelValidator : BaseNopValidator<DisputeThreadModel>
{
    /// <summary>Creates the validator.</summary>
    public DisputeThreadModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Text).DisputeText(localizationService);
    }
}
