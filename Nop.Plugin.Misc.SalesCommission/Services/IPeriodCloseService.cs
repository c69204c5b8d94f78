using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Closing commission months (rules §6).</summary>
public interface IPeriodCloseService
{
    /// <summary>The closed months, as the engine reads them.</summary>
    Task<ClosedMonths> GetClosedMonthsAsync();

    /// <summary>The closed months with who closed them and when, latest first.</summary>
    Task<IList<ClosedPeriod>> GetClosedPeriodsAsync();

    /// <summary>Closes a month when the engine allows it; otherwise changes nothing and says why.</summary>
    /// <param name="month">Any day of the month.</param>
    /// <param name="customerId">Who closes it.</param>
    /// <returns>Null when closed; otherwise why not.</returns>
    Task<PeriodCloseRefusal?> CloseAsync(DateOnly month, int customerId);
}
