namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>What a hierarchy override's percentage applies to (rules §3.3).</summary>
public enum OverrideBase
{
    /// <summary>The seller's direct entry amount, as rounded.</summary>
    OfCommission = 0,

    /// <summary>The seller's credited base (split share of the program's basis amount).</summary>
    OfSales = 1
}
