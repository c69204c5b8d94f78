using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>A calendar month (UTC) finance has closed (rules §6): its entries never change again.</summary>
public class ClosedPeriod : BaseEntity
{
    /// <summary>The first instant of the month (UTC).</summary>
    public DateTime MonthStartUtc { get; set; }

    /// <summary>When it was closed.</summary>
    public DateTime ClosedOnUtc { get; set; }

    /// <summary>Who closed it (a customer id).</summary>
    public int ClosedByCustomerId { get; set; }
}
