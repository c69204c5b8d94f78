using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>Drafting needs a cut-off day that is not in the future, and a known kind of beneficiary when one is named.</summary>
public class CreateDraftsModelValidator : BaseNopValidator<CreateDraftsModel>
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Receipts.CreateDrafts.";

    /// <summary>Creates the validator.</summary>
    public CreateDraftsModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.CutoffDate).WithinStoreCalendar(localizationService);
        RuleFor(model => model.CutoffDate)
            .NotNull()
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "CutoffDate.Required"));
        RuleFor(model => model.CutoffDate)
            .Must(date => date!.Value.Date <= CalendarLimits.LatestToday)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "CutoffDate.Future"))
            .When(model => model.CutoffDate.HasValue);
        RuleFor(model => model.Beneficiary)
            .Must(value => BeneficiaryKey.Parse(value) is not null)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Beneficiary.Invalid"))
            .When(model => !string.IsNullOrEmpty(model.Beneficiary));
    }
}
