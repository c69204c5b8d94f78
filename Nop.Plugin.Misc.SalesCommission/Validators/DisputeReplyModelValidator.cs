using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>An answer or a refusal's reason says something, within the length a message keeps.</summary>
public class DisputeReplyModelValidator : BaseNopValidator<DisputeReplyModel>
{
    /// <summary>Creates the validator.</summary>
    public DisputeReplyModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Text).DisputeText(localizationService);
    }
}
