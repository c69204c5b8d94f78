using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A resolution names an amount and says why; the engine refuses an amount that rounds to 0.</summary>
public class DisputeResolveModelValidator : BaseNopValidator<DisputeResolveModel>
{
    /// <summary>The largest adjustment one resolution posts, either way.</summary>
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>Creates the validator.</summary>
    public DisputeResolveModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Amount)
            .NotNull()
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Disputes.Amount.Required"));
        RuleFor(model => model.Amount)
            .Must(amount => Math.Abs(amount!.Value) <= MaxAmount)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Disputes.Amount.TooLarge"), MaxAmount)
            .When(model => model.Amount.HasValue);
        RuleFor(model => model.Note).DisputeText(localizationService);
    }
}
