namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The paid orders a run goes through: those paid in a time range, or chosen orders.</summary>
/// <param name="FromUtc">Paid on or after (UTC); null for no limit. Ignored when order ids are given.</param>
/// <param name="ToUtc">Paid before (UTC, exclusive); null for no limit. Ignored when order ids are given.</param>
/// <param name="OrderIds">The chosen orders, distinct and ascending; null to take them by paid date.</param>
public sealed record PaidOrderRange(DateTime? FromUtc, DateTime? ToUtc, IReadOnlyList<int> OrderIds)
{
    /// <summary>A range of paid dates, or chosen orders when ids are given.</summary>
    /// <param name="fromUtc">Paid on or after (UTC); null for no limit.</param>
    /// <param name="toUtc">Paid before (UTC, exclusive); null for no limit.</param>
    /// <param name="orderIds">The chosen orders; null to take them by paid date.</param>
    public static PaidOrderRange Of(DateTime? fromUtc, DateTime? toUtc, IReadOnlyCollection<int> orderIds) =>
        orderIds is null
            ? new PaidOrderRange(fromUtc, toUtc, null)
            : new PaidOrderRange(null, null, orderIds.Distinct().Order().ToList());

    /// <summary>True when the run goes through chosen orders rather than a range of paid dates.</summary>
    public bool IsChosenOrders => OrderIds is not null;
}
