namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>Which step of the crediting order (rules §2) named the order's staff.</summary>
public enum CreditSource
{
    /// <summary>An explicit assignment on the order.</summary>
    OrderAssignment = 1,

    /// <summary>The client's account owners.</summary>
    ClientOwners = 2,

    /// <summary>The staff assigned to the client's group.</summary>
    ClientGroup = 3,

    /// <summary>Nobody: the order is uncredited.</summary>
    Uncredited = 4
}
