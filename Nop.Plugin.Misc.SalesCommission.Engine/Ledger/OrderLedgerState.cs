namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>Where a paid order stands for the ledger: how much was refunded and whether it was voided or cancelled.</summary>
/// <param name="Total">The order total.</param>
/// <param name="RefundedAmount">The cumulative refunded amount.</param>
/// <param name="Reversed">True once the order was voided, cancelled or deleted after payment.</param>
public sealed record OrderLedgerState(decimal Total, decimal RefundedAmount, bool Reversed)
{
    /// <summary>The refunded share of the order, 0 to 1 (refunds beyond the total are capped at it).</summary>
    public decimal RefundedShareOf(decimal amount)
    {
        if (RefundedAmount <= 0m)
            return 0m;
        if (Total <= 0m || RefundedAmount >= Total)
            return amount;
        return amount * RefundedAmount / Total;
    }

    /// <summary>What the refunds so far claw back of an original amount, rounded once (rules §5).</summary>
    public decimal ClawbackOf(decimal original) => Money.Round(RefundedShareOf(original));
}
