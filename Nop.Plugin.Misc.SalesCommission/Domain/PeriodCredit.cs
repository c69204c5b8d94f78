using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// What an order added to a beneficiary's period-ladder total (credited base; kept even when the commission rounds to 0).
/// </summary>
public class PeriodCredit : BaseEntity
{
    /// <summary>The order.</summary>
    public int OrderId { get; set; }

    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>Staff or partner.</summary>
    public int BeneficiaryTypeId { get; set; }

    /// <summary>The beneficiary.</summary>
    public int BeneficiaryId { get; set; }

    /// <summary>The first day of the period.</summary>
    public DateTime PeriodStartUtc { get; set; }

    /// <summary>
    /// ProductLadder: the rule target the total belongs to ("product:7", "category:3" or "default", Engine PeriodKey.Target);
    /// empty for a Ladder program's total.
    /// </summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>The longest rule target stored ("category:" and an id).</summary>
    public const int TargetLength = 100;

    /// <summary>The credited base added.</summary>
    public decimal Amount { get; set; }
}
