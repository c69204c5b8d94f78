using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Leaderboard;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>The leaderboard's period is this month, quarter or year.</summary>
public class LeaderboardSearchModelValidator : BaseNopValidator<LeaderboardSearchModel>
{
    /// <summary>Creates the validator.</summary>
    public LeaderboardSearchModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.PeriodId)
            .Must(id => CommissionPeriod.IsCalendar((LadderWindow)id))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Leaderboard.Fields.Period.Unknown"));
    }
}
