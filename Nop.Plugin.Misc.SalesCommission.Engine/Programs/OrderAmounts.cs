using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// The basis amounts of one order (rules §3.1): net sales, order total and margin for the whole order,
/// and each line's share of them. Line amounts are exact fractions over the sum of line values, so
/// order-level discounts are shared out by value without early rounding.
/// </summary>
public sealed class OrderAmounts
{
    private readonly OrderSnapshot _order;
    private readonly decimal _lineValueSum;

    /// <summary>Computes the basis amounts of an order.</summary>
    public OrderAmounts(OrderSnapshot order)
    {
        _order = order;
        decimal lineValues = 0m, cost = 0m;
        foreach (var line in order.Lines)
        {
            lineValues += line.PriceExclTax;
            cost += line.UnitCost * line.Quantity;
        }

        _lineValueSum = lineValues;
        NetSales = Math.Max(0m, order.SubtotalExclTax - order.SubtotalDiscountExclTax - order.OrderDiscount);
        Margin = Math.Max(0m, NetSales - cost);
    }

    /// <summary>Merchandise excluding tax after discounts, floored at 0.</summary>
    public decimal NetSales { get; }

    /// <summary>Net sales less product cost, floored at 0.</summary>
    public decimal Margin { get; }

    /// <summary>The order's basis amount.</summary>
    public decimal Of(CommissionBasis basis) => basis switch
    {
        CommissionBasis.OrderTotal => _order.Total,
        CommissionBasis.Margin => Margin,
        _ => NetSales
    };

    /// <summary>
    /// A line's basis amount: its value scaled by the order factor (net sales, or the order total under
    /// OrderTotal, over the sum of line values); under Margin its scaled value less its cost, floored at 0.
    /// </summary>
    public ExactAmount LineAmount(OrderLine line, CommissionBasis basis)
    {
        if (_lineValueSum <= 0m)
            return ExactAmount.Zero;

        var numerator = basis switch
        {
            CommissionBasis.OrderTotal => line.PriceExclTax * _order.Total,
            CommissionBasis.Margin => Math.Max(0m, line.PriceExclTax * NetSales - line.UnitCost * line.Quantity * _lineValueSum),
            _ => line.PriceExclTax * NetSales
        };
        return new ExactAmount(numerator, _lineValueSum);
    }
}
