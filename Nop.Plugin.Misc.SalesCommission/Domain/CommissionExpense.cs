using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// The booking of a paid receipt in the commission expense journal (rules §6).
/// </summary>
public class CommissionExpense : BaseEntity
{
    /// <summary>The receipt booked (at most once).</summary>
    public int ReceiptId { get; set; }

    /// <summary>The expense date.</summary>
    public DateTime DateUtc { get; set; }

    /// <summary>The longest category kept.</summary>
    public const int CategoryLength = 200;

    /// <summary>The longest note kept.</summary>
    public const int NoteLength = 1000;

    /// <summary>The expense category.</summary>
    public string Category { get; set; }

    /// <summary>The amount.</summary>
    public decimal Amount { get; set; }

    /// <summary>Staff or partner.</summary>
    public int BeneficiaryTypeId { get; set; }

    /// <summary>Staff or partner, typed.</summary>
    public BeneficiaryType BeneficiaryType
    {
        get => (BeneficiaryType)BeneficiaryTypeId;
        set => BeneficiaryTypeId = (int)value;
    }

    /// <summary>The beneficiary.</summary>
    public int BeneficiaryId { get; set; }

    /// <summary>The receipt's number (as long as <see cref="CommissionReceipt.NumberLength"/>).</summary>
    public string Reference { get; set; }

    /// <summary>A note.</summary>
    public string Note { get; set; }

    /// <summary>When it was booked.</summary>
    public DateTime CreatedOnUtc { get; set; }
}
