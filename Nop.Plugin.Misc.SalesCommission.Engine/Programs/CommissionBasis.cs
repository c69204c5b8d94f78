namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>The amount a program's rates apply to (rules §3.1).</summary>
public enum CommissionBasis
{
    /// <summary>Merchandise excluding tax, after discounts; no tax, shipping or payment fee.</summary>
    NetSales = 0,

    /// <summary>What the client paid, including tax and shipping.</summary>
    OrderTotal = 1,

    /// <summary>Net sales less the product cost; a loss pays nothing.</summary>
    Margin = 2
}
