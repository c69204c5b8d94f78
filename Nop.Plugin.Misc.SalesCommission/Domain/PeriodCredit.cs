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

    /// <summary>The credited base added.</summary>
    public decimal Amount { get; set; }
}
