using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>What a calculator needs to compute one beneficiary's commission on one order under one program.</summary>
/// <param name="Program">The program.</param>
/// <param name="Order">The paid order.</param>
/// <param name="Amounts">The order's basis amounts under the program (left-out lines removed).</param>
/// <param name="Split">The beneficiary's credited share in percent.</param>
/// <param name="PeriodTotalBefore">Period ladders: the beneficiary's credited base in this program and period before this order.</param>
/// <param name="ClientOrderRank">The order's position (1-based) among its client's paid orders in its store.</param>
/// <param name="Setup">The setup (for product categories).</param>
public sealed record CalculationInput(
    ProgramTerms Program,
    OrderSnapshot Order,
    OrderAmounts Amounts,
    decimal Split,
    decimal PeriodTotalBefore,
    int ClientOrderRank,
    CommissionSetup Setup)
{
    /// <summary>
    /// ProductLadder with a period window: the beneficiary's credited line amounts in this program, period and rule target
    /// before this order (rules §3.2.6); null reads 0.
    /// </summary>
    public Func<ProductLadderRule, decimal>? LadderTotalBefore { get; init; }

    /// <summary>The order's basis amount under the program's basis.</summary>
    public decimal BasisAmount => Amounts.Of(Program.Basis);

    /// <summary>The beneficiary's credited base: its split share of the basis amount.</summary>
    public decimal CreditedBase => BasisAmount * Split / 100m;

    /// <summary>The split share applied to a commission (" × 60% share"); null for a full share.</summary>
    public Derivation? Share => ShareOf("Share");

    /// <summary>The split share a period total adds (" (adds a 60% share of this order)"); null for a full share.</summary>
    public Derivation? PeriodShare => ShareOf("PeriodShare");

    /// <summary>The split share of a line a period total adds; null for a full share.</summary>
    public Derivation? LineShare => ShareOf("LineShare");

    private Derivation? ShareOf(string kind) =>
        Split == 100m ? null : new Derivation(kind, DerivationValue.Of(DerivationField.Split, Split));
}
