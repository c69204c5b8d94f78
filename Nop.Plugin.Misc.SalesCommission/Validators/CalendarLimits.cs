using FluentValidation;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>
/// The days a store can mean: every date a person enters lies from 1 January 2000 to 31 December 2100, so no filter,
/// cut-off or stored date runs off the calendar (a year 9999 start date used to break the targets list for everyone).
/// </summary>
public static class CalendarLimits
{
    /// <summary>The widest offset from UTC a time zone has (UTC+14).</summary>
    private static readonly TimeSpan LatestOffset = TimeSpan.FromHours(14);

    /// <summary>The first day a person may enter.</summary>
    public static readonly DateTime FirstDay = new(2000, 1, 1);

    /// <summary>The last day a person may enter.</summary>
    public static readonly DateTime LastDay = new(2100, 12, 31);

    /// <summary>
    /// The latest calendar day that is "today" somewhere: a day the user picks (in their own time zone) after it is in
    /// the future for everyone.
    /// </summary>
    public static DateTime LatestToday => DateTime.UtcNow.Add(LatestOffset).Date;

    /// <summary>True when the day lies from <see cref="FirstDay"/> to <see cref="LastDay"/>.</summary>
    /// <param name="day">The day entered.</param>
    public static bool Contains(DateTime day) => day.Date >= FirstDay && day.Date <= LastDay;

    /// <summary>Refuses, next to the field, a day outside the store's calendar; an empty field is left to other rules.</summary>
    /// <param name="rule">The field's rule.</param>
    /// <param name="localizationService">For the message in the user's language.</param>
    public static IRuleBuilderOptions<T, DateTime?> WithinStoreCalendar<T>(this IRuleBuilder<T, DateTime?> rule,
        ILocalizationService localizationService) =>
        rule.Must(day => day is null || Contains(day.Value))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Dates.OutOfRange"));
}
