using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A report's date range ascends and its grouping is a known one.</summary>
public class ReportSearchModelValidator : BaseNopValidator<ReportSearchModel>
{
    /// <summary>Creates the validator.</summary>
    public ReportSearchModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.SearchFrom).WithinStoreCalendar(localizationService);
        RuleFor(model => model.SearchTo).WithinStoreCalendar(localizationService);
        RuleFor(model => model.SearchTo)
            .GreaterThanOrEqualTo(model => model.SearchFrom)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Reports.Search.To.BeforeFrom"))
            .When(model => model.SearchFrom.HasValue && model.SearchTo.HasValue);
        RuleFor(model => model.GroupingId)
            .Must(id => Enum.IsDefined((ReportGrouping)id))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Reports.Search.Grouping.Unknown"));
    }
}
