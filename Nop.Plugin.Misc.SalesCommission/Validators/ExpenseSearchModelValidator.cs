using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Expenses;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>The journal's date range ascends.</summary>
public class ExpenseSearchModelValidator : BaseNopValidator<ExpenseSearchModel>
{
    /// <summary>Creates the validator.</summary>
    public ExpenseSearchModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.SearchFrom).WithinStoreCalendar(localizationService);
        RuleFor(model => model.SearchTo).WithinStoreCalendar(localizationService);
        RuleFor(model => model.SearchTo)
            .GreaterThanOrEqualTo(model => model.SearchFrom)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Expenses.Search.To.BeforeFrom"))
            .When(model => model.SearchFrom.HasValue && model.SearchTo.HasValue);
    }
}
