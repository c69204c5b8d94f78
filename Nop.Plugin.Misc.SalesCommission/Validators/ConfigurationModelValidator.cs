using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Settings;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>The settings name a known stacking policy and a sales-rep role, a hold period of 0 to 365 days and a known leaderboard visibility.</summary>
public class ConfigurationModelValidator : BaseNopValidator<ConfigurationModel>
{
    /// <summary>Creates the validator.</summary>
    public ConfigurationModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.StackingPolicyId)
            .Must(id => Enum.IsDefined((StackingPolicy)id))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Settings.StackingPolicy.Unknown"));
        RuleFor(model => model.SalesRepRoleSystemName)
            .NotEmpty()
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Settings.SalesRepRole.Required"));
        RuleFor(model => model.LeaderboardVisibilityId)
            .Must(id => Enum.IsDefined((LeaderboardVisibility)id))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Leaderboard.Visibility.Unknown"));
        RuleFor(model => model.HoldDays)
            .Must(HoldPeriod.IsValidDays)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Hold.Days.Invalid"));
    }
}
