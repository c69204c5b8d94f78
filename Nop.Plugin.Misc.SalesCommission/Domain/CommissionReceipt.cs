using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A payout statement: a set of one beneficiary's entries approved and paid together (rules §6).
/// </summary>
public class CommissionReceipt : BaseEntity
{
    /// <summary>The longest receipt number kept.</summary>
    public const int NumberLength = 100;

    /// <summary>The longest payment method or payment reference kept.</summary>
    public const int PaymentTextLength = 200;

    /// <summary>The receipt's reference number.</summary>
    public string Number { get; set; }

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

    /// <summary>Draft, Approved, Paid or Voided (Engine ReceiptStatus).</summary>
    public int StatusId { get; set; }

    /// <summary>Draft, approved, paid or voided, typed.</summary>
    public ReceiptStatus Status
    {
        get => (ReceiptStatus)StatusId;
        set => StatusId = (int)value;
    }

    /// <summary>Entries up to this date were gathered.</summary>
    public DateTime CutoffUtc { get; set; }

    /// <summary>The sum of its entries.</summary>
    public decimal Total { get; set; }

    /// <summary>When it was drafted.</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>When it was approved.</summary>
    public DateTime? ApprovedOnUtc { get; set; }

    /// <summary>When it was paid.</summary>
    public DateTime? PaidOnUtc { get; set; }

    /// <summary>How it was paid.</summary>
    public string PaymentMethod { get; set; }

    /// <summary>The payment's reference.</summary>
    public string PaymentReference { get; set; }

    /// <summary>When it was voided.</summary>
    public DateTime? VoidedOnUtc { get; set; }
}
