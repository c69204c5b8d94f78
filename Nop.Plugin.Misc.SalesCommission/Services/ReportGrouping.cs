namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>What a commission report adds up by.</summary>
public enum ReportGrouping
{
    /// <summary>Each beneficiary (staff member or partner).</summary>
    Rep = 0,

    /// <summary>Each manager with everyone below them in the hierarchy, the manager included.</summary>
    Team = 1,

    /// <summary>Each program.</summary>
    Program = 2,

    /// <summary>Each client (the order's customer).</summary>
    Client = 3,

    /// <summary>Each product: its lines' net sales, and the orders' commission apportioned by the lines' share of the order subtotal.</summary>
    Product = 4,

    /// <summary>Each month of the paid date (UTC).</summary>
    Month = 5
}
