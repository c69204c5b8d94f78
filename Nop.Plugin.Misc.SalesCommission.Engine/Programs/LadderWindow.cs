namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>What a ladder's bands are measured on: one order, or a beneficiary's total over a calendar period.</summary>
public enum LadderWindow
{
    /// <summary>This order's base.</summary>
    PerOrder = 0,

    /// <summary>The calendar month of the paid date (UTC).</summary>
    Month = 1,

    /// <summary>The calendar quarter of the paid date (UTC).</summary>
    Quarter = 2,

    /// <summary>The calendar year of the paid date (UTC).</summary>
    Year = 3
}
