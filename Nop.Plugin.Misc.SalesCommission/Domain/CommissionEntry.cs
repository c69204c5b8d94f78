using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// One line of the commission ledger (rules §1, §5). Unique per order, program, beneficiary, kind, level and sequence.
/// </summary>
public class CommissionEntry : BaseEntity
{
    /// <summary>The order.</summary>
    public int OrderId { get; set; }

    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>Staff or partner.</summary>
    public int BeneficiaryTypeId { get; set; }

    /// <summary>Staff or partner, typed.</summary>
    public BeneficiaryType BeneficiaryType
    {
        get => (BeneficiaryType)BeneficiaryTypeId;
        set => BeneficiaryTypeId = (int)value;
    }

    /// <summary>The staff member's customer id or the partner id.</summary>
    public int BeneficiaryId { get; set; }

    /// <summary>Direct, Override, Clawback, Reversal or Adjustment (Engine EntryKind).</summary>
    public int KindId { get; set; }

    /// <summary>What the entry records, typed.</summary>
    public EntryKind Kind
    {
        get => (EntryKind)KindId;
        set => KindId = (int)value;
    }

    /// <summary>0 for direct commission, the override level otherwise.</summary>
    public int Level { get; set; }

    /// <summary>0 for the first entry of its kind; later clawbacks and adjustments count up.</summary>
    public int Sequence { get; set; }

    /// <summary>The amount the rate or percentage applied to (Clawback: the refund).</summary>
    public decimal Base { get; set; }

    /// <summary>The amount, rounded once.</summary>
    public decimal Amount { get; set; }

    /// <summary>The derivation in English, as written before version 1.2.0; shown for entries without a <see cref="Derivation"/>.</summary>
    public string Explanation { get; set; }

    /// <summary>The engine's derivation as compact JSON (since version 1.2.0); every view words it in the reader's language.</summary>
    public string Derivation { get; set; }

    /// <summary>Pending, Drafted, Approved or Paid (Engine EntryStatus).</summary>
    public int StatusId { get; set; }

    /// <summary>Where the entry stands in the receipt cycle, typed.</summary>
    public EntryStatus Status
    {
        get => (EntryStatus)StatusId;
        set => StatusId = (int)value;
    }

    /// <summary>The receipt holding the entry, or null.</summary>
    public int? ReceiptId { get; set; }

    /// <summary>The order's store.</summary>
    public int StoreId { get; set; }

    /// <summary>The order's customer.</summary>
    public int ClientCustomerId { get; set; }

    /// <summary>
    /// When the order was paid: the entry's date, which names its month. An entry of an order of a closed month is dated the
    /// first instant of the open month it was posted into, and <see cref="CorrectsMonthUtc"/> names the month it corrects.
    /// </summary>
    public DateTime OrderPaidOnUtc { get; set; }

    /// <summary>For an entry posted out of a closed month (rules §6): the first day of that month; otherwise null.</summary>
    public DateTime? CorrectsMonthUtc { get; set; }

    /// <summary>
    /// For an entry posted out of a closed month: its order's paid time, where its hold starts as its order's other
    /// entries' hold does (rules §6); null when the hold starts at <see cref="OrderPaidOnUtc"/>.
    /// </summary>
    public DateTime? HoldFromUtc { get; set; }

    /// <summary>When the entry was written.</summary>
    public DateTime CreatedOnUtc { get; set; }
}
