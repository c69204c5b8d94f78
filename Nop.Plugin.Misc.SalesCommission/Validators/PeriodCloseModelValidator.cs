using System.Globalization;
using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Periods;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A month to close is named as yyyy-MM within the store's calendar.</summary>
public class PeriodCloseModelValidator : BaseNopValidator<PeriodCloseModel>
{
    /// <summary>The form's month format.</summary>
    public const string MonthFormat = "yyyy-MM";

    /// <summary>Creates the validator.</summary>
    public PeriodCloseModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Month)
            .Must(month => TryParseMonth(month, out _))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Periods.Month.Invalid"));
    }

    /// <summary>Reads a yyyy-MM month of the store's calendar (its first day).</summary>
    public static bool TryParseMonth(string text, out DateOnly month)
    {
        month = default;
        if (!DateTime.TryParseExact(text?.Trim(), MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;

        month = DateOnly.FromDateTime(parsed);
        return CalendarLimits.Contains(parsed);
    }
}
