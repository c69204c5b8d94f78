using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>The ledger's paid-date filter names days a store can mean.</summary>
public class EntrySearchModelValidator : BaseNopValidator<EntrySearchModel>
{
    /// <summary>Creates the validator.</summary>
    public EntrySearchModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.SearchPaidFrom).WithinStoreCalendar(localizationService);
        RuleFor(model => model.SearchPaidTo).WithinStoreCalendar(localizationService);
    }
}
