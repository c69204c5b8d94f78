using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// The basis amounts of one order (rules §3.1): net sales, order total and margin, and each line's share of them.
/// Line amounts are exact fractions over the sum of line values, so order-level discounts are shared out by value
/// without early rounding. Lines that are not sales (gift cards) or that a program excludes are left out: they earn
/// nothing and the order's amounts keep only the rest, <c>amount × Σ kept line values ÷ Σ line values</c>.
/// </summary>
public sealed class OrderAmounts
{
    private readonly OrderSnapshot _order;
    private readonly decimal _lineValueSum;
    private readonly decimal _orderNetSales;
    private readonly Dictionary<string, Derivation>? _leftOut;

    /// <summary>Computes the basis amounts of an order with every line counted.</summary>
    public OrderAmounts(OrderSnapshot order)
        : this(order, null, null)
    {
    }

    /// <summary>Computes the basis amounts of an order: without a setup every line counts; with one, gift cards and the program's exclusions are left out.</summary>
    private OrderAmounts(OrderSnapshot order, CommissionSetup? setup, ProgramTerms? program)
    {
        _order = order;
        decimal lineValues = 0m, keptValues = 0m, saleValues = 0m, keptCost = 0m;
        var anyNotASale = false;
        var lines = order.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            lineValues += line.PriceExclTax;
            var notASale = setup?.LeftOutReason(null, line.ProductId);
            if (notASale is not null)
                anyNotASale = true;
            else
                saleValues += line.PriceExclTax;

            if ((program is null ? notASale : setup!.LeftOutReason(program, line.ProductId)) is { } reason)
            {
                _leftOut ??= new Dictionary<string, Derivation>(StringComparer.Ordinal);
                _leftOut.TryAdd(line.ProductId, reason);
                continue;
            }

            keptValues += line.PriceExclTax;
            keptCost += line.UnitCost * line.Quantity;
        }

        _lineValueSum = lineValues;
        _orderNetSales = Math.Max(0m, order.SubtotalExclTax - order.SubtotalDiscountExclTax - order.OrderDiscount);
        NetSales = _leftOut is null ? _orderNetSales : Kept(_orderNetSales, keptValues);
        OrderTotal = _leftOut is null ? order.Total : Kept(order.Total, keptValues);
        Margin = Math.Max(0m, NetSales - keptCost);
        AttainmentNetSales = anyNotASale ? Kept(_orderNetSales, saleValues) : _orderNetSales;
    }

    /// <summary>Merchandise excluding tax after discounts, floored at 0; of the kept lines only when lines are left out.</summary>
    public decimal NetSales { get; }

    /// <summary>What the client paid; of the kept lines only when lines are left out.</summary>
    public decimal OrderTotal { get; }

    /// <summary>Net sales less the kept lines' product cost, floored at 0.</summary>
    public decimal Margin { get; }

    /// <summary>
    /// The order's NetSales as attainment counts it (rules §7): gift card lines left out unless gift cards earn; a
    /// program's exclusions never change it. Targets, credited sales and the accelerator's <c>before</c> and <c>base</c>
    /// are measured in it.
    /// </summary>
    public decimal AttainmentNetSales { get; }

    /// <summary>The lines left out, each product with why ("P9 gift card, P3 excluded"); null when every line counts.</summary>
    public Derivation? LeftOut => _leftOut is null
        ? null
        : new Derivation("LeftOut", DerivationValue.Of(DerivationField.Items, _leftOut
            .Select(l => new Derivation("LeftOutLine", DerivationValue.Of(DerivationField.Product, l.Key), DerivationValue.Of(DerivationField.Reason, l.Value)))
            .ToList()));

    /// <summary>The amounts of an order in a setup: gift card lines left out unless gift cards earn (attainment's amounts).</summary>
    public static OrderAmounts Of(OrderSnapshot order, CommissionSetup setup) =>
        new(order, setup, null);

    /// <summary>The amounts under a program: also leaving out the lines it excludes (this instance when it excludes nothing).</summary>
    public OrderAmounts Under(ProgramTerms program, CommissionSetup setup) =>
        program.Exclude.IsEmpty
            ? this
            : new(_order, setup, program);

    /// <summary>The order's basis amount.</summary>
    public decimal Of(CommissionBasis basis) => basis switch
    {
        CommissionBasis.OrderTotal => OrderTotal,
        CommissionBasis.Margin => Margin,
        _ => NetSales
    };

    /// <summary>
    /// A line's basis amount: its value scaled by the order factor (net sales, or the order total under OrderTotal,
    /// over the sum of line values); under Margin its scaled value less its cost, floored at 0. A left-out line's is 0.
    /// </summary>
    public ExactAmount LineAmount(OrderLine line, CommissionBasis basis)
    {
        if (_lineValueSum <= 0m || (_leftOut is not null && _leftOut.ContainsKey(line.ProductId)))
            return ExactAmount.Zero;

        var numerator = basis switch
        {
            CommissionBasis.OrderTotal => line.PriceExclTax * _order.Total,
            CommissionBasis.Margin => Math.Max(0m, line.PriceExclTax * _orderNetSales - line.UnitCost * line.Quantity * _lineValueSum),
            _ => line.PriceExclTax * _orderNetSales
        };
        return new ExactAmount(numerator, _lineValueSum);
    }

    private decimal Kept(decimal amount, decimal keptValues) => _lineValueSum <= 0m ? 0m : amount * keptValues / _lineValueSum;
}
