using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A target names one staff member or one client group, a calendar period from a start date and a positive amount (the engine's TargetCheck).</summary>
public class TargetModelValidator : BaseNopValidator<TargetModel>
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Targets.";

    private static bool Has(TargetModel model, TargetIssue issue) =>
        TargetCheck.Check(model.StaffCustomerId > 0, model.CustomerRoleId > 0, (LadderWindow)model.PeriodId,
            model.StartDate is { } start && CalendarLimits.Contains(start) ? DateOnly.FromDateTime(start) : null, model.Amount, []).Contains(issue);

    /// <summary>Creates the validator.</summary>
    public TargetModelValidator(ILocalizationService localizationService)
    {
        this.RefuseNumbersTooLarge(localizationService);
        RuleFor(model => model.StartDate).WithinStoreCalendar(localizationService);
        RuleFor(model => model.StaffCustomerId)
            .Must((model, _) => !Has(model, TargetIssue.NotExactlyOneOwner))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Owner.ExactlyOne"));
        RuleFor(model => model.PeriodId)
            .Must((model, _) => !Has(model, TargetIssue.PeriodNotCalendar))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Period.Invalid"));
        RuleFor(model => model.Amount)
            .Must((model, _) => !Has(model, TargetIssue.AmountNotPositive))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Amount.Positive"));
        RuleFor(model => model.StartDate)
            .NotNull()
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "StartDate.Required"));
        RuleFor(model => model.StartDate)
            .Must((model, _) => !Has(model, TargetIssue.StartNotFirstDayOfPeriod))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "StartDate.FirstDayOfPeriod"));
    }
}
