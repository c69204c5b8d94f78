using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Services.Helpers;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// The one place a person's day becomes UTC: the current user's time zone (the host's setting) and the engine's
/// <see cref="UtcRange"/>. Every filter, cut-off and export range of the plugin goes through it.
/// </summary>
public class UserCalendar : IUserCalendar
{
    private readonly IDateTimeHelper _dateTimeHelper;

    /// <summary>Creates the calendar.</summary>
    public UserCalendar(IDateTimeHelper dateTimeHelper)
    {
        _dateTimeHelper = dateTimeHelper;
    }

    /// <inheritdoc />
    public virtual async Task<UtcRange> DaysAsync(DateTime? firstDay, DateTime? lastDay)
    {
        return UtcRange.OfDays(firstDay, lastDay, await _dateTimeHelper.GetCurrentTimeZoneAsync());
    }
}
