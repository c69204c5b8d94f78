using Nop.Plugin.Misc.SalesCommission.Engine;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Turns the days a person picks, in their own time zone, into the UTC instants stored dates are compared with.</summary>
public interface IUserCalendar
{
    /// <summary>The days from the first to the last (both included) as one half-open UTC range; a missing day leaves that end open.</summary>
    /// <param name="firstDay">The first day, or null.</param>
    /// <param name="lastDay">The last day, or null.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the range.</returns>
    Task<UtcRange> DaysAsync(DateTime? firstDay, DateTime? lastDay);
}
