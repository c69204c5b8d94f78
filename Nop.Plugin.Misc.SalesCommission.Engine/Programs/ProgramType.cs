namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>The calculation type of a program (rules §3.2).</summary>
public enum ProgramType
{
    /// <summary>A percentage of the order's basis amount, or a fixed amount per order.</summary>
    PercentOfOrder = 1,

    /// <summary>Bands with rates or fixed amounts, marginal or whole-amount, per order or per period.</summary>
    Ladder = 2,

    /// <summary>Rates per product and category on line amounts.</summary>
    PercentPerProduct = 3,

    /// <summary>A special rate for a client's first N paid orders.</summary>
    FirstOrder = 4,

    /// <summary>Rules per product or category with quantity bands.</summary>
    PerQuantity = 5,

    /// <summary>A ladder per product or category on line amounts, per order or per period and rule target.</summary>
    ProductLadder = 6
}
